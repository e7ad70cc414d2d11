#include "report/ReportPlanningCollector.h"

#include "analytics/KpiCatalog.h"
#include "analytics/TierNames.h"
#include "planning/EffectMeasurement.h"
#include "planning/GoalMeasurer.h"
#include "planning/GoalProgress.h"
#include "planning/PlanningCodes.h"
#include "planning/TrackingCalculator.h"
#include "storage/PlanStore.h"
#include "storage/PlaybookStore.h"
#include "storage/ReviewStore.h"
#include "storage/TrackingStore.h"

#include <algorithm>
#include <cmath>
#include <exception>

namespace clientele {

namespace {

QString trackingFigure(const ReportFormat& format, TrackingMetric metric, std::optional<double> value)
{
    if (!value)
        return QStringLiteral("–");
    switch (metric) {
    case TrackingMetric::RepurchaseRate:
    case TrackingMetric::ChurnRate:
        return format.percent(*value);
    case TrackingMetric::Nps:
        return format.number(*value, 1);
    case TrackingMetric::Ltv:
        break;
    }
    return format.money(std::llround(*value));
}

// Plans whose period overlaps the report's, in the store's order (newest period first).
std::vector<Plan> plansCovering(const std::vector<Plan>& plans, const AnalysisPeriod& period)
{
    std::vector<Plan> covering;
    for (const Plan& plan : plans) {
        const std::optional<AnalysisPeriod> own = AnalysisPeriod::parse(plan.period);
        if (own && own->start() <= period.end() && own->end() >= period.start())
            covering.push_back(plan);
    }
    return covering;
}

QString populationName(const SmartGoal& goal)
{
    if (goal.populationKind == PopulationKind::All)
        return PlanningCodes::displayName(PopulationKind::All);
    return TierNames::displayName(goal.population);
}

QString segmentName(const ExecutionItem& item)
{
    if (item.segmentKind == SegmentKind::Custom)
        return item.segment.isEmpty() ? PlanningCodes::displayName(SegmentKind::Custom) : item.segment;
    return TierNames::displayName(item.segment);
}

// A KPI value in the unit its goal chart shows: money in whole currency units.
double chartValue(KpiUnit unit, double value)
{
    return unit == KpiUnit::Money ? value / 100.0 : value;
}

} // namespace

ReportPlanningCollector::ReportPlanningCollector(const QSqlDatabase& db,
                                                 const SqlDialect& dialect,
                                                 const AnalysisPeriod& period,
                                                 const ReportFormat& format)
    : m_db(db)
    , m_dialect(dialect)
    , m_period(period)
    , m_format(format)
{
}

void ReportPlanningCollector::collectTracking(ReportData& data,
                                              const KpiCustomerAnalysis& atStart,
                                              const KpiPeriodData& facts) const
{
    TrackingCalculator::Options options;
    options.runEngine = false; // the tiers at the start are given
    const TrackingTable table = TrackingCalculator(m_db, m_dialect, options).table(m_period, atStart, facts);
    const auto metricName = [](TrackingMetric metric) {
        switch (metric) {
        case TrackingMetric::RepurchaseRate:
            return tr("repurchase rate");
        case TrackingMetric::ChurnRate:
            return tr("churn rate");
        case TrackingMetric::Nps:
            return tr("NPS");
        case TrackingMetric::Ltv:
            break;
        }
        return tr("LTV");
    };
    for (const TrackingRow& row : table.rows) {
        ReportTrackingRow out;
        out.period = row.period;
        out.tier = TierNames::displayName(row.tier);
        out.customers = row.customers;
        QString* cells[] = {&out.repurchase, &out.churn, &out.nps, &out.ltv};
        const std::vector<TrackingMetric> metrics = allTrackingMetrics();
        for (size_t i = 0; i < metrics.size() && i < std::size(cells); ++i) {
            const TrackingFigure& figure = row.figure(metrics[i]);
            *cells[i] = trackingFigure(m_format, metrics[i], figure.shown());
            if (figure.isOverridden()) {
                *cells[i] += QLatin1Char('*');
                data.trackingFootnotes << tr("* %1, %2: entered by hand; computed from the data: %3.")
                                              .arg(out.tier, metricName(metrics[i]),
                                                   trackingFigure(m_format, metrics[i], figure.computed));
            }
        }
        out.suggestion = row.suggestion;
        data.tracking.push_back(out);
    }
    if (data.tracking.empty()) {
        data.trackingUnavailable = data.tiersUnavailable.isEmpty()
                                       ? tr("No customer had a tier at the start of %1.").arg(m_period.code())
                                       : data.tiersUnavailable;
        return;
    }
    data.trackingNote =
        tr("Measured for %1 per tier, each customer counted in the tier they had at its start "
           "(the end of %2).")
            .arg(table.period, table.startPeriod);
    for (const QString& note : table.notes)
        data.trackingNote += QLatin1Char(' ') + note;
}

void ReportPlanningCollector::collectPlans(ReportData& data) const
{
    const PlanStore store(m_db, m_dialect);
    const std::vector<Plan> plans = plansCovering(store.plans(), m_period);

    // SMART goals against the value measured for the period (or the goal's deadline, when earlier).
    // A goal whose measurement fails is shown as not measured, with the reason; the others go on.
    const GoalMeasurer measurer(m_db, m_dialect);
    const GoalMeasure measureGoal =
        m_measureGoal ? m_measureGoal : [&measurer](SmartGoal& goal, const Plan& plan, QDate asOf) {
            if (!goal.baseline)
                goal = measurer.withBaseline(goal, plan);
            return measurer.current(goal, plan, asOf);
        };
    const std::vector<KpiDefinition> definitions = KpiCatalog::definitions(KpiSettings{});
    for (const Plan& plan : plans) {
        for (SmartGoal goal : store.goals(plan.id)) {
            const auto definition =
                std::find_if(definitions.begin(), definitions.end(),
                             [&goal](const KpiDefinition& d) { return d.code == goal.kpi; });
            const KpiUnit unit = definition == definitions.end() ? KpiUnit::Count : definition->unit;
            ReportGoal out;
            out.plan = plan.name;
            out.kpiCode = goal.kpi;
            out.kpi = definition == definitions.end() ? goal.kpi : definition->name;
            out.population = populationName(goal);
            out.target = m_format.kpiValue(unit, goal.target);
            out.deadline = goal.deadline;
            out.unit = KpiDefinition::unitCode(unit);
            out.targetValue = chartValue(unit, goal.target);
            GoalMeasurement current;
            try {
                current = measureGoal(goal, plan, m_period.end());
            } catch (const std::exception& e) {
                out.baseline = goal.baseline ? m_format.kpiValue(unit, *goal.baseline) : QStringLiteral("–");
                out.current = QStringLiteral("–");
                out.state = tr("Could not be measured");
                out.failure = QString::fromUtf8(e.what());
                if (out.failure.isEmpty())
                    out.failure = tr("an unknown error");
                data.goals.push_back(out);
                continue;
            }
            const GoalProgress progress = GoalProgress::of(goal, current.value, m_period.end());
            out.baseline = goal.baseline ? m_format.kpiValue(unit, *goal.baseline) : QStringLiteral("–");
            out.current = current.value ? m_format.kpiValue(unit, *current.value) : QStringLiteral("–");
            out.state = GoalProgress::stateName(progress.state);
            if (current.value)
                out.currentValue = chartValue(unit, *current.value);
            data.goals.push_back(out);

            // A goal for every customer on a KPI the cards show puts its progress on the card.
            if (goal.populationKind != PopulationKind::All)
                continue;
            for (ReportKpiCard& card : data.kpis)
                if (card.code == goal.kpi && !card.goalProgress && progress.progress) {
                    card.goalProgress = progress.progress;
                    card.goal = tr("%1 by %2").arg(out.target, m_format.date(goal.deadline));
                }
        }
    }
    if (plans.empty())
        data.goalsUnavailable =
            tr("No strategy plan covers %1, so there is no SMART goal to compare with.").arg(m_period.code());
    else if (data.goals.empty())
        data.goalsUnavailable = tr("The plans covering %1 set no SMART goal.").arg(m_period.code());

    // Execution items; the ended ones with their effect against control customers.
    const EffectMeasurement effects(m_db, m_dialect);
    for (const Plan& plan : plans) {
        for (const ExecutionItem& item : store.items(plan.id)) {
            ReportPlanItem out;
            out.plan = plan.name;
            out.tier = segmentName(item);
            out.strategy = item.strategy;
            out.measures = item.measures;
            out.owner = item.owner;
            out.start = item.startsOn;
            out.end = item.endsOn;
            out.status = PlanningCodes::displayName(item.status);
            out.expectedEffect = item.expectedEffect;
            const bool ended = item.endsOn.isValid() && item.endsOn <= m_period.end();
            if (ended && item.status != ItemStatus::Cancelled) {
                try {
                    const EffectResult effect = effects.measure(item.id);
                    QStringList words;
                    for (const EffectComparison& comparison : effect.comparisons)
                        words << comparison.statement;
                    if (words.isEmpty())
                        words = effect.notes;
                    out.measuredEffect = words.join(QLatin1Char(' '));
                } catch (const std::exception& e) {
                    out.measuredEffect = tr("Not measured: %1").arg(QString::fromStdString(e.what()));
                }
            } else if (!ended) {
                out.measuredEffect = tr("Not ended by %1.").arg(m_format.date(m_period.end()));
            }
            data.plans.push_back(out);
        }
    }
    if (plans.empty())
        data.plansUnavailable = tr("No strategy plan covers %1 in this database, so there is no execution "
                                   "plan to report.")
                                    .arg(m_period.code());
    else if (data.plans.empty())
        data.plansUnavailable = tr("The plans covering %1 hold no execution item.").arg(m_period.code());

    // Adjustment suggestions of the tracking table, and the reviews held in the period.
    const QMap<QString, QString> suggestions = TrackingStore(m_db, m_dialect).suggestions(m_period.code());
    for (auto it = suggestions.cbegin(); it != suggestions.cend(); ++it)
        data.suggestions << tr("%1: %2").arg(TierNames::displayName(it.key()), it.value());
    std::vector<ReviewRecord> reviews = ReviewStore(m_db, m_dialect).list();
    std::reverse(reviews.begin(), reviews.end()); // oldest first
    for (const ReviewRecord& review : reviews) {
        if (review.heldOn < m_period.start() || review.heldOn > m_period.end())
            continue;
        const QString when =
            tr("%1 (%2)").arg(m_format.date(review.heldOn), PlanningCodes::displayName(review.cadence));
        if (!review.findings.isEmpty())
            data.findings << tr("%1: %2").arg(when, review.findings);
        if (!review.decisions.isEmpty())
            data.decisions << tr("%1: %2").arg(when, review.decisions);
        if (!review.planChanges.isEmpty())
            data.decisions << tr("%1, plan changes: %2").arg(when, review.planChanges);
    }
    if (data.suggestions.isEmpty() && data.findings.isEmpty() && data.decisions.isEmpty())
        data.decisionsUnavailable =
            tr("No adjustment suggestion was entered for %1 and no review was held in it.")
                .arg(m_period.code());
}

void ReportPlanningCollector::loadPlaybooks(const QString& tierModels)
{
    const QStringList models = tierModels.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    m_playbooks.clear();
    for (const Playbook& playbook : PlaybookStore(m_db, m_dialect).list(false))
        if (playbook.targetKind == PlaybookTarget::Tier)
            m_playbooks.push_back(playbook);
    std::stable_sort(m_playbooks.begin(), m_playbooks.end(), [&models](const Playbook& a, const Playbook& b) {
        return models.contains(a.tierModel) && !models.contains(b.tierModel);
    });
}

std::optional<QString> ReportPlanningCollector::playbookAction(const QString& tierCode) const
{
    for (const Playbook& playbook : m_playbooks) {
        if (playbook.target != tierCode)
            continue;
        const QStringList measures = playbook.measures.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return measures.isEmpty() ? playbook.name
                                  : tr("%1: %2").arg(playbook.name, measures.first().trimmed());
    }
    return std::nullopt;
}

} // namespace clientele
