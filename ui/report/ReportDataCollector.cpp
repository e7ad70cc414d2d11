#include "report/ReportDataCollector.h"

#include "analytics/AnalysisPeriod.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/KpiCatalog.h"
#include "analytics/KpiCustomerAnalysis.h"
#include "analytics/KpiMeasurer.h"
#include "analytics/LifecycleStage.h"
#include "analytics/TierModel.h"
#include "analytics/TierNames.h"
#include "report/ReportFormat.h"
#include "report/ReportPlanningCollector.h"
#include "report/RetentionActionSuggester.h"
#include "settings/CurrencyDisplay.h"
#include "storage/AppSettingsStore.h"
#include "storage/DatabaseConnection.h"
#include "storage/KpiDataReader.h"
#include "storage/MarketingSpendStore.h"
#include "storage/SnapshotStore.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <future>
#include <map>
#include <set>
#include <unordered_map>

namespace clientele {

namespace {

// One customer at a period end, as the report needs it.
struct CustomerState
{
    QString tier;
    QString stage;
    std::optional<qint64> clvMinor;
};

// Every customer at a period end, from a stored snapshot or an engine run.
struct PeriodState
{
    std::unordered_map<qint64, CustomerState> customers;
    KpiCustomerAnalysis analysis; // the same tiers, as the KPI measurer takes them
    QString tierModel;
    bool fromSnapshot = false;
};

void addCustomer(PeriodState& state, qint64 id, const CustomerState& customer)
{
    state.customers.emplace(id, customer);
    state.analysis.customers.emplace(id, KpiCustomerAnalysis::Entry{customer.tier, customer.clvMinor});
}

PeriodState fromSnapshot(const SnapshotStore& store, const SnapshotInfo& info)
{
    PeriodState state;
    state.fromSnapshot = true;
    state.tierModel = info.tierModel;
    state.analysis.source = KpiCustomerAnalysis::Source::Snapshot;
    state.analysis.tierModel = info.tierModel;
    const std::vector<CustomerSnapshot> rows = store.read(info.period);
    state.customers.reserve(rows.size());
    state.analysis.customers.reserve(rows.size());
    for (const CustomerSnapshot& row : rows)
        addCustomer(state, row.customerId, {row.tier, row.stage, row.clvMinor});
    return state;
}

PeriodState fromEngine(const AnalyticsEngine::Result& result)
{
    PeriodState state;
    state.tierModel = result.tierModelCode;
    state.analysis.source = KpiCustomerAnalysis::Source::Engine;
    state.analysis.tierModel = result.tierModelCode;
    state.customers.reserve(result.customers.size());
    state.analysis.customers.reserve(result.customers.size());
    for (const CustomerAnalysis& c : result.customers) {
        std::optional<qint64> clv;
        if (std::isfinite(c.clvMinor))
            clv = std::llround(c.clvMinor);
        addCustomer(state, c.figures.customerId, {c.tier.segment, lifecycleStageCode(c.stage()), clv});
    }
    return state;
}

// Tier codes in the order of the built-in models' segments, unknown ones after them by name.
QStringList orderedTiers(const std::set<QString>& codes)
{
    QHash<QString, int> rank;
    for (const TierModel& model : TierModel::builtIns())
        for (const auto& segment : model.segments())
            if (!rank.contains(segment.code))
                rank.insert(segment.code, static_cast<int>(rank.size()));
    QStringList ordered(codes.begin(), codes.end());
    std::stable_sort(ordered.begin(), ordered.end(), [&](const QString& a, const QString& b) {
        return rank.value(a, 1 << 20) < rank.value(b, 1 << 20);
    });
    return ordered;
}

QString signedText(double change, const QString& magnitude)
{
    if (change > 0)
        return QStringLiteral("+") + magnitude;
    if (change < 0)
        return QStringLiteral("−") + magnitude;
    return QStringLiteral("±") + magnitude;
}

QString formatChange(const ReportFormat& format, KpiUnit unit, double change)
{
    const double size = std::abs(change);
    switch (unit) {
    case KpiUnit::Count:
        return signedText(change, format.count(std::llround(size)));
    case KpiUnit::Percent:
        return signedText(change, ReportDataCollector::tr("%1 pp").arg(format.number(size, 1)));
    case KpiUnit::Points:
        return signedText(change, format.number(size, 1));
    case KpiUnit::Money:
        return signedText(change, format.money(std::llround(size)));
    }
    return {};
}

const KpiMeasure* findMeasure(const std::vector<KpiMeasure>& measures, const char* code)
{
    for (const KpiMeasure& m : measures)
        if (m.code == QLatin1String(code))
            return &m;
    return nullptr;
}

} // namespace

ReportDataCollector::ReportDataCollector(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

AnalysisPeriod ReportDataCollector::resolvePeriod(const QString& code) const
{
    if (!code.trimmed().isEmpty()) {
        QString error;
        const std::optional<AnalysisPeriod> period = AnalysisPeriod::parse(code.trimmed(), &error);
        if (!period)
            throw ReportDataError(
                error.isEmpty() ? tr("'%1' is not a period; use a quarter such as 2011Q3").arg(code) : error);
        return *period;
    }
    // The latest quarter that has ended by the last order.
    const QDate last = AnalyticsEngine(m_db, m_dialect).defaultAsOf();
    const AnalysisPeriod quarter = AnalysisPeriod::containing(last, AnalysisPeriod::Kind::Quarter);
    return quarter.end() == last ? quarter : quarter.previous();
}

std::optional<ReportData> ReportDataCollector::collect(const ReportOptions& options,
                                                       const QString& databaseName,
                                                       const Progress& progress,
                                                       const std::atomic<bool>* cancel) const
{
    const auto report = [&](int percent, const QString& step) {
        if (progress)
            progress(percent, step);
    };
    const auto cancelled = [&] {
        return cancel && cancel->load();
    };

    const AnalysisPeriod period = resolvePeriod(options.period);
    const AnalysisPeriod previous = period.previous();
    const ReportFormat format{QLocale()};

    ReportData data;
    ReportCover& cover = data.cover;
    cover.companyName = options.companyName;
    cover.author = options.author;
    cover.logoPath = options.logoPath;
    // The database's own company, logo, currency and analysis rules (Settings page) unless the
    // report's options name a company or logo of their own.
    const AppSettings appSettings = AppSettingsStore(m_db, m_dialect).load();
    if (cover.companyName.isEmpty())
        cover.companyName = appSettings.companyName;
    if (cover.logoPath.isEmpty())
        cover.logoData = appSettings.logo;
    data.currencySymbol = CurrencyDisplay(appSettings).prefix();
    cover.periodCode = period.code();
    cover.previousPeriodCode = previous.code();
    cover.periodStart = period.start();
    cover.periodEnd = period.end();
    cover.periodLabel =
        tr("%1 (%2 – %3)").arg(period.code(), format.date(period.start()), format.date(period.end()));
    cover.generatedOn = QDate::currentDate();
    cover.databaseName = databaseName;

    // The analysis of both period ends. The previous one comes from its snapshot when kept: that is
    // what last period's review saw.
    const AnalyticsEngine engine(m_db, m_dialect);
    const SnapshotStore snapshots(m_db, m_dialect);
    const auto engineRun = [&](const AnalysisPeriod& p, int from, int to) {
        AnalyticsEngine::Options engineOptions;
        engineOptions.asOf = p.end();
        engineOptions.schemeCode = appSettings.schemeCode;
        engineOptions.tierModelCode = appSettings.tierModelCode;
        engineOptions.explain = false;
        return engine.run(
            engineOptions,
            [&](AnalyticsEngine::Step step, int done, int total) {
                report(from + (to - from) * done / std::max(total, 1),
                       tr("Analysing %1: %2").arg(p.code(), AnalyticsEngine::stepName(step)));
            },
            cancel);
    };

    // The previous period (its analysis unless a snapshot holds it, and its KPI facts) is worked out
    // on a second thread with its own read-only connection while this thread analyses the period:
    // the two are independent, and together they are nearly all of the report's time.
    const KpiSettings settings;
    const std::optional<SnapshotInfo> previousSnapshot = snapshots.info(previous.code());
    const QString filePath = m_db.databaseName();
    const SqlDialect dialect = m_dialect;
    struct PreviousPeriod
    {
        PeriodState state;
        KpiPeriodData facts;
        bool cancelled = false;
    };
    report(0, previousSnapshot ? tr("Reading the snapshot of %1").arg(previous.code())
                               : tr("Analysing %1 and %2").arg(previous.code(), period.code()));
    std::future<PreviousPeriod> previousWork = std::async(std::launch::async, [&, filePath, dialect] {
        DatabaseConnection connection(filePath, dialect, DatabaseConnection::Access::ReadOnly);
        connection.applySettings();
        const QSqlDatabase db = connection.handle();
        PreviousPeriod out;
        if (previousSnapshot) {
            out.state = fromSnapshot(SnapshotStore(db, dialect), *previousSnapshot);
        } else {
            AnalyticsEngine::Options engineOptions;
            engineOptions.asOf = previous.end();
            engineOptions.schemeCode = appSettings.schemeCode;
            engineOptions.tierModelCode = appSettings.tierModelCode;
            engineOptions.explain = false;
            const AnalyticsEngine::Result result =
                AnalyticsEngine(db, dialect).run(engineOptions, {}, cancel);
            out.cancelled = result.cancelled;
            if (!out.cancelled)
                out.state = fromEngine(result);
        }
        if (!out.cancelled && !(cancel && cancel->load()))
            out.facts =
                KpiDataReader(db, dialect).read(previous.start(), previous.end(), settings.activationDays);
        return out;
    });
    // The period's KPI facts need no analysis: a third connection reads them meanwhile, so a previous
    // period read from its snapshot leaves the engine run as the only long step.
    std::future<KpiPeriodData> nowFactsWork = std::async(std::launch::async, [&, filePath, dialect] {
        if (cancelled())
            return KpiPeriodData{};
        DatabaseConnection connection(filePath, dialect, DatabaseConnection::Access::ReadOnly);
        connection.applySettings();
        return KpiDataReader(connection.handle(), dialect)
            .read(period.start(), period.end(), settings.activationDays);
    });
    const AnalyticsEngine::Result current = engineRun(period, 0, 80);
    const KpiPeriodData nowFacts = nowFactsWork.get(); // rethrows the reader's StorageError
    report(85, tr("Measuring the KPIs"));
    PreviousPeriod previousPeriod = previousWork.get(); // rethrows the worker's StorageError
    if (current.cancelled || previousPeriod.cancelled || cancelled())
        return std::nullopt;
    const PeriodState& before = previousPeriod.state;
    const KpiPeriodData& beforeFacts = previousPeriod.facts;
    const PeriodState now = fromEngine(current);
    const MarketingSpendStore spending(m_db, m_dialect);
    const auto spendOf = [&spending](const AnalysisPeriod& p) -> std::optional<MinorUnits> {
        if (const auto spend = spending.find(p.code()))
            return spend->amount;
        return std::nullopt;
    };
    KpiMeasurer::Input nowInput{&nowFacts, period.code(),  previous.start(), &now.analysis,
                                {},        spendOf(period)};
    KpiMeasurer::Input beforeInput{
        &beforeFacts, previous.code(), previous.previous().start(), &before.analysis, {}, spendOf(previous)};
    const std::vector<KpiMeasure> nowKpis = KpiMeasurer::measure(nowInput, settings);
    const std::vector<KpiMeasure> beforeKpis = KpiMeasurer::measure(beforeInput, settings);
    report(92, tr("Laying out the figures"));

    // KPI cards: every KPI the period has a value for; the others are named with the reason.
    const std::vector<KpiDefinition> definitions = KpiCatalog::definitions(settings);
    QStringList missing;
    for (const KpiDefinition& definition : definitions) {
        const KpiMeasure* m = findMeasure(nowKpis, definition.code.toLatin1().constData());
        const KpiMeasure* b = findMeasure(beforeKpis, definition.code.toLatin1().constData());
        if (!m || !m->value) {
            missing << tr("%1 (%2)").arg(definition.name, m ? m->reason : tr("not measured"));
            continue;
        }
        ReportKpiCard card;
        card.code = definition.code;
        card.name = definition.name;
        card.definition = definition.formula;
        card.value = format.kpiValue(definition.unit, *m->value);
        card.previous = b && b->value ? format.kpiValue(definition.unit, *b->value) : QStringLiteral("–");
        if (b && b->value) {
            // A change that rounds to nothing is no change (no "−0.0 pp" in red).
            // Shown to 0.1 (rates, points), whole customers or whole currency units (money is in minor
            // units).
            const double step = definition.unit == KpiUnit::Money   ? 100.0
                                : definition.unit == KpiUnit::Count ? 1.0
                                                                    : 0.1;
            const double change = std::round((*m->value - *b->value) / step) * step;
            card.change = formatChange(format, definition.unit, change);
            card.trend = change == 0 ? 0 : ((change > 0) == definition.higherIsBetter ? 1 : -1);
        }
        data.kpis.push_back(card);
        data.definitions.push_back(
            {definition.name, definition.formula, definition.population, definition.period});
    }
    if (data.kpis.empty())
        data.kpisUnavailable =
            tr("No KPI has a value for %1: the database holds no customers or orders up to %2.")
                .arg(period.code(), format.date(period.end()));
    data.kpisMissing = missing;
    if (data.definitions.empty())
        data.definitionsUnavailable = tr("No KPI is shown, so none needs a definition.");

    // Tiers now and before, and the net purchases of the period per tier.
    std::unordered_map<qint64, qint64> netBefore;
    netBefore.reserve(beforeFacts.customers.size());
    for (const CustomerKpiFacts& facts : beforeFacts.customers)
        netBefore.emplace(facts.customerId, facts.netAmountToEndMinor);
    std::unordered_map<qint64, qint64> netInPeriod;
    netInPeriod.reserve(nowFacts.customers.size());
    for (const CustomerKpiFacts& facts : nowFacts.customers) {
        const auto it = netBefore.find(facts.customerId);
        netInPeriod.emplace(facts.customerId,
                            facts.netAmountToEndMinor - (it == netBefore.end() ? 0 : it->second));
    }
    std::set<QString> tierCodes;
    for (const auto& [id, state] : now.customers)
        tierCodes.insert(state.tier);
    for (const auto& [id, state] : before.customers)
        tierCodes.insert(state.tier);
    tierCodes.erase(QString());
    const QStringList tiers = orderedTiers(tierCodes);
    QHash<QString, int> tierIndex;
    for (int i = 0; i < tiers.size(); ++i)
        tierIndex.insert(tiers.at(i), i);
    data.tierModelName = now.tierModel;
    if (tiers.isEmpty()) {
        data.tiersUnavailable = tr("No customer has a tier as of %1.").arg(format.date(period.end()));
        data.migrationUnavailable = data.tiersUnavailable;
    } else {
        for (const QString& code : tiers)
            data.tiers.push_back({code, TierNames::displayName(code), 0, 0, 0});
        for (const auto& [id, state] : now.customers) {
            ReportTierShare& share = data.tiers[static_cast<size_t>(tierIndex.value(state.tier))];
            ++share.customers;
            const auto net = netInPeriod.find(id);
            if (net != netInPeriod.end())
                share.netAmountMinor += net->second;
        }
        for (const auto& [id, state] : before.customers)
            ++data.tiers[static_cast<size_t>(tierIndex.value(state.tier))].previousCustomers;

        // Migration: rows are last period's tiers plus a row for customers new since then.
        ReportTierMigration& m = data.migration;
        m.codes = tiers;
        for (const QString& code : tiers)
            m.names << TierNames::displayName(code);
        const size_t n = static_cast<size_t>(tiers.size());
        m.codes << QString();
        m.names << tr("New since %1").arg(previous.code());
        m.counts.assign(n + 1, std::vector<qint64>(n, 0));
        m.amountsMinor.assign(n + 1, std::vector<qint64>(n, 0));
        for (const auto& [id, state] : now.customers) {
            const auto from = before.customers.find(id);
            const size_t row =
                from == before.customers.end() ? n : static_cast<size_t>(tierIndex.value(from->second.tier));
            const size_t column = static_cast<size_t>(tierIndex.value(state.tier));
            ++m.counts[row][column];
            const auto net = netInPeriod.find(id);
            if (net != netInPeriod.end())
                m.amountsMinor[row][column] += net->second;
        }
        if (std::all_of(m.counts[n].begin(), m.counts[n].end(), [](qint64 c) { return c == 0; })) {
            m.codes.removeLast();
            m.names.removeLast();
            m.counts.pop_back();
            m.amountsMinor.pop_back();
        }
    }

    // Lifecycle funnel.
    std::map<QString, std::pair<qint64, qint64>> stages;
    for (const auto& [id, state] : now.customers)
        ++stages[state.stage].first;
    for (const auto& [id, state] : before.customers)
        ++stages[state.stage].second;
    for (LifecycleStage stage : allLifecycleStages()) {
        const QString code = lifecycleStageCode(stage);
        const auto counts = stages[code];
        data.funnel.push_back({code, TierNames::displayName(code), counts.first, counts.second});
    }
    if (now.customers.empty())
        data.funnel.clear();
    if (data.funnel.empty())
        data.funnelUnavailable = tr("No customers as of %1.").arg(format.date(period.end()));

    // Customers at high risk who are not lost yet, the largest buyers first.
    std::vector<const CustomerAnalysis*> atRisk;
    for (const CustomerAnalysis& c : current.customers)
        if (c.risk.level == ChurnRiskLevel::High && c.stage() != LifecycleStage::Churned &&
            c.stage() != LifecycleStage::Prospect)
            atRisk.push_back(&c);
    data.atRiskTotal = static_cast<qint64>(atRisk.size());
    std::stable_sort(atRisk.begin(), atRisk.end(), [](const CustomerAnalysis* a, const CustomerAnalysis* b) {
        return a->figures.netAmountMinor > b->figures.netAmountMinor;
    });
    if (atRisk.size() > static_cast<size_t>(std::max(options.topAtRisk, 0)))
        atRisk.resize(static_cast<size_t>(std::max(options.topAtRisk, 0)));
    ReportPlanningCollector playbooks(m_db, m_dialect, period, format);
    playbooks.loadPlaybooks(current.tierModelCode);
    for (const CustomerAnalysis* c : atRisk) {
        const QString stage = lifecycleStageCode(c->stage());
        // The playbook written for the customer's tier, else the built-in rule of thumb.
        const QString action = playbooks.playbookAction(c->tier.segment)
                                   .value_or(RetentionActionSuggester::suggest(c->tier.segment, stage));
        data.atRisk.push_back({c->figures.code, c->figures.name, TierNames::displayName(c->tier.segment),
                               TierNames::displayName(churnRiskLevelCode(c->risk.level)), c->risk.reasons,
                               action, c->figures.netAmountMinor});
    }
    if (data.atRisk.empty())
        data.atRiskUnavailable =
            tr("No active customer is at high risk of leaving as of %1.").arg(format.date(period.end()));

    // The planning feature's parts: template 3, goals, execution items, suggestions and reviews.
    report(94, tr("Reading the plans"));
    const ReportPlanningCollector planning(m_db, m_dialect, period,
                                           ReportFormat{QLocale(), data.currencySymbol});
    planning.collectTracking(data, before.analysis, nowFacts);
    if (cancelled())
        return std::nullopt;
    planning.collectPlans(data);
    report(100, tr("Done"));
    return data;
}

} // namespace clientele
