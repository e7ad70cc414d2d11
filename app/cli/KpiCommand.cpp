// kpi and spend: the period KPIs (optionally per tier) against the previous period, the KPI
// definitions, and the marketing spend the CAC needs.
#include "CliCommands.h"
#include "CliError.h"
#include "analytics/AnalysisPeriod.h"
#include "analytics/AnalyticsRuleError.h"
#include "analytics/KpiCalculator.h"
#include "analytics/KpiCatalog.h"
#include "analytics/TierNames.h"
#include "storage/Database.h"
#include "storage/MarketingSpendStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <map>

namespace clientele::cli {

namespace {

QString tr(const char* text)
{
    // "clientele::cli" is the context lupdate records for these calls.
    return QCoreApplication::translate("clientele::cli", text);
}

AnalysisPeriod periodOption(const QCommandLineParser& parser, const QString& command)
{
    const QString text = parser.value(QStringLiteral("period"));
    if (text.isEmpty())
        throw UsageError(tr("%1 needs --period, e.g. --period 2011Q3, 2011-07 or 2011").arg(command));
    QString problem;
    const std::optional<AnalysisPeriod> period = AnalysisPeriod::parse(text, &problem);
    if (!period)
        throw UsageError(problem);
    return *period;
}

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QString formatValue(const std::optional<double>& value, KpiUnit unit, bool signedChange = false)
{
    if (!value)
        return tr("n/a");
    const QString sign = signedChange && *value > 0 ? QStringLiteral("+") : QString();
    switch (unit) {
    case KpiUnit::Count:
        return sign + QString::number(static_cast<qint64>(*value));
    case KpiUnit::Percent:
        return sign + QString::number(*value, 'f', 1) + (signedChange ? tr(" pp") : QStringLiteral("%"));
    case KpiUnit::Points:
        return sign + QString::number(*value, 'f', 1);
    case KpiUnit::Money:
        return sign + formatMinorUnits(static_cast<MinorUnits>(*value));
    }
    return {};
}

QString sourceText(KpiCustomerAnalysis::Source source, const QString& period)
{
    switch (source) {
    case KpiCustomerAnalysis::Source::Snapshot:
        return tr("the snapshot of %1").arg(period);
    case KpiCustomerAnalysis::Source::Engine:
        return tr("an analysis as of the end of %1").arg(period);
    case KpiCustomerAnalysis::Source::None:
        break;
    }
    return tr("none for %1").arg(period);
}

QJsonObject reportJson(const KpiReport& report, const std::map<QString, KpiDefinition>& definitions)
{
    QJsonArray rows;
    for (const KpiRow& row : report.rows) {
        const KpiDefinition& d = definitions.at(row.code);
        rows.append(QJsonObject{
            {QStringLiteral("code"), row.code},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("tier"), row.tier.isEmpty() ? QJsonValue() : QJsonValue(row.tier)},
            {QStringLiteral("tier_name"),
             row.tier.isEmpty() ? QJsonValue() : TierNames::displayName(row.tier)},
            {QStringLiteral("unit"), KpiDefinition::unitCode(d.unit)},
            {QStringLiteral("higher_is_better"), d.higherIsBetter},
            {QStringLiteral("value"), optionalNumber(row.value)},
            {QStringLiteral("previous_value"), optionalNumber(row.previousValue)},
            {QStringLiteral("change"), optionalNumber(row.change)},
            {QStringLiteral("population"), row.population},
            {QStringLiteral("previous_population"), row.previousPopulation},
            {QStringLiteral("available"), row.available},
            {QStringLiteral("reason"), row.reason.isEmpty() ? QJsonValue() : QJsonValue(row.reason)},
        });
    }
    return {
        {QStringLiteral("period"), report.period},
        {QStringLiteral("previous_period"), report.previousPeriod},
        {QStringLiteral("start"), report.start.toString(Qt::ISODate)},
        {QStringLiteral("end"), report.end.toString(Qt::ISODate)},
        {QStringLiteral("tier_source"), KpiCustomerAnalysis::sourceCode(report.tierSource)},
        {QStringLiteral("previous_tier_source"), KpiCustomerAnalysis::sourceCode(report.previousTierSource)},
        {QStringLiteral("tier_model"), report.tierModel},
        {QStringLiteral("tiers"), QJsonArray::fromStringList(report.tiers)},
        {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)},
        {QStringLiteral("kpis"), rows},
    };
}

void printTable(QTextStream& out,
                const KpiReport& report,
                const std::map<QString, KpiDefinition>& definitions)
{
    out << tr("KPIs for %1 (%2 to %3), compared with %4")
               .arg(report.period, report.start.toString(Qt::ISODate), report.end.toString(Qt::ISODate),
                    report.previousPeriod)
        << Qt::endl;
    out << tr("Tiers and predicted values: %1; for %2: %3")
               .arg(sourceText(report.tierSource, report.period), report.previousPeriod,
                    sourceText(report.previousTierSource, report.previousPeriod))
        << Qt::endl;
    QString tier = QStringLiteral("-"); // no group printed yet
    QStringList reasons;
    for (const KpiRow& row : report.rows) {
        if (row.tier != tier) {
            tier = row.tier;
            out << Qt::endl
                << (tier.isEmpty() ? tr("All customers") : tr("Tier: %1").arg(TierNames::displayName(tier)))
                << Qt::endl;
            out << "  " << tr("KPI").leftJustified(34) << tr("value").rightJustified(14)
                << tr("previous").rightJustified(14) << tr("change").rightJustified(12)
                << tr("population").rightJustified(12) << Qt::endl;
        }
        const KpiDefinition& d = definitions.at(row.code);
        out << "  " << d.name.leftJustified(34) << formatValue(row.value, d.unit).rightJustified(14)
            << formatValue(row.previousValue, d.unit).rightJustified(14)
            << (row.change ? formatValue(row.change, d.unit, true) : QString()).rightJustified(12)
            << QString::number(row.population).rightJustified(12) << Qt::endl;
        if (!row.available && tier.isEmpty())
            reasons.append(QStringLiteral("%1: %2").arg(d.name, row.reason));
    }
    if (!reasons.isEmpty() || !report.notes.isEmpty()) {
        out << Qt::endl << tr("Notes:") << Qt::endl;
        for (const QString& line : std::as_const(reasons))
            out << "  " << line << Qt::endl;
        for (const QString& line : report.notes)
            out << "  " << line << Qt::endl;
    }
    out << Qt::endl << tr("Definitions: clientele-cli kpi --definitions") << Qt::endl;
}

int kpi(const QCommandLineParser& parser)
{
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("definitions"))) {
        out << KpiCatalog::markdown();
        return 0;
    }
    const AnalysisPeriod period = periodOption(parser, QStringLiteral("kpi"));
    KpiCalculator::Options options;
    if (parser.isSet(QStringLiteral("by"))) {
        if (parser.value(QStringLiteral("by")) != QLatin1String("tier"))
            throw UsageError(
                tr("--by accepts only 'tier', not '%1'").arg(parser.value(QStringLiteral("by"))));
        options.byTier = true;
    }
    options.runEngine = !parser.isSet(QStringLiteral("no-engine"));
    options.schemeCode = parser.value(QStringLiteral("scheme"));
    options.tierModelCode = parser.value(QStringLiteral("model"));

    auto db = Database::open(databasePath(parser));
    KpiReport report;
    try {
        report = KpiCalculator(db->connection(), db->dialect()).calculate(period, options);
    } catch (const AnalyticsRuleError& e) {
        throw UsageError(e.message());
    }
    std::map<QString, KpiDefinition> definitions;
    for (KpiDefinition& d : KpiCatalog::definitions(options.settings))
        definitions.emplace(d.code, std::move(d));
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(reportJson(report, definitions)).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        printTable(out, report, definitions);
    return 0;
}

// "12345.67", "12345", "12,345.67" → minor units; nullopt for anything else.
std::optional<MinorUnits> parseAmount(QString text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,15})(?:\\.(\\d{1,2}))?$"));
    text.remove(QLatin1Char(','));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QString cents = match.captured(2).leftJustified(2, QLatin1Char('0'));
    return match.captured(1).toLongLong() * 100 + cents.toLongLong();
}

int spend(const QCommandLineParser& parser)
{
    QTextStream out(stdout);
    auto db = Database::open(databasePath(parser));
    MarketingSpendStore store(db->connection(), db->dialect());
    if (!parser.isSet(QStringLiteral("amount"))) {
        // Without --amount: list what is entered (one period with --period).
        std::vector<MarketingSpend> list;
        if (parser.isSet(QStringLiteral("period"))) {
            const AnalysisPeriod period = periodOption(parser, QStringLiteral("spend"));
            if (const auto found = store.find(period.code()))
                list.push_back(*found);
        } else {
            list = store.all();
        }
        if (list.empty())
            out << tr("No marketing spend entered.") << Qt::endl;
        for (const MarketingSpend& s : list)
            out << s.period << "  " << formatMinorUnits(s.amount) << ' ' << s.currency
                << (s.note.isEmpty() ? QString() : QStringLiteral("  ") + s.note) << Qt::endl;
        return 0;
    }
    const AnalysisPeriod period = periodOption(parser, QStringLiteral("spend"));
    const QString amountText = parser.value(QStringLiteral("amount"));
    const std::optional<MinorUnits> amount = parseAmount(amountText);
    if (!amount)
        throw UsageError(tr("--amount '%1' is not an amount; write it like 12345.67 (no sign, at most two "
                            "decimals)")
                             .arg(amountText));
    MarketingSpend entry{period.code(), *amount, QStringLiteral("CNY"), parser.value(QStringLiteral("note"))};
    if (parser.isSet(QStringLiteral("currency")))
        entry.currency = parser.value(QStringLiteral("currency")).toUpper();
    if (entry.currency.size() != 3)
        throw UsageError(
            tr("--currency needs a three-letter code such as CNY, not '%1'").arg(entry.currency));
    store.save(entry);
    out << tr("Marketing spend for %1: %2 %3")
               .arg(entry.period, formatMinorUnits(entry.amount), entry.currency)
        << Qt::endl;
    return 0;
}

} // namespace

void registerKpiCommands()
{
    commands()[QStringLiteral("kpi")] = {
        tr("KPIs of a period against the previous one, optionally per tier."),
        [](QCommandLineParser& parser) {
            parser.addOption(
                {QStringLiteral("period"), tr("The period: 2011Q3, 2011-07 or 2011."), tr("PERIOD")});
            parser.addOption({QStringLiteral("by"), tr("Also one row per tier: --by tier."), tr("GROUP")});
            parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
            parser.addOption({QStringLiteral("no-engine"),
                              tr("Take tiers and predicted values only from stored snapshots; do not run the "
                                 "analysis for periods without one.")});
            parser.addOption({QStringLiteral("scheme"), tr("Scoring scheme for analysis runs."), tr("NAME")});
            parser.addOption({QStringLiteral("model"), tr("Tier model for analysis runs."), tr("NAME")});
            parser.addOption({QStringLiteral("definitions"), tr("Print every KPI's definition (Markdown).")});
        },
        kpi};
    commands()[QStringLiteral("spend")] = {
        tr("Enter the marketing spend of a period (for the CAC), or list it."),
        [](QCommandLineParser& parser) {
            parser.addOption(
                {QStringLiteral("period"), tr("The period: 2011Q3, 2011-07 or 2011."), tr("PERIOD")});
            parser.addOption({QStringLiteral("amount"), tr("The amount, e.g. 12345.67."), tr("AMOUNT")});
            parser.addOption({QStringLiteral("currency"), tr("Currency code (default CNY)."), tr("CODE")});
            parser.addOption({QStringLiteral("note"), tr("A note kept with the amount."), tr("TEXT")});
        },
        spend};
}

} // namespace clientele::cli
