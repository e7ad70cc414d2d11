#pragma once

#include "storage/SqlDialect.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace clientele {

struct BackupInfo
{
    QString filePath;
    QDateTime createdAt;
    QString reason; // "daily", "pre-migration", "pre-import", "manual"
};

// Consistent copies of a live database (VACUUM INTO, never a file copy), kept in a per-database folder
// of the user's application data with owner-only permissions. Rolling: the newest 7 daily copies and
// the newest 3 of every other reason are kept.
class BackupManager
{
public:
    static constexpr int kDailyToKeep = 7;
    static constexpr int kOthersToKeep = 3;

    // backupRoot defaults to <AppDataLocation>/backups.
    explicit BackupManager(const QString& databasePath, const QString& backupRoot = QString());

    QString backupDirectory() const { return m_directory; }

    // Writes a backup under a temporary name, checks it, then renames it into place, so an interrupted
    // backup never replaces a good one. Returns the new file's path; throws StorageError on failure.
    QString createBackup(const QSqlDatabase& db, const SqlDialect& dialect, const QString& reason);
    // Makes today's daily backup unless one exists. Returns true when a backup was written.
    bool ensureDailyBackup(const QSqlDatabase& db, const SqlDialect& dialect);

    // Newest first.
    QList<BackupInfo> backups() const;

    // Replaces the (closed) database file with a backup. The replaced file is kept beside it as
    // <name>.damaged-<timestamp>, never deleted. Returns the path the old file was moved to.
    static QString restore(const BackupInfo& backup, const QString& databasePath);

private:
    void prune(const QString& reason) const;

    QString m_databasePath;
    QString m_directory;
};

} // namespace clientele
