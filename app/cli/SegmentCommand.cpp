// segment: every customer's figures, RFM scores, tier, lifecycle stage, P(alive), CLV and churn risk
// as of a date, as CSV or JSON.
#include "CliCommands.h"
#include "CliError.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/AnalyticsRuleError.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <cmath>

namespace clientele::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::cli::SegmentCommand", text);
}

const QStringList& columns()
{
    static const QStringList names = {QStringLiteral("customer_code"),
                                      QStringLiteral("name"),
                                      QStringLiteral("recency_days"),
                                      QStringLiteral("frequency"),
                                      QStringLiteral("monetary"),
                                      QStringLiteral("r"),
                                      QStringLiteral("f"),
                                      QStringLiteral("m"),
                                      QStringLiteral("rfm"),
                                      QStringLiteral("tier"),
                                      QStringLiteral("stage"),
                                      QStringLiteral("p_alive"),
                                      QStringLiteral("expected_purchases_90d"),
                                      QStringLiteral("clv"),
                                      QStringLiteral("risk_level"),
                                      QStringLiteral("risk_reasons")};
    return names;
}

QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

double major(double minor)
{
    return minor / 100.0;
}

QJsonValue score(int value)
{
    return value > 0 ? QJsonValue(value) : QJsonValue();
}

// One customer as the column values (JSON values; null = empty cell).
QJsonArray row(const CustomerAnalysis& c)
{
    const CustomerFigures& f = c.figures;
    const bool bought = f.hasPurchased();
    return {f.code,
            f.name,
            bought ? QJsonValue(f.recencyDays) : QJsonValue(),
            bought ? number(std::round(f.ordersPerYear * 1000.0) / 1000.0) : QJsonValue(),
            bought ? number(major(static_cast<double>(f.amountPerYearMinor))) : QJsonValue(),
            score(c.rfm.score.r),
            score(c.rfm.score.f),
            score(c.rfm.score.m),
            c.rfm.score.isScored() ? QJsonValue(c.rfm.score.code()) : QJsonValue(),
            c.tier.segment,
            lifecycleStageCode(c.lifecycle.stage),
            number(std::round(c.pAlive * 10000.0) / 10000.0),
            number(std::round(c.expectedPurchases90d * 10000.0) / 10000.0),
            number(std::round(c.clvMinor) / 100.0),
            churnRiskLevelCode(c.risk.level),
            c.risk.reasons.join(QStringLiteral("; "))};
}

// A text cell a spreadsheet could run as a formula (= + - @, and tab/CR leading) gets a leading
// apostrophe; cells with separators, quotes or line breaks are quoted.
QString csvCell(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    QString text = value.toString();
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && risky.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

AnalyticsEngine::Options engineOptions(const QCommandLineParser& parser)
{
    AnalyticsEngine::Options options;
    if (parser.isSet(QStringLiteral("as-of"))) {
        const QString text = parser.value(QStringLiteral("as-of"));
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            throw UsageError(tr("--as-of needs a date as YYYY-MM-DD, not '%1'").arg(text));
        options.asOf = date;
    }
    options.schemeCode = parser.value(QStringLiteral("scheme"));
    options.tierModelCode = parser.value(QStringLiteral("model"));
    return options;
}

int segment(const QCommandLineParser& parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        throw UsageError(tr("--format must be csv or json, not '%1'").arg(format));
    AnalyticsEngine::Options options = engineOptions(parser);
    options.explain = false; // the output carries the risk reasons only

    auto db = Database::open(databasePath(parser));
    AnalyticsEngine::Result result;
    try {
        result = AnalyticsEngine(db->connection(), db->dialect()).run(options);
    } catch (const AnalyticsRuleError& e) {
        throw UsageError(e.message());
    }

    QByteArray text;
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const CustomerAnalysis& c : result.customers) {
            const QJsonArray values = row(c);
            QJsonObject object;
            for (qsizetype i = 0; i < values.size(); ++i)
                object.insert(columns()[i], values[i]);
            rows.append(object);
        }
        text = QJsonDocument(rows).toJson(QJsonDocument::Compact) + '\n';
    } else {
        QString out = columns().join(QLatin1Char(',')) + QLatin1Char('\n');
        out.reserve(static_cast<qsizetype>(result.customers.size()) * 120);
        for (const CustomerAnalysis& c : result.customers) {
            const QJsonArray values = row(c);
            for (qsizetype i = 0; i < values.size(); ++i) {
                if (i > 0)
                    out += QLatin1Char(',');
                out += csvCell(values[i]);
            }
            out += QLatin1Char('\n');
        }
        text = out.toUtf8();
    }

    if (parser.isSet(QStringLiteral("out"))) {
        const QString path = parser.value(QStringLiteral("out"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
            throw UsageError(tr("cannot write %1: %2").arg(path, file.errorString()));
    } else {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            throw UsageError(tr("cannot write to standard output"));
        out.write(text);
    }
    QTextStream err(stderr);
    for (const QString& warning : result.warnings)
        err << tr("warning: %1").arg(warning) << Qt::endl;
    return 0;
}

} // namespace

void registerSegmentCommands()
{
    commands()[QStringLiteral("segment")] = {
        QStringLiteral("Score, tier and classify every customer as of a date: 'segment --format csv|json'."),
        [](QCommandLineParser& parser) {
            parser.addOption(
                {QStringLiteral("as-of"),
                 QStringLiteral("Analysis date YYYY-MM-DD; only data up to it counts (default: the "
                                "last order in the database)."),
                 QStringLiteral("DATE")});
            parser.addOption({QStringLiteral("scheme"),
                              QStringLiteral("Scoring scheme: quintile (default), tob, toc or a stored one."),
                              QStringLiteral("NAME")});
            parser.addOption({QStringLiteral("model"),
                              QStringLiteral("Tier model: seed4, rfm11, tob4 or a stored one (default: seed4 "
                                             "for ToC customers, tob4 for ToB)."),
                              QStringLiteral("NAME")});
            parser.addOption({QStringLiteral("format"), QStringLiteral("csv or json."),
                              QStringLiteral("FORMAT"), QStringLiteral("csv")});
            parser.addOption({QStringLiteral("out"),
                              QStringLiteral("Write to FILE instead of standard output."),
                              QStringLiteral("FILE")});
        },
        [](const QCommandLineParser& parser) {
            return segment(parser);
        }};
}

} // namespace clientele::cli
