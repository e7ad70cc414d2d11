#include "planning/GoalProgress.h"

#include <algorithm>
#include <cmath>

namespace clientele {

GoalProgress GoalProgress::of(const SmartGoal& goal, std::optional<double> current, QDate asOf)
{
    GoalProgress result;
    // The goal's time runs from its baseline date (else its horizon before the deadline) to the deadline.
    const QDate start = goal.baselineOn.isValid()
                            ? goal.baselineOn
                            : goal.deadline.addMonths(-SmartGoal::horizonMonths(goal.horizon));
    if (goal.deadline.isValid() && asOf.isValid()) {
        const qint64 total = start.daysTo(goal.deadline);
        const qint64 gone = start.daysTo(asOf);
        result.timeElapsed =
            total <= 0 ? 1.0 : std::clamp(static_cast<double>(gone) / static_cast<double>(total), 0.0, 1.0);
    }
    if (!goal.baseline || !current || !std::isfinite(*goal.baseline) || !std::isfinite(*current) ||
        goal.target == *goal.baseline)
        return result;
    const double progress = (*current - *goal.baseline) / (goal.target - *goal.baseline);
    result.progress = progress;
    result.shownProgress = std::clamp(progress, 0.0, 1.0);
    if (progress >= 1.0)
        result.state = State::Achieved;
    else if (goal.deadline.isValid() && asOf > goal.deadline)
        result.state = State::Overdue;
    else
        result.state = progress + 1e-9 >= result.timeElapsed ? State::OnTrack : State::Behind;
    return result;
}

QString GoalProgress::stateCode(State state)
{
    switch (state) {
    case State::OnTrack:
        return QStringLiteral("on_track");
    case State::Behind:
        return QStringLiteral("behind");
    case State::Achieved:
        return QStringLiteral("achieved");
    case State::Overdue:
        return QStringLiteral("overdue");
    case State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString GoalProgress::stateName(State state)
{
    switch (state) {
    case State::OnTrack:
        return tr("On track");
    case State::Behind:
        return tr("Behind");
    case State::Achieved:
        return tr("Achieved");
    case State::Overdue:
        return tr("Overdue");
    case State::Unknown:
        break;
    }
    return tr("Not measured");
}

} // namespace clientele
