#include "planning/TrackingCalculator.h"

#include "analytics/AnalyticsEngine.h"
#include "analytics/KpiCalculator.h"
#include "analytics/KpiCatalog.h"
#include "analytics/KpiMeasurer.h"
#include "analytics/TierModel.h"
#include "storage/AnalyticsRuleStore.h"
#include "storage/KpiDataReader.h"
#include "storage/SnapshotStore.h"
#include "storage/TrackingStore.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace clientele {

namespace {

// The KPI of the catalogue behind each tracking figure.
const char* kpiCodeOf(TrackingMetric metric)
{
    switch (metric) {
    case TrackingMetric::RepurchaseRate:
        return KpiCatalog::RepurchaseRate;
    case TrackingMetric::ChurnRate:
        return KpiCatalog::ChurnRate;
    case TrackingMetric::Nps:
        return KpiCatalog::Nps;
    case TrackingMetric::Ltv:
        break;
    }
    return KpiCatalog::HistoricalLtv;
}

const KpiMeasure* findMeasure(const std::vector<KpiMeasure>& measures, const char* code)
{
    for (const KpiMeasure& m : measures)
        if (m.code == QLatin1String(code))
            return &m;
    return nullptr;
}

// A snapshot made with "seed4+tob4" (each kind's default) holds seed4 tiers for consumers.
bool modelMatches(const QString& stored, const QString& wanted)
{
    return wanted.isEmpty() || stored.split(QLatin1Char('+')).contains(wanted);
}

} // namespace

TrackingCalculator::TrackingCalculator(const QSqlDatabase& db, const SqlDialect& dialect)
    : TrackingCalculator(db, dialect, Options{})
{
}

TrackingCalculator::TrackingCalculator(const QSqlDatabase& db, const SqlDialect& dialect, Options options)
    : m_db(db)
    , m_dialect(dialect)
    , m_options(std::move(options))
{
}

std::vector<TrackingRow> TrackingCalculator::rows(const AnalysisPeriod& period,
                                                  const QString& tierModel) const
{
    return table(period, tierModel).rows;
}

KpiCustomerAnalysis TrackingCalculator::tiersAtStart(const AnalysisPeriod& period,
                                                     const QString& tierModel) const
{
    const AnalysisPeriod before = period.previous();
    KpiCalculator::Options kpiOptions;
    kpiOptions.settings = m_options.settings;
    kpiOptions.runEngine = m_options.runEngine;
    kpiOptions.schemeCode = m_options.schemeCode;
    kpiOptions.tierModelCode = tierModel;
    const std::optional<SnapshotInfo> snapshot = SnapshotStore(m_db, m_dialect).info(before.code());
    if (!snapshot || modelMatches(snapshot->tierModel, tierModel))
        return KpiCalculator(m_db, m_dialect).analysisOf(before, kpiOptions);

    // The stored snapshot holds another model's tiers: analyse as of its date with the wanted one.
    KpiCustomerAnalysis analysis;
    if (!m_options.runEngine) {
        analysis.note = tr("The snapshot of %1 holds tiers of the model %2, not %3.")
                            .arg(before.code(), snapshot->tierModel, tierModel);
        return analysis;
    }
    AnalyticsEngine::Options engineOptions;
    engineOptions.asOf = before.end();
    engineOptions.explain = false;
    engineOptions.tierModelCode = tierModel;
    if (!m_options.schemeCode.isEmpty())
        engineOptions.schemeCode = m_options.schemeCode;
    const AnalyticsEngine::Result result = AnalyticsEngine(m_db, m_dialect).run(engineOptions);
    analysis.source = KpiCustomerAnalysis::Source::Engine;
    analysis.tierModel = result.tierModelCode;
    analysis.note = result.warnings.join(QLatin1Char(' '));
    for (const CustomerAnalysis& customer : result.customers) {
        std::optional<qint64> clv;
        if (std::isfinite(customer.clvMinor))
            clv = std::llround(customer.clvMinor);
        analysis.customers.emplace(customer.figures.customerId,
                                   KpiCustomerAnalysis::Entry{customer.tier.segment, clv});
    }
    return analysis;
}

QStringList TrackingCalculator::tierOrder(const QString& tierModel) const
{
    QStringList order;
    const AnalyticsRuleStore rules(m_db, m_dialect);
    for (const QString& code : tierModel.split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
        const std::optional<TierModel> model = rules.tierModel(code);
        if (!model)
            continue;
        for (const TierModel::Segment& segment : model->segments())
            if (!order.contains(segment.code))
                order.append(segment.code);
    }
    return order;
}

TrackingTable TrackingCalculator::table(const AnalysisPeriod& period, const QString& tierModel) const
{
    const KpiCustomerAnalysis atStart = tiersAtStart(period, tierModel);
    const KpiPeriodData data =
        KpiDataReader(m_db, m_dialect).read(period.start(), period.end(), m_options.settings.activationDays);
    return table(period, atStart, data, tierModel);
}

TrackingTable TrackingCalculator::table(const AnalysisPeriod& period,
                                        const KpiCustomerAnalysis& atStart,
                                        const KpiPeriodData& data,
                                        const QString& tierModel) const
{
    TrackingTable table;
    table.period = period.code();
    table.startPeriod = period.previous().code();
    table.tierSource = atStart.source;
    table.tierModel = atStart.tierModel;
    if (!atStart.note.isEmpty())
        table.notes.append(QStringLiteral("%1: %2").arg(table.startPeriod, atStart.note));

    const TrackingStore store(m_db, m_dialect);
    const std::vector<TrackingOverride> overrides = store.overrides(period.code());
    const QMap<QString, QString> suggestions = store.suggestions(period.code());

    // Tiers with customers at the start (of the model asked for: a "seed4+tob4" snapshot also holds
    // the ToB tiers), and any tier something was entered for.
    const QStringList modelOrder = tierOrder(tierModel.isEmpty() ? atStart.tierModel : tierModel);
    std::set<QString> present;
    for (const auto& [id, entry] : atStart.customers)
        if (tierModel.isEmpty() || modelOrder.isEmpty() || modelOrder.contains(entry.tier))
            present.insert(entry.tier);
    for (const TrackingOverride& entry : overrides)
        present.insert(entry.tier);
    for (auto it = suggestions.cbegin(); it != suggestions.cend(); ++it)
        present.insert(it.key());
    present.erase(QString());
    QStringList tiers(present.begin(), present.end());
    std::stable_sort(tiers.begin(), tiers.end(), [&modelOrder](const QString& a, const QString& b) {
        const auto rank = [&modelOrder](const QString& t) {
            const qsizetype i = modelOrder.indexOf(t);
            return i < 0 ? modelOrder.size() : i;
        };
        return rank(a) < rank(b);
    });

    KpiMeasurer::Input input;
    input.data = &data;
    input.periodCode = period.code();
    input.previousStart = period.previous().start();
    input.analysis = &atStart;
    for (const QString& tier : std::as_const(tiers)) {
        input.tier = tier;
        const std::vector<KpiMeasure> measures = KpiMeasurer::measure(input, m_options.settings);
        TrackingRow row;
        row.period = period.code();
        row.tier = tier;
        if (const KpiMeasure* active = findMeasure(measures, KpiCatalog::ActiveCustomers))
            row.customers = active->population;
        for (TrackingMetric metric : allTrackingMetrics()) {
            TrackingFigure& figure = row.figure(metric);
            if (const KpiMeasure* m = findMeasure(measures, kpiCodeOf(metric))) {
                figure.computed = m->value;
                figure.population = m->population;
                figure.reason = m->reason;
            }
            if (row.customers == 0 && atStart.source == KpiCustomerAnalysis::Source::None)
                figure.reason = tr("No tiers at the start of %1.").arg(period.code());
            else if (row.customers == 0)
                figure.reason = tr("No customer was in this tier at the start of %1.").arg(period.code());
        }
        for (const TrackingOverride& entry : overrides)
            if (entry.tier == tier) {
                row.figure(entry.metric).overridden = entry.value;
                row.figure(entry.metric).overriddenAt = entry.enteredAt;
            }
        row.suggestion = suggestions.value(tier);
        table.rows.push_back(row);
    }
    return table;
}

} // namespace clientele
