#pragma once

#include "planning/SmartGoal.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace clientele {

// Where a goal stands: progress = (current − baseline) / (target − baseline).
struct GoalProgress
{
    Q_DECLARE_TR_FUNCTIONS(GoalProgress)

public:
    enum class State
    {
        Unknown,  // no baseline or no current value
        OnTrack,  // progress at least the share of the time elapsed
        Behind,   // progress below the share of the time elapsed
        Achieved, // the target is reached (or passed)
        Overdue,  // the deadline passed without reaching the target
    };

    std::optional<double> progress;      // unclamped: below 0 = moved the wrong way, above 1 = beyond
    std::optional<double> shownProgress; // clamped to 0..1, for bars
    double timeElapsed = 0.0;            // share of baseline date..deadline passed by asOf, 0..1
    State state = State::Unknown;

    // current: the measured value; asOf: the day the value stands for.
    static GoalProgress of(const SmartGoal& goal, std::optional<double> current, QDate asOf);
    static QString stateCode(State state); // "unknown", "on_track", "behind", "achieved", "overdue"
    static QString stateName(State state); // translated
};

} // namespace clientele
