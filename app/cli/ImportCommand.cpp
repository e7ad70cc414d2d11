// import, imports and rollback-import: spreadsheets into the database, the history, and undoing one.
#include "CliCommands.h"
#include "CliError.h"
#include "import/ImportError.h"
#include "import/Importer.h"
#include "import/SpreadsheetReader.h"
#include "storage/Database.h"
#include "storage/ImportStore.h"
#include "storage/WriteTransaction.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace clientele::cli {

namespace {

ImportOptions parseImportOptions(const QCommandLineParser& parser, const QString& file, const Database& db)
{
    ImportOptions options;
    if (parser.isSet(QStringLiteral("kind"))) {
        const auto kind = importKindFromKey(parser.value(QStringLiteral("kind")));
        if (!kind)
            throw UsageError(
                QStringLiteral("--kind must be customers, orders, interactions, surveys or summary"));
        options.kind = *kind;
    }
    options.encoding = parser.value(QStringLiteral("encoding"));
    if (parser.isSet(QStringLiteral("date-order"))) {
        const auto order = dateOrderFromKey(parser.value(QStringLiteral("date-order")));
        if (!order)
            throw UsageError(QStringLiteral("--date-order must be dmy, mdy or ymd"));
        options.dateOrder = *order;
    }
    if (parser.isSet(QStringLiteral("decimal"))) {
        const QString d = parser.value(QStringLiteral("decimal"));
        if (d != QLatin1String("point") && d != QLatin1String("comma"))
            throw UsageError(QStringLiteral("--decimal must be point or comma"));
        options.decimalComma = d == QLatin1String("comma");
    }
    const QString mode = parser.value(QStringLiteral("mode"));
    if (mode == QLatin1String("lenient"))
        options.mode = ImportOptions::Mode::Lenient;
    else if (!mode.isEmpty() && mode != QLatin1String("strict"))
        throw UsageError(QStringLiteral("--mode must be strict or lenient"));
    if (parser.isSet(QStringLiteral("match"))) {
        options.matchField = parser.value(QStringLiteral("match"));
        if (!QStringList{QStringLiteral("code"), QStringLiteral("email"), QStringLiteral("phone"),
                         QStringLiteral("name_city")}
                 .contains(options.matchField))
            throw UsageError(QStringLiteral("--match must be code, email, phone or name_city"));
    }
    if (parser.isSet(QStringLiteral("as-of"))) {
        options.summaryAsOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!options.summaryAsOf.isValid())
            throw UsageError(QStringLiteral("--as-of must be a date like 2024-03-31"));
    }
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.importedBy = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));

    if (parser.isSet(QStringLiteral("sheet"))) {
        auto reader = SpreadsheetReader::open(file);
        const QString sheet = parser.value(QStringLiteral("sheet"));
        options.sheetIndex = static_cast<int>(reader->sheetNames().indexOf(sheet));
        if (options.sheetIndex < 0) {
            bool isNumber = false;
            const int n = sheet.toInt(&isNumber);
            if (!isNumber || n < 1 || n > reader->sheetNames().size())
                throw UsageError(QStringLiteral("%1 has no sheet \"%2\"; its sheets are: %3")
                                     .arg(QFileInfo(file).fileName(), sheet,
                                          reader->sheetNames().join(QStringLiteral(", "))));
            options.sheetIndex = n - 1;
        }
    }
    if (parser.isSet(QStringLiteral("mapping"))) {
        const auto profile =
            ImportStore(db.connection(), db.dialect()).profileByName(parser.value(QStringLiteral("mapping")));
        if (!profile)
            throw UsageError(QStringLiteral("there is no mapping profile named \"%1\"")
                                 .arg(parser.value(QStringLiteral("mapping"))));
        auto reader = SpreadsheetReader::open(file, {options.encoding, {}});
        reader->selectSheet(options.sheetIndex);
        QList<CellValue> header;
        reader->readRow(header);
        QStringList headers;
        for (const CellValue& c : header)
            headers << c.text.trimmed();
        options.mapping = Importer::mappingFromJson(profile->mappingJson, headers);
        if (!parser.isSet(QStringLiteral("kind")))
            options.kind = importKindFromKey(profile->kind).value_or(options.kind);
    }
    return options;
}

void printReport(const ImportReport& report, const QCommandLineParser& parser)
{
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        return;
    }
    out << report.fileName << " [" << report.sheet << "] as " << report.kind;
    if (!report.encoding.isEmpty())
        out << ", encoding " << report.encoding << " (" << report.encodingReason << ")";
    out << Qt::endl;
    out << "rows read " << report.rowsRead << ", imported " << report.imported << ", duplicates "
        << report.duplicates << ", skipped " << report.skipped << ", customers created "
        << report.customersCreated << ", updated " << report.customersUpdated << Qt::endl;
    for (const QString& w : report.warnings)
        out << "warning: " << w << Qt::endl;
    int shown = 0;
    for (const ImportIssue& i : report.issues) {
        if (++shown > 20) {
            out << "... and " << (report.issueCount - 20) << " more" << Qt::endl;
            break;
        }
        out << "row " << i.row << ", column " << i.column << ": " << i.reason << Qt::endl;
    }
    if (report.dryRun)
        out << "dry run: nothing was written" << Qt::endl;
    else if (report.committed)
        out << "imported as import #" << report.batchId << Qt::endl;
    else
        out << "nothing was imported (strict mode: fix the rows above, or use --mode lenient)" << Qt::endl;
}

} // namespace

void registerImportCommands()
{
    commands()[QStringLiteral("import")] = {
        QStringLiteral("Import a CSV, XLSX or XLS file (customers, orders, interactions, surveys, summary)."),
        [](QCommandLineParser& parser) {
            parser.addPositionalArgument(QStringLiteral("FILE"),
                                         QStringLiteral("The spreadsheet to import."));
            parser.addOptions({
                {QStringLiteral("kind"),
                 QStringLiteral(
                     "What the rows are: customers, orders (default), interactions, surveys or summary."),
                 QStringLiteral("KIND")},
                {QStringLiteral("sheet"),
                 QStringLiteral("The sheet, by name or number (default: the first)."),
                 QStringLiteral("NAME")},
                {QStringLiteral("encoding"), QStringLiteral("Text encoding of a CSV (default: detected)."),
                 QStringLiteral("NAME")},
                {QStringLiteral("date-order"),
                 QStringLiteral(
                     "Order of a/b/y dates: dmy, mdy or ymd (needed when the file does not tell)."),
                 QStringLiteral("ORDER")},
                {QStringLiteral("decimal"),
                 QStringLiteral(
                     "Decimal symbol of amounts: point or comma (default: decided from the data)."),
                 QStringLiteral("SYMBOL")},
                {QStringLiteral("mapping"), QStringLiteral("A saved mapping profile."),
                 QStringLiteral("PROFILE")},
                {QStringLiteral("mode"),
                 QStringLiteral(
                     "strict (default: any bad row, nothing imported) or lenient (bad rows skipped)."),
                 QStringLiteral("MODE")},
                {QStringLiteral("match"),
                 QStringLiteral(
                     "Customers: match existing ones by code (default), email, phone or name_city."),
                 QStringLiteral("FIELD")},
                {QStringLiteral("as-of"),
                 QStringLiteral("Summary rows: the date their figures refer to (default: today)."),
                 QStringLiteral("DATE")},
                {QStringLiteral("errors"), QStringLiteral("Write the rejected rows to this CSV file."),
                 QStringLiteral("FILE.csv")},
                {QStringLiteral("dry-run"), QStringLiteral("Say what would happen, change nothing.")},
                {QStringLiteral("json"), QStringLiteral("Print the report as one JSON object.")},
            });
        },
        [](const QCommandLineParser& parser) {
            const QStringList args = parser.positionalArguments();
            if (args.size() < 2)
                throw UsageError(QStringLiteral("import needs a FILE"));
            const QString file = args.at(1);
            if (!QFileInfo::exists(file))
                throw UsageError(QStringLiteral("%1 does not exist").arg(file));
            auto db = Database::open(databasePath(parser), {Database::IfMissing::Create, {}});
            ImportReport report;
            try {
                const ImportOptions options = parseImportOptions(parser, file, *db);
                report = Importer::run(db->connection(), db->dialect(), file, options);
            } catch (const ImportError& e) {
                throw UsageError(e.message());
            }
            if (parser.isSet(QStringLiteral("errors"))) {
                QString error;
                if (!report.writeIssuesCsv(parser.value(QStringLiteral("errors")), &error))
                    throw UsageError(QStringLiteral("cannot write %1: %2")
                                         .arg(parser.value(QStringLiteral("errors")), error));
            }
            printReport(report, parser);
            return report.strict && report.skipped > 0 ? 1 : 0;
        }};

    commands()[QStringLiteral("imports")] = {
        QStringLiteral("List the import history."),
        [](QCommandLineParser& parser) {
            parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
        },
        [](const QCommandLineParser& parser) {
            auto db = Database::open(databasePath(parser));
            const auto history = ImportStore(db->connection(), db->dialect()).history();
            QTextStream out(stdout);
            if (parser.isSet(QStringLiteral("json"))) {
                QJsonArray list;
                for (const ImportBatch& b : history)
                    list.append(QJsonObject{{QStringLiteral("id"), static_cast<qint64>(b.id)},
                                            {QStringLiteral("file"), b.fileName},
                                            {QStringLiteral("sha256"), b.fileHash},
                                            {QStringLiteral("sheet"), b.sheet},
                                            {QStringLiteral("kind"), b.kind},
                                            {QStringLiteral("started_at"), b.startedAt.toString(Qt::ISODate)},
                                            {QStringLiteral("rows_read"), static_cast<qint64>(b.rowsRead)},
                                            {QStringLiteral("imported"), static_cast<qint64>(b.imported)},
                                            {QStringLiteral("duplicates"), static_cast<qint64>(b.duplicates)},
                                            {QStringLiteral("skipped"), static_cast<qint64>(b.skipped)},
                                            {QStringLiteral("by"), b.importedBy},
                                            {QStringLiteral("rolled_back"), b.rolledBackAt.isValid()}});
                out << QJsonDocument(list).toJson(QJsonDocument::Compact) << Qt::endl;
            } else {
                for (const ImportBatch& b : history)
                    out << "#" << b.id << "  " << b.startedAt.toString(Qt::ISODate) << "  " << b.kind << "  "
                        << b.fileName << "  imported " << b.imported << ", duplicates " << b.duplicates
                        << ", skipped " << b.skipped
                        << (b.rolledBackAt.isValid() ? QStringLiteral("  (rolled back)") : QString())
                        << Qt::endl;
            }
            return 0;
        }};

    commands()[QStringLiteral("rollback-import")] = {
        QStringLiteral("Undo one import: delete what it added, restore what it changed."),
        [](QCommandLineParser& parser) {
            parser.addPositionalArgument(QStringLiteral("ID"),
                                         QStringLiteral("The import's number (see 'imports')."));
        },
        [](const QCommandLineParser& parser) {
            const QStringList args = parser.positionalArguments();
            bool ok = false;
            const qint64 id = args.value(1).toLongLong(&ok);
            if (!ok)
                throw UsageError(QStringLiteral("rollback-import needs the import's number"));
            auto db = Database::open(databasePath(parser));
            db->backupManager().createBackup(db->connection(), db->dialect(), QStringLiteral("pre-rollback"));
            WriteTransaction transaction(db->connection(), db->dialect());
            const auto result = ImportStore(db->connection(), db->dialect()).rollback(id);
            transaction.commit();
            QTextStream(stdout) << "rolled back import #" << id << ": " << result.rowsDeleted << " rows and "
                                << result.customersDeleted << " customers deleted, " << result.fieldsRestored
                                << " fields restored, " << result.customersKept
                                << " customers kept (used since)" << Qt::endl;
            return 0;
        }};
}

} // namespace clientele::cli
