#pragma once

#include "analytics/AnalysisPeriod.h"
#include "analytics/KpiSettings.h"
#include "planning/Plan.h"
#include "planning/SmartGoal.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace clientele {

// A goal's KPI measured over one window of the data.
struct GoalMeasurement
{
    std::optional<double> value; // none: not available, see reason
    qint64 population = 0;       // size of the KPI's population (its denominator)
    QString periodCode;          // the window's period ("2024Q1")
    QDate start;
    QDate end;            // the last day counted
    bool partial = false; // the window was cut at the as-of day (period to date)
    QString reason;       // why there is no value, or which analysis gave the population, in words
};

// Measures a goal's KPI on its population through the KPI code (KpiDataReader + KpiMeasurer). The
// population's tiers and stages come from the stored customer_snapshot of the window's period when
// it was made with the plan's tier model, else from an analysis run as of the window's end.
class GoalMeasurer
{
    Q_DECLARE_TR_FUNCTIONS(GoalMeasurer)

public:
    struct Options
    {
        KpiSettings settings;
        // The KPIs are measured over windows of this kind (the KPI page's quarters by default).
        AnalysisPeriod::Kind window = AnalysisPeriod::Kind::Quarter;
        bool runEngine = true; // without a fitting snapshot: run the engine, else no tier/stage value
    };

    GoalMeasurer(const QSqlDatabase& db, const SqlDialect& dialect);
    GoalMeasurer(const QSqlDatabase& db, const SqlDialect& dialect, Options options);

    // The baseline: the last full window before the plan's period starts.
    GoalMeasurement baseline(const SmartGoal& goal, const Plan& plan) const;
    // The current value: the window holding min(asOf, deadline), cut at asOf when that is earlier
    // than the window's end (then partial).
    GoalMeasurement current(const SmartGoal& goal, const Plan& plan, QDate asOf) const;
    // The goal with its baseline and baselineOn filled from baseline().
    SmartGoal withBaseline(SmartGoal goal, const Plan& plan) const;
    // The KPI over start..end for the population; periodCode names the window (for snapshots and
    // messages).
    GoalMeasurement measure(const SmartGoal& goal,
                            const QString& tierModel,
                            const QString& periodCode,
                            QDate start,
                            QDate end) const;

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
    Options m_options;
};

} // namespace clientele
