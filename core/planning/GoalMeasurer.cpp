#include "planning/GoalMeasurer.h"

#include "analytics/AnalyticsEngine.h"
#include "analytics/AnalyticsRuleError.h"
#include "analytics/KpiCatalog.h"
#include "analytics/KpiCustomerAnalysis.h"
#include "analytics/KpiMeasurer.h"
#include "analytics/LifecycleStage.h"
#include "storage/KpiDataReader.h"
#include "storage/MarketingSpendStore.h"
#include "storage/SnapshotStore.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace clientele {

namespace {

// The tiers and predicted values the KPIs use, plus each customer's stage for stage populations.
struct Population
{
    KpiCustomerAnalysis analysis;
    std::unordered_map<qint64, QString> stages;
    QString note; // why there is none
};

} // namespace

GoalMeasurer::GoalMeasurer(const QSqlDatabase& db, const SqlDialect& dialect)
    : GoalMeasurer(db, dialect, Options())
{
}

GoalMeasurer::GoalMeasurer(const QSqlDatabase& db, const SqlDialect& dialect, Options options)
    : m_db(db)
    , m_dialect(dialect)
    , m_options(options)
{
}

GoalMeasurement GoalMeasurer::measure(
    const SmartGoal& goal, const QString& tierModel, const QString& periodCode, QDate start, QDate end) const
{
    GoalMeasurement result;
    result.periodCode = periodCode;
    result.start = start;
    result.end = end;
    const std::optional<AnalysisPeriod> period = AnalysisPeriod::parse(periodCode);
    const QDate previousStart = period ? period->previous().start() : start.addMonths(-3);

    // The population: the period's snapshot when it fits the plan's tier model, else an engine run.
    Population population;
    const SnapshotStore snapshots(m_db, m_dialect);
    const std::optional<SnapshotInfo> info = snapshots.info(periodCode);
    const bool snapshotFits = info && (goal.populationKind != PopulationKind::Tier || tierModel.isEmpty() ||
                                       info->tierModel == tierModel);
    // The whole base needs no analysis, except for the predicted lifetime value.
    const bool needed =
        goal.populationKind != PopulationKind::All || goal.kpi == QLatin1String(KpiCatalog::PredictedLtv);
    if (!needed) {
        // KpiMeasurer measures the whole base without tiers.
    } else if (snapshotFits) {
        population.analysis.source = KpiCustomerAnalysis::Source::Snapshot;
        population.analysis.tierModel = info->tierModel;
        for (const CustomerSnapshot& row : snapshots.read(periodCode)) {
            population.analysis.customers.emplace(row.customerId,
                                                  KpiCustomerAnalysis::Entry{row.tier, row.clvMinor});
            population.stages.emplace(row.customerId, row.stage);
        }
        result.reason = tr("Tiers and stages from the snapshot of %1.").arg(periodCode);
    } else if (m_options.runEngine) {
        AnalyticsEngine::Options engineOptions;
        engineOptions.asOf = end;
        engineOptions.explain = false;
        if (goal.populationKind == PopulationKind::Tier && !tierModel.isEmpty())
            engineOptions.tierModelCode = tierModel;
        try {
            const AnalyticsEngine::Result run = AnalyticsEngine(m_db, m_dialect).run(engineOptions);
            population.analysis.source = KpiCustomerAnalysis::Source::Engine;
            population.analysis.tierModel = run.tierModelCode;
            population.analysis.customers.reserve(run.customers.size());
            for (const CustomerAnalysis& c : run.customers) {
                std::optional<qint64> clv;
                if (std::isfinite(c.clvMinor))
                    clv = std::llround(c.clvMinor);
                population.analysis.customers.emplace(c.figures.customerId,
                                                      KpiCustomerAnalysis::Entry{c.tier.segment, clv});
                population.stages.emplace(c.figures.customerId, lifecycleStageCode(c.stage()));
            }
            result.reason = tr("Tiers and stages from an analysis as of %1.").arg(end.toString(Qt::ISODate));
        } catch (const AnalyticsRuleError& error) {
            population.note = error.message();
        }
    } else {
        population.note = tr("No snapshot of %1 made with the tier model “%2”.").arg(periodCode, tierModel);
    }
    if (goal.populationKind != PopulationKind::All &&
        population.analysis.source == KpiCustomerAnalysis::Source::None) {
        result.reason = population.note;
        return result;
    }

    KpiPeriodData data = KpiDataReader(m_db, m_dialect).read(start, end, m_options.settings.activationDays);
    if (goal.populationKind == PopulationKind::Stage) {
        std::erase_if(data.customers, [&population, &goal](const CustomerKpiFacts& c) {
            const auto it = population.stages.find(c.customerId);
            return it == population.stages.end() || it->second != goal.population;
        });
    }
    std::optional<MinorUnits> spend;
    if (const auto stored = MarketingSpendStore(m_db, m_dialect).find(periodCode))
        spend = stored->amount;
    KpiMeasurer::Input input{
        &data,
        periodCode,
        previousStart,
        population.analysis.source == KpiCustomerAnalysis::Source::None ? nullptr : &population.analysis,
        goal.populationKind == PopulationKind::Tier ? goal.population : QString(),
        spend};
    for (const KpiMeasure& m : KpiMeasurer::measure(input, m_options.settings)) {
        if (m.code != goal.kpi)
            continue;
        result.value = m.value;
        result.population = m.population;
        if (!m.value)
            result.reason = m.reason;
        return result;
    }
    result.reason = tr("“%1” is not a KPI of the catalogue.").arg(goal.kpi);
    return result;
}

GoalMeasurement GoalMeasurer::baseline(const SmartGoal& goal, const Plan& plan) const
{
    const std::optional<AnalysisPeriod> planPeriod = AnalysisPeriod::parse(plan.period);
    if (!planPeriod) {
        GoalMeasurement none;
        none.reason = tr("The plan's period “%1” is not a year, quarter or month.").arg(plan.period);
        return none;
    }
    const AnalysisPeriod window =
        AnalysisPeriod::containing(planPeriod->start().addDays(-1), m_options.window);
    return measure(goal, plan.tierModel, window.code(), window.start(), window.end());
}

GoalMeasurement GoalMeasurer::current(const SmartGoal& goal, const Plan& plan, QDate asOf) const
{
    const QDate day = goal.deadline.isValid() ? std::min(asOf, goal.deadline) : asOf;
    const AnalysisPeriod window = AnalysisPeriod::containing(day, m_options.window);
    const QDate end = std::min(window.end(), asOf);
    GoalMeasurement result = measure(goal, plan.tierModel, window.code(), window.start(), end);
    result.partial = end < window.end();
    return result;
}

SmartGoal GoalMeasurer::withBaseline(SmartGoal goal, const Plan& plan) const
{
    const GoalMeasurement measured = baseline(goal, plan);
    goal.baseline = measured.value;
    goal.baselineOn = measured.end;
    return goal;
}

} // namespace clientele
