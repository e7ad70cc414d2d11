// clv: fit the lifetime-value models to a customer summary table and print the estimates.
#include "CliCommands.h"
#include "CliError.h"
#include "analytics/BgNbdModel.h"
#include "analytics/ClvBacktest.h"
#include "analytics/CustomerFiguresCalculator.h"
#include "analytics/CustomerSummaryError.h"
#include "analytics/CustomerSummaryReader.h"
#include "analytics/GammaGammaModel.h"
#include "storage/CustomerActivityReader.h"
#include "storage/Database.h"

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

QDate dateOption(const QCommandLineParser& parser, const QString& name)
{
    if (!parser.isSet(name))
        return {};
    const QString text = parser.value(name);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        throw UsageError(tr("--%1 needs a date as YYYY-MM-DD, not '%2'").arg(name, text));
    return date;
}

// The database's customers as of a date (default: the last order), in the models' terms: purchase
// days, t_x and T in weeks, zbar in minor units.
CustomerSummaries databaseSummaries(const Database& db, QDate asOf, QString* source)
{
    const CustomerActivityReader reader(db.connection(), db.dialect());
    if (!asOf.isValid())
        asOf = reader.lastOrderDate();
    if (!asOf.isValid())
        throw UsageError(tr("%1 holds no orders to fit to").arg(db.filePath()));
    const CustomerFiguresList figures = CustomerFiguresCalculator(asOf).calculate(reader.read(asOf));
    CustomerSummaries customers;
    for (const CustomerFigures& f : figures)
        if (f.orders > 0)
            customers.push_back(f.summary);
    *source = tr("%1 as of %2").arg(db.filePath(), asOf.toString(Qt::ISODate));
    return customers;
}

int fit(const QCommandLineParser& parser)
{
    QString path = parser.value(QStringLiteral("summary"));
    const bool fromDatabase = path.isEmpty() && parser.isSet(QStringLiteral("db"));
    if (path.isEmpty() && !fromDatabase)
        throw UsageError(tr("clv fit needs --summary FILE.csv or --db DATABASE"));
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
    QJsonObject json{{QStringLiteral("model"), model}};
    if (fromDatabase) {
        const auto db = Database::open(databasePath(parser));
        customers = databaseSummaries(*db, dateOption(parser, QStringLiteral("as-of")), &path);
        json.insert(QStringLiteral("database"), db->filePath());
    } else {
        try {
            customers = CustomerSummaryReader::readCsv(path);
        } catch (const CustomerSummaryError& e) {
            throw UsageError(e.message());
        }
        json.insert(QStringLiteral("summary"), path);
    }

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

int backtest(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("db")))
        throw UsageError(tr("clv backtest needs --db DATABASE"));
    const QDate cutoff = dateOption(parser, QStringLiteral("cutoff"));
    if (!cutoff.isValid())
        throw UsageError(tr("clv backtest needs --cutoff DATE (the end of the calibration period)"));
    const auto db = Database::open(databasePath(parser));
    const CustomerActivityReader reader(db->connection(), db->dialect());
    QDate end = dateOption(parser, QStringLiteral("end"));
    if (!end.isValid())
        end = reader.lastOrderDate();
    if (!end.isValid() || end <= cutoff)
        throw UsageError(tr("the holdout period after %1 is empty: the last order is on %2")
                             .arg(cutoff.toString(Qt::ISODate), end.toString(Qt::ISODate)));
    FitOptions options;
    if (parser.isSet(QStringLiteral("max-iterations")))
        options.maxIterations = std::max(1, parser.value(QStringLiteral("max-iterations")).toInt());

    const CustomerActivities activities = reader.read(end);
    const ClvBacktest::Result r =
        ClvBacktest::run(CustomerFiguresCalculator(cutoff).calculate(activities),
                         CustomerFiguresCalculator(end).calculate(activities), cutoff, end, options);
    const BgNbdModel::Parameters& p = r.fit.parameters;

    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray groups;
        for (const ClvBacktest::Group& g : r.groups)
            groups.append(QJsonObject{{QStringLiteral("repeat_purchases"), g.label},
                                      {QStringLiteral("customers"), g.customers},
                                      {QStringLiteral("actual"), number(g.actualPurchases)},
                                      {QStringLiteral("predicted"), number(g.predictedPurchases)}});
        QJsonObject json{{QStringLiteral("model"), QStringLiteral("bgnbd")},
                         {QStringLiteral("cutoff"), cutoff.toString(Qt::ISODate)},
                         {QStringLiteral("end"), end.toString(Qt::ISODate)},
                         {QStringLiteral("holdout_weeks"), r.holdoutWeeks},
                         {QStringLiteral("r"), number(p.r)},
                         {QStringLiteral("alpha"), number(p.alpha)},
                         {QStringLiteral("a"), number(p.a)},
                         {QStringLiteral("b"), number(p.b)},
                         {QStringLiteral("groups"), groups},
                         {QStringLiteral("total"),
                          QJsonObject{{QStringLiteral("customers"), r.total.customers},
                                      {QStringLiteral("actual"), number(r.total.actualPurchases)},
                                      {QStringLiteral("predicted"), number(r.total.predictedPurchases)}}}};
        const QJsonObject d = diagnosticsJson(r.fit.diagnostics);
        for (auto it = d.begin(); it != d.end(); ++it)
            json.insert(it.key(), it.value());
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    printTable(out,
               tr("BG/NBD backtest on %1: calibration up to %2, holdout to %3 (%4 weeks)")
                   .arg(db->filePath(), cutoff.toString(Qt::ISODate), end.toString(Qt::ISODate))
                   .arg(r.holdoutWeeks, 0, 'f', 1),
               {{QStringLiteral("r"), p.r, r.fit.standardErrors[0]},
                {QStringLiteral("alpha"), p.alpha, r.fit.standardErrors[1]},
                {QStringLiteral("a"), p.a, r.fit.standardErrors[2]},
                {QStringLiteral("b"), p.b, r.fit.standardErrors[3]}},
               r.fit.diagnostics);
    out << Qt::endl
        << "  " << tr("repeat purchases").leftJustified(18) << tr("customers").rightJustified(10)
        << tr("actual / customer").rightJustified(20) << tr("predicted / customer").rightJustified(22)
        << Qt::endl;
    const auto line = [&out](const ClvBacktest::Group& g) {
        const double n = std::max(1, g.customers);
        out << "  " << g.label.leftJustified(18) << QString::number(g.customers).rightJustified(10)
            << QString::number(g.actualPurchases / n, 'f', 3).rightJustified(20)
            << QString::number(g.predictedPurchases / n, 'f', 3).rightJustified(22) << Qt::endl;
    };
    for (const ClvBacktest::Group& g : r.groups)
        line(g);
    line(r.total);
    out << "  "
        << tr("total purchases in the holdout: actual %1, predicted %2")
               .arg(r.total.actualPurchases, 0, 'f', 0)
               .arg(r.total.predictedPurchases, 0, 'f', 1)
        << Qt::endl;
    return 0;
}

} // namespace

void registerClvCommands()
{
    commands()[QStringLiteral("clv")] = {
        QStringLiteral("Fit the lifetime-value models: 'clv fit --summary FILE.csv | --db DB [--model "
                       "bgnbd|gammagamma]', 'clv backtest --db DB --cutoff DATE'."),
        [](QCommandLineParser& parser) {
            parser.addPositionalArgument(
                QStringLiteral("fit|backtest"),
                QStringLiteral("fit: fit a model and print its estimates; backtest: "
                               "fit up to --cutoff and compare predicted with actual "
                               "purchases after it."));
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
            parser.addOption({QStringLiteral("as-of"),
                              QStringLiteral("With --db: fit on the data up to this date (default: the last "
                                             "order)."),
                              QStringLiteral("DATE")});
            parser.addOption({QStringLiteral("cutoff"),
                              QStringLiteral("backtest: the last day of the calibration period."),
                              QStringLiteral("DATE")});
            parser.addOption(
                {QStringLiteral("end"),
                 QStringLiteral("backtest: the last day of the holdout period (default: the last "
                                "order)."),
                 QStringLiteral("DATE")});
            parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
        },
        [](const QCommandLineParser& parser) {
            const QStringList positional = parser.positionalArguments();
            const QString action = positional.value(1);
            if (action == QLatin1String("fit") && positional.size() == 2)
                return fit(parser);
            if (action == QLatin1String("backtest") && positional.size() == 2)
                return backtest(parser);
            throw UsageError(tr("usage: clientele-cli clv fit --summary FILE.csv [--model bgnbd|gammagamma] "
                                "[--json], clv fit --db DB [--as-of DATE], or clv backtest --db DB --cutoff "
                                "DATE [--end DATE] [--json]"));
        }};
}

} // namespace clientele::cli
