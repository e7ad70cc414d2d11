#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace clientele {

// Remembers that a database file passed PRAGMA quick_check and was then closed cleanly by us, so the
// next open can skip the check (about 1.5 s per million order lines) when the file is exactly as we
// left it. "Exactly" is the file's size, modification time and a hash of sampled pages; a -wal file
// with content (a crash, or another process using the file) or an old check always means a new check.
// SQLite still reports damage it meets later as SQLITE_CORRUPT. The record is kept beside the
// database's backups (BackupManager::backupDirectory), one small file per database.
class IntegrityLedger
{
public:
    // A passed check counts for this long; after that the next open checks again.
    static constexpr int kMaxAgeDays = 7;

    IntegrityLedger(const QString& databasePath, const QString& recordDirectory);

    // When the last check that this record vouches for ran, if the file is still as it was left
    // after it and a check is not due.
    std::optional<QDateTime> vouchedCheck(const QDateTime& now) const;

    // After a clean close: the file as it is now, vouched for by the check that ran at checkedAt.
    void recordCleanClose(const QDateTime& checkedAt) const;
    // While the file is open (it will change): no record vouches for it until the next clean close.
    void forget() const;

    // True when <database>-wal exists and is not empty.
    bool hasPendingWriteAheadLog() const;

private:
    struct Fingerprint
    {
        qint64 size = -1;
        qint64 modifiedMs = -1;
        QByteArray sampledPagesHash;
    };
    Fingerprint fingerprint() const;
    QString recordPath() const;

    QString m_databasePath;
    QString m_recordDirectory;
};

} // namespace clientele
