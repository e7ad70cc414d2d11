// sample: fill a database (or write a CSV/XLSX sheet) with deterministic demo data.
#include "CliCommands.h"
#include "CliError.h"
#include "generator/SampleDatabaseWriter.h"
#include "generator/SampleFileWriter.h"
#include "storage/Database.h"
#include "storage/DatabaseStatistics.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

namespace clientele::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::cli::SampleCommand", text);
}

std::int64_t count(const QCommandLineParser& parser, const QString& option, std::int64_t fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const qlonglong value = parser.value(option).toLongLong(&ok);
    if (!ok || value < 0)
        throw UsageError(
            tr("--%1 needs a whole number of 0 or more, not '%2'").arg(option, parser.value(option)));
    return value;
}

std::uint64_t seed(const QCommandLineParser& parser, std::uint64_t fallback)
{
    if (!parser.isSet(QStringLiteral("seed")))
        return fallback;
    bool ok = false;
    const qulonglong value = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        throw UsageError(tr("--seed needs a whole number of 0 or more, not '%1'")
                             .arg(parser.value(QStringLiteral("seed"))));
    return value;
}

int runSample(const QCommandLineParser& parser)
{
    SampleSpec spec;
    spec.customers = count(parser, QStringLiteral("customers"), spec.customers);
    spec.orderLines = count(parser, QStringLiteral("orders"), spec.orderLines);
    spec.seed = seed(parser, spec.seed);
    spec.withActivity = !parser.isSet(QStringLiteral("no-activity"));

    QElapsedTimer timer;
    timer.start();
    SampleSummary summary;
    QString target;
    if (parser.isSet(QStringLiteral("out"))) {
        target = parser.value(QStringLiteral("out"));
        const std::optional<SampleFileFormat> format = sampleFileFormatFor(target);
        if (!format)
            throw UsageError(tr("--out must name a .csv or .xlsx file, not '%1'").arg(target));
        if (*format == SampleFileFormat::Xlsx && spec.orderLines > kMaxSampleXlsxLines)
            throw UsageError(
                tr("an XLSX sheet holds at most %1 order lines; use .csv for more").arg(kMaxSampleXlsxLines));
        writeSampleFile(target, spec, {}, &summary);
    } else {
        auto db = Database::open(databasePath(parser), {Database::IfMissing::Create, {}});
        target = db->filePath();
        const DatabaseStatistics before = DatabaseStatistics::collect(db->connection());
        if (before.customers > 0 || before.orderLines > 0)
            throw UsageError(
                tr("%1 already holds customers or orders; sample fills an empty database").arg(target));
        writeSampleDatabase(db->connection(), db->dialect(), spec, {}, &summary);
    }

    QTextStream(stdout)
        << tr("Wrote %1 customers, %2 orders (%3 order lines, %4 cancelled, %5 without a customer), "
              "%6 interactions, %7 survey responses and %8 tag assignments to %9 in %10 s")
               .arg(summary.customers)
               .arg(summary.orders)
               .arg(summary.orderLines)
               .arg(summary.cancelledLines)
               .arg(summary.linesWithoutCustomer)
               .arg(summary.interactions)
               .arg(summary.surveys)
               .arg(summary.tagAssignments)
               .arg(target)
               .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return 0;
}

} // namespace

void registerSampleCommands()
{
    commands()[QStringLiteral("sample")] = {
        QStringLiteral("Generate deterministic demo data into the database, or into a .csv/.xlsx sheet."),
        [](QCommandLineParser& parser) {
            parser.addOption({QStringLiteral("customers"),
                              QStringLiteral("Number of customers (default 2000)."), QStringLiteral("N")});
            parser.addOption({QStringLiteral("orders"),
                              QStringLiteral("Number of order LINES (default 20000)."), QStringLiteral("M")});
            parser.addOption({QStringLiteral("seed"),
                              QStringLiteral("Random seed; the same seed gives the same data (default 42)."),
                              QStringLiteral("S")});
            parser.addOption(
                {QStringLiteral("out"),
                 QStringLiteral("Write an Online-Retail-shaped .csv or .xlsx sheet instead of the database."),
                 QStringLiteral("FILE")});
            parser.addOption({QStringLiteral("no-activity"),
                              QStringLiteral("Leave out interactions, survey responses and tags.")});
        },
        runSample};
}

} // namespace clientele::cli
