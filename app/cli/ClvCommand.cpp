// clv: fit the lifetime-value models to a customer summary table and print the estimates.
#include "CliCommands.h"
#include "CliError.h"
#include "analytics/BgNbdModel.h"
#include "analytics/CustomerSummaryError.h"
#include "analytics/CustomerSummaryReader.h"
#include "analytics/GammaGammaModel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace clientele::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::cli::ClvCommand", text);
}

// NaN and infinities are not JSON; they become null.
QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

struct Row
{
    QString name;
    double value;
    double standardError;
};

QJsonObject diagnosticsJson(const FitDiagnostics& d)
{
    return {{QStringLiteral("log_likelihood"), number(d.logLikelihood)},
            {QStringLiteral("customers"), d.customers},
            {QStringLiteral("distinct_summaries"), d.groups},
            {QStringLiteral("excluded"), d.excluded},
            {QStringLiteral("converged"), d.converged},
            {QStringLiteral("status"), d.status},
            {QStringLiteral("iterations"), d.iterations},
            {QStringLiteral("evaluations"), d.evaluations},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(d.warnings)}};
}

void printTable(QTextStream& out, const QString& title, const std::vector<Row>& rows, const FitDiagnostics& d)
{
    out << title << Qt::endl;
    const auto line = [&out](const QString& label, const QString& value) {
        out << "  " << label.leftJustified(18) << value << Qt::endl;
    };
    line(tr("customers"), d.excluded > 0 ? tr("%1 (%2 left out)").arg(d.customers).arg(d.excluded)
                                         : QString::number(d.customers));
    for (const Row& row : rows)
        line(row.name,
             std::isfinite(row.standardError)
                 ? tr("%1  (standard error %2)").arg(row.value, 0, 'f', 4).arg(row.standardError, 0, 'f', 4)
                 : QString::number(row.value, 'f', 4));
    line(tr("log-likelihood"), QString::number(d.logLikelihood, 'f', 4));
    line(tr("converged"), d.converged ? tr("yes, after %1 iterations").arg(d.iterations)
                                      : tr("NO: %1 (after %2 iterations)").arg(d.status).arg(d.iterations));
    for (const QString& warning : d.warnings)
        out << "  " << tr("warning: %1").arg(warning) << Qt::endl;
}

int fit(const QCommandLineParser& parser)
{
    const QString path = parser.value(QStringLiteral("summary"));
    if (path.isEmpty())
        throw UsageError(tr("clv fit needs --summary FILE.csv"));
    const QString model = parser.value(QStringLiteral("model"));
    if (model != QLatin1String("bgnbd") && model != QLatin1String("gammagamma"))
        throw UsageError(tr("unknown model '%1'; use bgnbd or gammagamma").arg(model));
    FitOptions options;
    if (parser.isSet(QStringLiteral("max-iterations"))) {
        bool ok = false;
        options.maxIterations = parser.value(QStringLiteral("max-iterations")).toInt(&ok);
        if (!ok || options.maxIterations < 1)
            throw UsageError(tr("--max-iterations needs a positive whole number"));
    }

    CustomerSummaries customers;
    try {
        customers = CustomerSummaryReader::readCsv(path);
    } catch (const CustomerSummaryError& e) {
        throw UsageError(e.message());
    }

    QJsonObject json{{QStringLiteral("model"), model}, {QStringLiteral("summary"), path}};
    std::vector<Row> rows;
    FitDiagnostics diagnostics;
    QString title;
    if (model == QLatin1String("bgnbd")) {
        const BgNbdModel::Fit fit = BgNbdModel::fit(customers, options);
        const BgNbdModel::Parameters& p = fit.parameters;
        rows = {{QStringLiteral("r"), p.r, fit.standardErrors[0]},
                {QStringLiteral("alpha"), p.alpha, fit.standardErrors[1]},
                {QStringLiteral("a"), p.a, fit.standardErrors[2]},
                {QStringLiteral("b"), p.b, fit.standardErrors[3]}};
        diagnostics = fit.diagnostics;
        title = tr("BG/NBD purchase model (Fader, Hardie & Lee 2005) on %1").arg(path);
    } else {
        if (std::none_of(customers.begin(), customers.end(), [](const auto& c) { return c.hasSpend; }))
            throw UsageError(
                tr("%1 has no zbar (mean repeat-purchase value) column; the gammagamma model needs one")
                    .arg(path));
        const GammaGammaModel::Fit fit = GammaGammaModel::fit(customers, options);
        const GammaGammaModel::Parameters& p = fit.parameters;
        rows = {{QStringLiteral("p"), p.p, fit.standardErrors[0]},
                {QStringLiteral("q"), p.q, fit.standardErrors[1]},
                {QStringLiteral("gamma"), p.gamma, fit.standardErrors[2]}};
        diagnostics = fit.diagnostics;
        title = tr("Gamma-Gamma spend model (Fader, Hardie & Lee 2005) on %1").arg(path);
    }

    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject errors;
        for (const Row& row : rows) {
            json.insert(row.name, number(row.value));
            errors.insert(row.name, number(row.standardError));
        }
        json.insert(QStringLiteral("standard_errors"), errors);
        const QJsonObject d = diagnosticsJson(diagnostics);
        for (auto it = d.begin(); it != d.end(); ++it)
            json.insert(it.key(), it.value());
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        printTable(out, title, rows, diagnostics);
    }
    return 0;
}

} // namespace

void registerClvCommands()
{
    commands()[QStringLiteral("clv")] = {
        QStringLiteral(
            "Fit the lifetime-value models: 'clv fit --summary FILE.csv [--model bgnbd|gammagamma]'."),
        [](QCommandLineParser& parser) {
            parser.addPositionalArgument(QStringLiteral("fit"),
                                         QStringLiteral("Fit a model and print its estimates."));
            parser.addOption(
                {QStringLiteral("summary"),
                 QStringLiteral("Customer summary CSV with columns x (or frequency), t_x (or recency), "
                                "T, and zbar for gammagamma."),
                 QStringLiteral("FILE")});
            parser.addOption({QStringLiteral("model"),
                              QStringLiteral("bgnbd (purchases, default) or gammagamma (spend)."),
                              QStringLiteral("MODEL"), QStringLiteral("bgnbd")});
            parser.addOption({QStringLiteral("max-iterations"),
                              QStringLiteral("Optimiser iteration budget (default 200)."),
                              QStringLiteral("N")});
            parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
        },
        [](const QCommandLineParser& parser) {
            const QStringList positional = parser.positionalArguments();
            const QString action = positional.value(1);
            if (action == QLatin1String("fit") && positional.size() == 2)
                return fit(parser);
            throw UsageError(
                tr("usage: clientele-cli clv fit --summary FILE.csv [--model bgnbd|gammagamma] [--json]"));
        }};
}

} // namespace clientele::cli
