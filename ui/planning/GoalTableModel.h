#pragma once

#include "planning/GoalMeasurer.h"
#include "planning/GoalProgress.h"
#include "planning/SmartGoal.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace clientele {

// A plan's SMART goals with their measured current value and progress (read only; edits go through
// the goal form and the page's undo stack).
class GoalTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KpiColumn,
        PopulationColumn,
        BaselineColumn,
        TargetColumn,
        CurrentColumn,
        ProgressColumn,
        StateColumn,
        DeadlineColumn,
        OwnerColumn,
        ColumnCount
    };
    // The progress column's shown share 0..1 (none: invalid), for ProgressBarDelegate.
    static constexpr int ProgressRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit GoalTableModel(QObject* parent = nullptr);

    void setGoals(std::vector<SmartGoal> goals);
    // The measured current values (goal id → measurement) and the day they stand for.
    void setMeasurements(const QHash<qint64, GoalMeasurement>& current);
    void clearMeasurements();
    const SmartGoal* goalAt(int row) const;
    int rowOf(qint64 goalId) const;
    GoalProgress progressAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<SmartGoal> m_goals;
    QHash<qint64, GoalMeasurement> m_current;
};

} // namespace clientele
