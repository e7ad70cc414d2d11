#include "storage/Database.h"

#include "storage/IntegrityLedger.h"
#include "storage/Migrations.h"
#include "storage/SqlSupport.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace clientele {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3"; // followed by a NUL: 16 bytes
constexpr qint64 kSqliteHeaderSize = 100;

} // namespace

std::unique_ptr<Database> Database::open(const QString& filePath, const Options& options)
{
    const QFileInfo info(filePath);
    std::unique_ptr<Database> db(new Database);
    db->m_filePath = info.absoluteFilePath();
    db->m_backupRoot = options.backupRoot;

    if (!info.exists()) {
        if (options.ifMissing == IfMissing::Fail)
            throw StorageError(StorageError::Kind::NotFound,
                               tr("The database %1 does not exist.").arg(filePath));
        if (!QDir().mkpath(info.absolutePath()))
            throw StorageError(StorageError::Kind::Io,
                               tr("Cannot create the folder %1.").arg(info.absolutePath()));
        db->m_created = true;
    } else if (info.isDir()) {
        throw StorageError(StorageError::Kind::NotADatabase,
                           tr("%1 is a folder, not a database.").arg(filePath));
    } else if (info.size() > 0) {
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly))
            throw StorageError(StorageError::Kind::Io,
                               tr("Cannot read %1: %2").arg(filePath, file.errorString()));
        const QByteArray header = file.read(kSqliteHeaderSize);
        if (!header.startsWith(QByteArray(kSqliteMagic, sizeof kSqliteMagic)))
            throw StorageError(
                StorageError::Kind::NotADatabase,
                tr("%1 is not a Clientele database (it is not an SQLite file).").arg(filePath));
        if (header.size() < kSqliteHeaderSize)
            throw StorageError(StorageError::Kind::Damaged,
                               tr("%1 is damaged: the file is truncated.").arg(filePath));
    }

    db->m_connection = std::make_unique<DatabaseConnection>(db->m_filePath, db->m_dialect);
    const QSqlDatabase handle = db->m_connection->handle();

    int version = 0;
    int applicationId = 0;
    int tableCount = 0;
    try {
        // Read before anything can write: a newer or foreign file must stay untouched.
        version = sql::scalar(handle, db->m_dialect.readSchemaVersion()).toInt();
        applicationId = sql::scalar(handle, QStringLiteral("PRAGMA application_id")).toInt();
        tableCount = sql::scalar(handle, QStringLiteral("SELECT COUNT(*) FROM sqlite_master")).toInt();
    } catch (const StorageError& error) {
        throw StorageError(StorageError::Kind::Damaged,
                           tr("%1 is damaged and cannot be read (%2).").arg(filePath, error.message()));
    }

    if (applicationId != kApplicationId && (applicationId != 0 || tableCount > 0))
        throw StorageError(
            StorageError::Kind::NotADatabase,
            tr("%1 is an SQLite database of another program, not a Clientele database.").arg(filePath));
    const int latest = Migrations::latestVersion();
    if (version > latest)
        throw StorageError(StorageError::Kind::NewerVersion,
                           tr("%1 was written by a newer version of Clientele (data format %2; this version "
                              "reads up to %3). Please update Clientele. The file was not changed.")
                               .arg(filePath)
                               .arg(version)
                               .arg(latest));

    const IntegrityLedger ledger(db->m_filePath, db->backupManager().backupDirectory());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::optional<QDateTime> vouched = ledger.vouchedCheck(now);
    if (!vouched)
        ledger.forget(); // stale: it must not vouch for this file after a failed check either
    if (tableCount > 0 && !vouched) {
        QString verdict;
        try {
            verdict = sql::scalar(handle, QStringLiteral("PRAGMA quick_check")).toString();
        } catch (const StorageError& error) {
            verdict = error.message();
        }
        if (verdict != QLatin1String("ok"))
            throw StorageError(StorageError::Kind::Damaged,
                               tr("%1 is damaged (integrity check: %2).").arg(filePath, verdict.left(200)));
    }

    // The file changes from here on; only a clean close vouches for it again.
    ledger.forget();
    db->m_connection->applySettings();
    const QString journal =
        sql::scalar(handle, db->m_dialect.journalMode(SqlDialect::Journal::WriteAheadLog)).toString();
    if (journal.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qWarning("Clientele: %s stays in journal mode '%s' (WAL unavailable here)", qPrintable(filePath),
                 qPrintable(journal));

    if (version < latest) {
        if (version > 0) {
            BackupManager backups(db->m_filePath, db->m_backupRoot);
            db->m_preMigrationBackup =
                backups.createBackup(handle, db->m_dialect, QStringLiteral("pre-migration"));
        }
        Migrations::apply(handle, db->m_dialect, version, latest);
        sql::run(handle, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        version = latest;
    }
    db->m_schemaVersion = version;
    // Set last: a Database that failed to open must not vouch for its file when destroyed.
    db->m_integrityCheckedAt = vouched.value_or(now);
    db->m_integrityCheckSkipped = vouched.has_value();
    return db;
}

Database::~Database()
{
    if (!m_connection || !m_integrityCheckedAt.isValid())
        return;
    if (const QString checkpoint = m_dialect.checkpointBeforeClose(); !checkpoint.isEmpty()) {
        // Worker threads may still hold connections (they close after the Database); with the log
        // emptied here the file can still be vouched for. A busy log simply stays as it is.
        QSqlQuery q(m_connection->handle());
        q.exec(checkpoint);
    }
    m_connection.reset();
    // With the last connection closed SQLite has checkpointed and removed the -wal file; if another
    // connection or process still has it, the ledger declines to vouch.
    IntegrityLedger(m_filePath, backupManager().backupDirectory()).recordCleanClose(m_integrityCheckedAt);
}

void Database::saveCopy(const QString& targetPath) const
{
    if (QFileInfo::exists(targetPath))
        throw StorageError(StorageError::Kind::Io,
                           tr("%1 already exists; choose a new file name.").arg(targetPath));
    sql::run(connection(), m_dialect.backupInto(QFileInfo(targetPath).absoluteFilePath()));
}

std::unique_ptr<DatabaseConnection> Database::openThreadConnection() const
{
    auto connection = std::make_unique<DatabaseConnection>(m_filePath, m_dialect);
    connection->applySettings();
    return connection;
}

int Database::storedSchemaVersion(const QString& filePath)
{
    try {
        DatabaseConnection connection(filePath, SqlDialect(), DatabaseConnection::Access::ReadOnly);
        return sql::scalar(connection.handle(), connection.dialect().readSchemaVersion()).toInt();
    } catch (const StorageError&) {
        return -1;
    }
}

} // namespace clientele
