#include "analytics/KpiCalculator.h"

#include "analytics/AnalyticsEngine.h"
#include "analytics/KpiMeasurer.h"
#include "analytics/TierModel.h"
#include "storage/KpiDataReader.h"
#include "storage/MarketingSpendStore.h"
#include "storage/SnapshotStore.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <set>

namespace clientele {

namespace {

// Tiers in the order the built-in models list their segments (best first), others by code.
QStringList orderedTiers(const std::set<QString>& codes)
{
    QHash<QString, int> rank;
    for (const TierModel& model : TierModel::builtIns())
        for (const TierModel::Segment& segment : model.segments())
            if (!rank.contains(segment.code))
                rank.insert(segment.code, static_cast<int>(rank.size()));
    QStringList tiers(codes.begin(), codes.end());
    std::stable_sort(tiers.begin(), tiers.end(), [&rank](const QString& a, const QString& b) {
        return rank.value(a, INT_MAX) < rank.value(b, INT_MAX);
    });
    return tiers;
}

std::vector<KpiRow>
combine(const std::vector<KpiMeasure>& now, const std::vector<KpiMeasure>& before, const QString& tier)
{
    std::vector<KpiRow> rows;
    for (std::size_t i = 0; i < now.size(); ++i) {
        KpiRow row;
        row.code = now[i].code;
        row.tier = tier;
        row.value = now[i].value;
        row.population = now[i].population;
        row.available = now[i].value.has_value();
        row.reason = now[i].reason;
        if (i < before.size() && before[i].code == row.code) {
            row.previousValue = before[i].value;
            row.previousPopulation = before[i].population;
        }
        if (row.value && row.previousValue)
            row.change = *row.value - *row.previousValue;
        rows.push_back(row);
    }
    return rows;
}

} // namespace

KpiCalculator::KpiCalculator(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

KpiCustomerAnalysis KpiCalculator::analysisOf(const AnalysisPeriod& period, const Options& options) const
{
    KpiCustomerAnalysis analysis;
    const SnapshotStore snapshots(m_db, m_dialect);
    if (const std::optional<SnapshotInfo> info = snapshots.info(period.code())) {
        analysis.source = KpiCustomerAnalysis::Source::Snapshot;
        analysis.tierModel = info->tierModel;
        for (const CustomerSnapshot& row : snapshots.read(period.code()))
            analysis.customers.emplace(row.customerId, KpiCustomerAnalysis::Entry{row.tier, row.clvMinor});
        return analysis;
    }
    if (!options.runEngine) {
        analysis.note = tr("No snapshot of %1 (run 'snapshot --period %1' to keep one).").arg(period.code());
        return analysis;
    }
    AnalyticsEngine::Options engineOptions;
    engineOptions.asOf = period.end();
    engineOptions.explain = false; // the KPIs need tiers and values, not their traces
    engineOptions.riskReasons = false;
    if (!options.schemeCode.isEmpty())
        engineOptions.schemeCode = options.schemeCode;
    if (!options.tierModelCode.isEmpty())
        engineOptions.tierModelCode = options.tierModelCode;
    const AnalyticsEngine::Result result = AnalyticsEngine(m_db, m_dialect).run(engineOptions);
    analysis.source = KpiCustomerAnalysis::Source::Engine;
    analysis.tierModel = result.tierModelCode;
    for (const QString& warning : result.warnings)
        analysis.note += (analysis.note.isEmpty() ? QString() : QStringLiteral(" ")) + warning;
    analysis.customers.reserve(result.customers.size());
    for (const CustomerAnalysis& customer : result.customers) {
        std::optional<qint64> clv;
        if (std::isfinite(customer.clvMinor))
            clv = std::llround(customer.clvMinor);
        analysis.customers.emplace(customer.figures.customerId,
                                   KpiCustomerAnalysis::Entry{customer.tier.segment, clv});
    }
    return analysis;
}

KpiReport KpiCalculator::calculate(const AnalysisPeriod& period, const Options& options) const
{
    const AnalysisPeriod previous = period.previous();
    const KpiSettings& settings = options.settings;
    KpiReport report;
    report.period = period.code();
    report.previousPeriod = previous.code();
    report.start = period.start();
    report.end = period.end();

    const KpiDataReader reader(m_db, m_dialect);
    const KpiPeriodData now = reader.read(period.start(), period.end(), settings.activationDays);
    const KpiPeriodData before = reader.read(previous.start(), previous.end(), settings.activationDays);

    const KpiCustomerAnalysis nowAnalysis = analysisOf(period, options);
    const KpiCustomerAnalysis beforeAnalysis = analysisOf(previous, options);
    report.tierSource = nowAnalysis.source;
    report.previousTierSource = beforeAnalysis.source;
    report.tierModel = nowAnalysis.tierModel;
    if (!nowAnalysis.note.isEmpty())
        report.notes.append(QStringLiteral("%1: %2").arg(period.code(), nowAnalysis.note));
    if (!beforeAnalysis.note.isEmpty())
        report.notes.append(QStringLiteral("%1: %2").arg(previous.code(), beforeAnalysis.note));

    const MarketingSpendStore spending(m_db, m_dialect);
    const auto spendOf = [&spending](const AnalysisPeriod& p) -> std::optional<MinorUnits> {
        if (const auto spend = spending.find(p.code()))
            return spend->amount;
        return std::nullopt;
    };
    KpiMeasurer::Input nowInput{&now, period.code(), previous.start(), &nowAnalysis, {}, spendOf(period)};
    KpiMeasurer::Input beforeInput{&before, previous.code(),  previous.previous().start(), &beforeAnalysis,
                                   {},      spendOf(previous)};
    report.rows =
        combine(KpiMeasurer::measure(nowInput, settings), KpiMeasurer::measure(beforeInput, settings), {});

    if (options.byTier) {
        std::set<QString> codes;
        for (const auto& [id, entry] : nowAnalysis.customers)
            codes.insert(entry.tier);
        for (const auto& [id, entry] : beforeAnalysis.customers)
            codes.insert(entry.tier);
        codes.erase(QString());
        report.tiers = orderedTiers(codes);
        for (const QString& tier : std::as_const(report.tiers)) {
            nowInput.tier = tier;
            beforeInput.tier = tier;
            const std::vector<KpiRow> rows = combine(KpiMeasurer::measure(nowInput, settings),
                                                     KpiMeasurer::measure(beforeInput, settings), tier);
            report.rows.insert(report.rows.end(), rows.begin(), rows.end());
        }
    }
    return report;
}

} // namespace clientele
