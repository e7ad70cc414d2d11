#pragma once

#include "planning/ExecutionItem.h"
#include "storage/PlanStore.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace clientele {

// A plan's execution items (seed 001 template 2). Strategy, owner, dates and status are edited in
// place: setData checks the changed item with PlanningValidator and, when it is valid, asks for the
// change through editRequested (the page makes it an undoable command); a refused edit says why
// through editRefused.
class ItemTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SegmentColumn,
        StrategyColumn,
        OwnerColumn,
        StartColumn,
        EndColumn,
        BudgetColumn,
        StatusColumn,
        CustomersColumn,
        EffectColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit ItemTableModel(QObject* parent = nullptr);

    void setItems(std::vector<ExecutionItem> items, QHash<qint64, ItemCustomerCounts> counts);
    const ExecutionItem* itemAt(int row) const;
    int rowOf(qint64 itemId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void editRequested(const clientele::ExecutionItem& before, const clientele::ExecutionItem& after);
    void editRefused(const QString& message);

private:
    std::vector<ExecutionItem> m_items;
    QHash<qint64, ItemCustomerCounts> m_counts;
};

} // namespace clientele
