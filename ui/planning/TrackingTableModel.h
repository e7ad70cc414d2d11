#pragma once

#include "planning/TrackingRow.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace clientele {

// The tracking table of seed 001's template 3: per period and tier the repurchase rate, churn rate,
// NPS and LTV from the data, and the adjustment suggestion. A figure can be entered over the
// computed one in place (shown in italics, the computed value in its tooltip; clearing the cell
// brings the computed value back); the suggestion is edited in place. Edits are asked for through
// signals, the page makes them undoable commands.
class TrackingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PeriodColumn,
        TierColumn,
        CustomersColumn,
        RepurchaseColumn,
        ChurnColumn,
        NpsColumn,
        LtvColumn,
        SuggestionColumn,
        ColumnCount
    };

    explicit TrackingTableModel(QObject* parent = nullptr);

    void setRows(std::vector<TrackingRow> rows);
    const TrackingRow* rowAt(int row) const;
    static std::optional<TrackingMetric> metricOf(int column);
    // A figure as the table writes it ("12.3%", "45.0", "¥1,234.00"); "–" for none.
    static QString figureText(TrackingMetric metric, const std::optional<double>& value);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // A metric cell takes a number in its unit (LTV in currency units) or empty text to remove the
    // override; a value outside the metric's range is refused (editRefused).
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void overrideRequested(const QString& period,
                           const QString& tier,
                           clientele::TrackingMetric metric,
                           std::optional<double> value,
                           std::optional<double> before);
    void suggestionRequested(const QString& period,
                             const QString& tier,
                             const QString& text,
                             const QString& before);
    void editRefused(const QString& message);

private:
    std::vector<TrackingRow> m_rows;
};

} // namespace clientele
