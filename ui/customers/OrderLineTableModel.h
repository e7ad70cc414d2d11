#pragma once

#include "model/OrderLine.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace clientele {

// A customer's order lines for the detail pane, newest first. Read-only.
class OrderLineTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Order,
        Product,
        Quantity,
        Amount,
        Status,
        Channel,
        Source,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    // `sources`: by order line id, where an imported line came from ("orders.csv, row 17").
    void setLines(const QList<OrderLine>& lines, const QHash<std::int64_t, QString>& sources = {});
    static QString statusLabel(OrderStatus status);
    // Minor units with the currency, e.g. "1,234.50 CNY", in the user's locale.
    static QString formatAmount(MinorUnits amount, const QString& currency);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OrderLine> m_lines;
    QHash<std::int64_t, QString> m_sources;
};

} // namespace clientele
