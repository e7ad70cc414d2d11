// snapshot: analyse the customer base as of a period end and keep every customer's scores, tier and
// stage for that period (for tier migration and period KPIs).
#include "CliCommands.h"
#include "CliError.h"
#include "analytics/AnalysisPeriod.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/AnalyticsRuleError.h"
#include "storage/Database.h"
#include "storage/SnapshotStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <map>

namespace clientele::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::cli::SnapshotCommand", text);
}

QJsonObject counts(const std::map<QString, int>& byCode)
{
    QJsonObject object;
    for (const auto& [code, count] : byCode)
        object.insert(code, count);
    return object;
}

int snapshot(const QCommandLineParser& parser)
{
    const QString text = parser.value(QStringLiteral("period"));
    if (text.isEmpty())
        throw UsageError(tr("snapshot needs --period, e.g. --period 2011Q3, 2011-07 or 2011"));
    QString problem;
    const std::optional<AnalysisPeriod> period = AnalysisPeriod::parse(text, &problem);
    if (!period)
        throw UsageError(problem);

    AnalyticsEngine::Options options;
    options.asOf = period->end();
    options.schemeCode = parser.value(QStringLiteral("scheme"));
    options.tierModelCode = parser.value(QStringLiteral("model"));
    options.explain = false;
    options.riskReasons = false; // the snapshot stores the level only

    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(databasePath(parser));
    AnalyticsEngine::Result result;
    try {
        result = AnalyticsEngine(db->connection(), db->dialect()).run(options);
    } catch (const AnalyticsRuleError& e) {
        throw UsageError(e.message());
    }
    SnapshotStore(db->connection(), db->dialect()).write(*period, result);
    const qint64 elapsed = timer.elapsed();

    std::map<QString, int> tiers;
    std::map<QString, int> stages;
    std::map<QString, int> risks;
    for (const CustomerAnalysis& c : result.customers) {
        ++tiers[c.tier.segment];
        ++stages[lifecycleStageCode(c.lifecycle.stage)];
        ++risks[churnRiskLevelCode(c.risk.level)];
    }
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject json{{QStringLiteral("period"), period->code()},
                               {QStringLiteral("as_of"), result.asOf.toString(Qt::ISODate)},
                               {QStringLiteral("scheme"), result.schemeCode},
                               {QStringLiteral("tier_model"), result.tierModelCode},
                               {QStringLiteral("customers"), static_cast<qint64>(result.customers.size())},
                               {QStringLiteral("tiers"), counts(tiers)},
                               {QStringLiteral("stages"), counts(stages)},
                               {QStringLiteral("risk_levels"), counts(risks)},
                               {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)},
                               {QStringLiteral("milliseconds"), elapsed}};
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    out << tr("Snapshot %1 (as of %2, scheme %3, tier model %4): %5 customers in %6 ms")
               .arg(period->code(), result.asOf.toString(Qt::ISODate), result.schemeCode,
                    result.tierModelCode)
               .arg(result.customers.size())
               .arg(elapsed)
        << Qt::endl;
    const auto print = [&out](const QString& title, const std::map<QString, int>& byCode) {
        out << "  " << title << Qt::endl;
        for (const auto& [code, count] : byCode)
            out << "    " << code.leftJustified(16) << count << Qt::endl;
    };
    print(tr("tiers"), tiers);
    print(tr("stages"), stages);
    print(tr("churn risk"), risks);
    for (const QString& warning : result.warnings)
        out << "  " << tr("warning: %1").arg(warning) << Qt::endl;
    return 0;
}

} // namespace

void registerSnapshotCommands()
{
    commands()[QStringLiteral("snapshot")] = {
        QStringLiteral("Keep every customer's scores, tier and stage as of a period end: 'snapshot --period "
                       "2011Q3'."),
        [](QCommandLineParser& parser) {
            parser.addOption(
                {QStringLiteral("period"),
                 QStringLiteral("The period: a quarter (2011Q3), a month (2011-07) or a year (2011). "
                                "Its last day is the analysis date."),
                 QStringLiteral("PERIOD")});
            parser.addOption({QStringLiteral("scheme"), QStringLiteral("Scoring scheme (default quintile)."),
                              QStringLiteral("NAME")});
            parser.addOption({QStringLiteral("model"),
                              QStringLiteral("Tier model (default: seed4 for ToC customers, tob4 for ToB)."),
                              QStringLiteral("NAME")});
            parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
        },
        [](const QCommandLineParser& parser) {
            return snapshot(parser);
        }};
}

} // namespace clientele::cli
