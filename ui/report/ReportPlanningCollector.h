#pragma once

#include "analytics/AnalysisPeriod.h"
#include "analytics/KpiCustomerAnalysis.h"
#include "planning/GoalMeasurer.h"
#include "planning/Playbook.h"
#include "report/ReportData.h"
#include "report/ReportFormat.h"
#include "storage/KpiPeriodData.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <optional>
#include <vector>

namespace clientele {

// The parts of the quarterly review that come from the planning feature: the tracking table of the
// period (TrackingCalculator, hand-entered figures marked), the SMART goals of the plans covering it
// against their measured values (also on the KPI cards of goals for all customers), the execution
// items with the measured effect of the ended ones, the adjustment suggestions and the review
// records held in the period, and the playbook action for each customer at risk. Where there is no
// plan it says so. Runs on the collector's thread and connection.
class ReportPlanningCollector
{
    Q_DECLARE_TR_FUNCTIONS(ReportPlanningCollector)

public:
    // Fills the goal's baseline when it has none and returns its value as of asOf. May throw (a
    // storage or rule error): collectPlans then shows that goal as not measured, with the reason.
    using GoalMeasure = std::function<GoalMeasurement(SmartGoal& goal, const Plan& plan, QDate asOf)>;

    ReportPlanningCollector(const QSqlDatabase& db,
                            const SqlDialect& dialect,
                            const AnalysisPeriod& period,
                            const ReportFormat& format);

    // atStart: every customer's tier at the end of the previous period; facts: the period's KPI facts.
    void
    collectTracking(ReportData& data, const KpiCustomerAnalysis& atStart, const KpiPeriodData& facts) const;
    // Goals, KPI card progress, execution items, suggestions and reviews.
    void collectPlans(ReportData& data) const;
    // The action of the playbook written for a tier (of one of the models in tierModels, "seed4+tob4"),
    // or none. The playbooks are read once per call of loadPlaybooks.
    void loadPlaybooks(const QString& tierModels);
    std::optional<QString> playbookAction(const QString& tierCode) const;
    // Replaces the GoalMeasurer the goals are measured with (tests use it to make one fail).
    void setGoalMeasure(GoalMeasure measure) { m_measureGoal = std::move(measure); }

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
    AnalysisPeriod m_period;
    ReportFormat m_format;
    std::vector<Playbook> m_playbooks; // tier playbooks, those of the report's models first
    GoalMeasure m_measureGoal;         // none: a GoalMeasurer on the collector's connection
};

} // namespace clientele
