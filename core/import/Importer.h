#pragma once

#include "import/ImportReport.h"
#include "import/ImportSchema.h"
#include "import/ValueParser.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace clientele {

class SqlDialect;

struct ImportOptions
{
    enum class Mode
    {
        Strict,
        Lenient
    };

    ImportKind kind = ImportKind::Orders;
    int sheetIndex = 0;
    QString encoding; // CSV; empty: detect
    // Column index (0-based) -> field key. Empty: mapped from the header names.
    QHash<int, QString> mapping;
    DateOrder dateOrder = DateOrder::Unknown; // Unknown: decided from each column's values
    std::optional<bool> decimalComma;         // nullopt: decided from each column's values
    Mode mode = Mode::Strict;
    QString matchField = QStringLiteral("code"); // customers: code, email, phone or name_city
    bool dryRun = false;
    QString currency = QStringLiteral("CNY");
    QDate summaryAsOf; // summaries: the date their figures refer to (default today)
    QString importedBy;
    QString backupRoot; // empty: the default backup folder
};

struct ImportProgress
{
    enum class Phase
    {
        Analysing,
        Importing,
        Committing
    };
    Phase phase = Phase::Analysing;
    qint64 rows = 0;
    int permille = 0; // of the current phase
};

// Imports one sheet of a spreadsheet file into the database, in ONE write transaction: a cancel, an
// error, a strict-mode rejection or a killed process leaves the database exactly as before. Reads
// the file twice: first to decide each column's date order and decimal symbol from all its values,
// then to import. A dry run does everything and rolls back, so its report is exactly what the
// import would do. Call it on the thread that owns `db`.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    using ProgressCallback = std::function<bool(const ImportProgress&)>; // false = cancel

    // Throws ImportError for a file that cannot be read or mapped (no rows, a required field not
    // mapped, ambiguous dates without a chosen order), StorageError for database failures.
    static ImportReport run(const QSqlDatabase& db,
                            const SqlDialect& dialect,
                            const QString& filePath,
                            const ImportOptions& options,
                            const ProgressCallback& progress = {});

    // Maps header names to fields: column index -> field key. Unrecognised columns are left out.
    static QHash<int, QString> autoMap(ImportKind kind, const QStringList& headers);
    // "a|b|c" of the normalised header names, to find a saved mapping profile again.
    static QString headerSignature(const QStringList& headers);
    static QString mappingToJson(const QHash<int, QString>& mapping, const QStringList& headers);
    // Restores a saved mapping by header name (columns may have moved).
    static QHash<int, QString> mappingFromJson(const QString& json, const QStringList& headers);
};

} // namespace clientele
