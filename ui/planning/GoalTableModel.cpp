#include "planning/GoalTableModel.h"

#include "planning/PlanningFormat.h"

namespace clientele {

GoalTableModel::GoalTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void GoalTableModel::setGoals(std::vector<SmartGoal> goals)
{
    beginResetModel();
    m_goals = std::move(goals);
    endResetModel();
}

void GoalTableModel::setMeasurements(const QHash<qint64, GoalMeasurement>& current)
{
    m_current = current;
    if (!m_goals.empty())
        emit dataChanged(index(0, BaselineColumn), index(rowCount() - 1, StateColumn));
}

void GoalTableModel::clearMeasurements()
{
    setMeasurements({});
}

const SmartGoal* GoalTableModel::goalAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_goals[static_cast<size_t>(row)] : nullptr;
}

int GoalTableModel::rowOf(qint64 goalId) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (m_goals[static_cast<size_t>(row)].id == goalId)
            return row;
    return -1;
}

GoalProgress GoalTableModel::progressAt(int row) const
{
    const SmartGoal* goal = goalAt(row);
    if (!goal || !m_current.contains(goal->id))
        return {};
    const GoalMeasurement& m = m_current[goal->id];
    return GoalProgress::of(*goal, m.value, m.end);
}

int GoalTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_goals.size());
}

int GoalTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GoalTableModel::data(const QModelIndex& index, int role) const
{
    const SmartGoal* goal = goalAt(index.row());
    if (!goal)
        return {};
    if (role == IdRole)
        return goal->id;
    const bool measured = m_current.contains(goal->id);
    const GoalMeasurement current = measured ? m_current[goal->id] : GoalMeasurement{};
    if (role == ProgressRole) {
        if (index.column() != ProgressColumn)
            return {};
        const GoalProgress p = progressAt(index.row());
        return p.shownProgress ? QVariant(*p.shownProgress) : QVariant();
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == CurrentColumn && measured)
            return current.reason.isEmpty()
                       ? tr("%1 to %2 (%3)%4")
                             .arg(current.start.toString(Qt::ISODate), current.end.toString(Qt::ISODate),
                                  current.periodCode, current.partial ? tr(", so far") : QString())
                       : current.reason;
        if (index.column() == BaselineColumn && goal->baselineOn.isValid())
            return tr("Measured on the data up to %1").arg(goal->baselineOn.toString(Qt::ISODate));
        if (!goal->description.isEmpty())
            return goal->description;
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case BaselineColumn:
        case TargetColumn:
        case CurrentColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KpiColumn:
        return PlanningFormat::kpiName(goal->kpi);
    case PopulationColumn:
        return PlanningFormat::population(*goal);
    case BaselineColumn:
        return PlanningFormat::kpiValue(goal->kpi, goal->baseline);
    case TargetColumn:
        return PlanningFormat::kpiValue(goal->kpi, goal->target);
    case CurrentColumn:
        return measured ? PlanningFormat::kpiValue(goal->kpi, current.value) : tr("measuring…");
    case ProgressColumn: {
        const GoalProgress p = progressAt(index.row());
        return p.progress ? QStringLiteral("%1%").arg(qRound(*p.progress * 100)) : QStringLiteral("–");
    }
    case StateColumn:
        return measured ? GoalProgress::stateName(progressAt(index.row()).state) : QString();
    case DeadlineColumn:
        return goal->deadline.toString(Qt::ISODate);
    case OwnerColumn:
        return goal->owner;
    default:
        return {};
    }
}

QVariant GoalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KpiColumn:
        return tr("KPI");
    case PopulationColumn:
        return tr("Population");
    case BaselineColumn:
        return tr("Baseline");
    case TargetColumn:
        return tr("Target");
    case CurrentColumn:
        return tr("Current");
    case ProgressColumn:
        return tr("Progress");
    case StateColumn:
        return tr("State");
    case DeadlineColumn:
        return tr("Deadline");
    case OwnerColumn:
        return tr("Owner");
    default:
        return {};
    }
}

} // namespace clientele
