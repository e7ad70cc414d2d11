#pragma once

#include "storage/BackupManager.h"
#include "storage/DatabaseConnection.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace clientele {

// An open Clientele database file: checked, migrated and ready. Owns the opening thread's connection;
// other threads call openThreadConnection() for their own.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // 'CLNT': marks the file as ours, so another program's SQLite file is refused, not migrated.
    static constexpr int kApplicationId = 0x434C4E54;

    enum class IfMissing
    {
        Fail,
        Create
    };

    struct Options
    {
        IfMissing ifMissing = IfMissing::Fail;
        QString backupRoot; // empty: the platform's application-data folder
    };

    // Opens a database file: refuses files that are not SQLite, not ours, damaged or from a newer
    // version (never modifying them), then enables WAL and migrates older schemas after a backup.
    // The damage check (PRAGMA quick_check) is skipped when IntegrityLedger vouches that the file is
    // as a clean close left it after a check less than a week old.
    // Throws StorageError with a message naming the file.
    static std::unique_ptr<Database> open(const QString& filePath, const Options& options);
    static std::unique_ptr<Database> open(const QString& filePath) { return open(filePath, Options{}); }
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString filePath() const { return m_filePath; }
    QSqlDatabase connection() const { return m_connection->handle(); }
    const SqlDialect& dialect() const { return m_dialect; }
    int schemaVersion() const { return m_schemaVersion; }
    bool wasCreated() const { return m_created; }
    // The backup taken before migrating an older schema; empty if none was needed.
    QString preMigrationBackup() const { return m_preMigrationBackup; }
    // When the file last passed PRAGMA quick_check (now, unless an earlier check was vouched for).
    QDateTime integrityCheckedAt() const { return m_integrityCheckedAt; }
    // True when this open relied on an earlier check instead of running one.
    bool integrityCheckSkipped() const { return m_integrityCheckSkipped; }
    BackupManager backupManager() const { return BackupManager(m_filePath, m_backupRoot); }

    // Writes a consistent copy of the live database to targetPath (VACUUM INTO; never a file copy).
    // Refuses to overwrite an existing file.
    void saveCopy(const QString& targetPath) const;

    // A new connection for a worker thread; use and destroy it on that thread only.
    std::unique_ptr<DatabaseConnection> openThreadConnection() const;

    // The schema version stored in a file, without changing it; -1 if it cannot be read.
    static int storedSchemaVersion(const QString& filePath);

private:
    Database() = default;

    QString m_filePath;
    QString m_backupRoot;
    SqlDialect m_dialect;
    std::unique_ptr<DatabaseConnection> m_connection;
    int m_schemaVersion = 0;
    bool m_created = false;
    QString m_preMigrationBackup;
    QDateTime m_integrityCheckedAt;
    bool m_integrityCheckSkipped = false;
};

} // namespace clientele
