// report: the quarterly review as a PDF, without a display.
#include "CliCommands.h"
#include "CliError.h"
#include "report/QuarterlyReport.h"
#include "report/ReportDataCollector.h"
#include "report/ReportLanguage.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

namespace clientele::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::cli", text);
}

QList<ReportSectionChoice> sectionsFrom(const QString& list)
{
    QList<ReportSectionChoice> chosen;
    for (const QString& key : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<ReportSectionId> id = ReportOptions::sectionFromKey(key.trimmed());
        if (!id) {
            QStringList known;
            for (ReportSectionId each : ReportOptions::allSections())
                known << ReportOptions::sectionKey(each);
            throw UsageError(tr("unknown section '%1'; use some of %2")
                                 .arg(key.trimmed(), known.join(QStringLiteral(","))));
        }
        chosen << ReportSectionChoice{*id, true};
    }
    if (chosen.isEmpty())
        throw UsageError(tr("--sections needs at least one section"));
    return chosen;
}

int runReport(const QCommandLineParser& parser)
{
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        throw UsageError(tr("report needs --out FILE.pdf"));
    ReportOptions options;
    options.period = parser.value(QStringLiteral("period"));
    const QString language = parser.value(QStringLiteral("lang"));
    if (language != QLatin1String("en") && language != QLatin1String("zh_CN"))
        throw UsageError(tr("--lang must be en or zh_CN, not '%1'").arg(language));
    options.language = language;
    const std::optional<QPageSize::PageSizeId> page =
        ReportOptions::pageSizeFromKey(parser.value(QStringLiteral("page")));
    if (!page)
        throw UsageError(
            tr("--page must be a4 or letter, not '%1'").arg(parser.value(QStringLiteral("page"))));
    options.pageSize = *page;
    options.companyName = parser.value(QStringLiteral("company"));
    options.author = parser.value(QStringLiteral("author"));
    options.logoPath = parser.value(QStringLiteral("logo"));
    if (!options.logoPath.isEmpty() && !QFileInfo::exists(options.logoPath))
        throw UsageError(tr("logo file %1 does not exist").arg(options.logoPath));
    if (parser.isSet(QStringLiteral("sections")))
        options.sections = sectionsFrom(parser.value(QStringLiteral("sections")));
    if (parser.isSet(QStringLiteral("top"))) {
        bool ok = false;
        options.topAtRisk = parser.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || options.topAtRisk < 1)
            throw UsageError(tr("--top needs a whole number of 1 or more, not '%1'")
                                 .arg(parser.value(QStringLiteral("top"))));
    }

    QElapsedTimer timer;
    timer.start();
    const auto db = Database::open(databasePath(parser));
    // The whole run speaks the report's language: the analyses write their reasons in it.
    const ReportLanguage scope(options.language);
    std::optional<ReportData> data;
    try {
        data = ReportDataCollector(db->connection(), db->dialect())
                   .collect(options, QFileInfo(db->filePath()).fileName());
    } catch (const ReportDataError& e) {
        throw UsageError(QString::fromStdString(e.what()));
    }
    if (!data)
        throw UsageError(tr("the report was cancelled"));
    const double collected = static_cast<double>(timer.elapsed()) / 1000.0;
    const QuarterlyReport report(std::move(*data), options);
    int pages = 0;
    try {
        pages = report.writePdf(out);
    } catch (const std::runtime_error& e) {
        throw UsageError(QString::fromStdString(e.what()));
    }
    QTextStream(stdout) << tr("Wrote the %1 report (%2 pages) to %3 in %4 s (data %5 s)")
                               .arg(report.data().cover.periodCode)
                               .arg(pages)
                               .arg(out)
                               .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 2)
                               .arg(collected, 0, 'f', 2)
                        << Qt::endl;
    return 0;
}

} // namespace

void registerReportCommands()
{
    commands()[QStringLiteral("report")] = {
        QStringLiteral("Write the quarterly review of a period as a PDF (runs without a display)."),
        [](QCommandLineParser& parser) {
            parser.addOption(
                {QStringLiteral("period"),
                 QStringLiteral(
                     "The period, e.g. 2011Q3 (default: the latest quarter ended by the last order)."),
                 QStringLiteral("PERIOD")});
            parser.addOption({QStringLiteral("lang"),
                              QStringLiteral("The report's language: en or zh_CN (default en)."),
                              QStringLiteral("LANG"), QStringLiteral("en")});
            parser.addOption({QStringLiteral("page"), QStringLiteral("Paper: a4 or letter (default a4)."),
                              QStringLiteral("SIZE"), QStringLiteral("a4")});
            parser.addOption(
                {QStringLiteral("out"), QStringLiteral("The PDF file to write."), QStringLiteral("FILE")});
            parser.addOption(
                {QStringLiteral("sections"),
                 QStringLiteral("Sections in order, comma-separated: cover,kpis,tiers,migration,funnel,"
                                "tracking,plans,at-risk,decisions,appendix (default: all)."),
                 QStringLiteral("LIST")});
            parser.addOption({QStringLiteral("company"), QStringLiteral("Company name on the cover."),
                              QStringLiteral("NAME")});
            parser.addOption(
                {QStringLiteral("author"), QStringLiteral("Author on the cover."), QStringLiteral("NAME")});
            parser.addOption({QStringLiteral("logo"), QStringLiteral("Logo image for the cover."),
                              QStringLiteral("FILE")});
            parser.addOption({QStringLiteral("top"),
                              QStringLiteral("Customers listed as at risk (default 20)."),
                              QStringLiteral("N")});
        },
        runReport};
}

} // namespace clientele::cli
