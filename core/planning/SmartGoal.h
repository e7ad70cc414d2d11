#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace clientele {

// Seed 001's three goal horizons.
enum class GoalHorizon
{
    Short, // 3 months
    Mid,   // 6 months
    Long,  // 1 year
};

// Whom a goal's KPI is measured on.
enum class PopulationKind
{
    All,   // every customer
    Tier,  // the customers of one tier of the plan's tier model
    Stage, // the customers in one lifecycle stage (LifecycleStage code)
};

// A SMART goal (SMART原则): a KPI of a population, from a baseline to a target by a deadline. The
// current value is not stored; GoalMeasurer computes it from the data.
struct SmartGoal
{
    qint64 id = 0;
    qint64 planId = 0;
    QString kpi; // a KpiCatalog code
    PopulationKind populationKind = PopulationKind::All;
    QString population; // tier or stage code; empty for All
    std::optional<double> baseline;
    QDate baselineOn; // the last day of the data the baseline was measured on
    double target = 0.0;
    GoalHorizon horizon = GoalHorizon::Short;
    QDate deadline;
    QString owner;
    QString description;

    static int horizonMonths(GoalHorizon horizon)
    {
        switch (horizon) {
        case GoalHorizon::Short:
            return 3;
        case GoalHorizon::Mid:
            return 6;
        case GoalHorizon::Long:
            break;
        }
        return 12;
    }
};

} // namespace clientele
