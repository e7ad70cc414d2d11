#include "storage/BackupManager.h"

#include "storage/SqlSupport.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace clientele {

namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::BackupManager", text);
}

// <stem>-<yyyyMMdd-HHmmss>-<reason>.db
const QRegularExpression& backupNamePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^.*-(\\d{8}-\\d{6})-([a-z-]+)\\.db$"));
    return pattern;
}

} // namespace

BackupManager::BackupManager(const QString& databasePath, const QString& backupRoot)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
{
    QString root = backupRoot;
    if (root.isEmpty())
        root = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
    // One folder per database file: its name plus a short hash of its full path.
    const QByteArray hash =
        QCryptographicHash::hash(m_databasePath.toUtf8(), QCryptographicHash::Sha256).toHex().left(10);
    m_directory = root + QLatin1Char('/') + QFileInfo(m_databasePath).completeBaseName() + QLatin1Char('-') +
                  QString::fromLatin1(hash);
}

QString BackupManager::createBackup(const QSqlDatabase& db, const SqlDialect& dialect, const QString& reason)
{
    QDir dir;
    if (!dir.mkpath(m_directory))
        throw StorageError(StorageError::Kind::Io, tr("Cannot create the backup folder %1").arg(m_directory));
    QFile::setPermissions(m_directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QString stamp = QDateTime::currentDateTime().toString(kStampFormat);
    const QString stem = QFileInfo(m_databasePath).completeBaseName();
    QString finalPath = m_directory + QLatin1Char('/') + stem + QLatin1Char('-') + stamp + QLatin1Char('-') +
                        reason + QStringLiteral(".db");
    for (int n = 1; QFileInfo::exists(finalPath); ++n) // two backups in one second
        finalPath = m_directory + QLatin1Char('/') + stem + QLatin1Char('-') +
                    QDateTime::currentDateTime().addSecs(n).toString(kStampFormat) + QLatin1Char('-') +
                    reason + QStringLiteral(".db");
    const QString partialPath = finalPath + QStringLiteral(".partial");
    QFile::remove(partialPath);

    sql::run(db, dialect.backupInto(partialPath));
    QFile::setPermissions(partialPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    {
        // Check the copy before it may replace anything.
        const QString name =
            QStringLiteral("clientele-backup-check-%1").arg(reinterpret_cast<quintptr>(this));
        bool ok = false;
        {
            QSqlDatabase check = QSqlDatabase::addDatabase(dialect.qtDriverName(), name);
            check.setDatabaseName(partialPath);
            check.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (check.open()) {
                QSqlQuery query(check);
                ok = query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next() &&
                     query.value(0).toString() == QLatin1String("ok");
                query.finish();
                check.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        if (!ok) {
            QFile::remove(partialPath);
            throw StorageError(StorageError::Kind::Io,
                               tr("The backup %1 failed its integrity check").arg(finalPath));
        }
    }
    if (!QFile::rename(partialPath, finalPath)) {
        QFile::remove(partialPath);
        throw StorageError(StorageError::Kind::Io, tr("Cannot write the backup %1").arg(finalPath));
    }
    prune(reason);
    return finalPath;
}

bool BackupManager::ensureDailyBackup(const QSqlDatabase& db, const SqlDialect& dialect)
{
    const QDate today = QDate::currentDate();
    for (const BackupInfo& info : backups())
        if (info.reason == QLatin1String("daily") && info.createdAt.date() == today)
            return false;
    createBackup(db, dialect, QStringLiteral("daily"));
    return true;
}

QList<BackupInfo> BackupManager::backups() const
{
    QList<BackupInfo> result;
    const QDir dir(m_directory);
    const QStringList names =
        dir.entryList({QStringLiteral("*.db")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString& name : names) {
        const auto match = backupNamePattern().match(name);
        if (!match.hasMatch())
            continue;
        result.append(
            {dir.filePath(name), QDateTime::fromString(match.captured(1), kStampFormat), match.captured(2)});
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const BackupInfo& a, const BackupInfo& b) { return a.createdAt > b.createdAt; });
    return result;
}

void BackupManager::prune(const QString& reason) const
{
    const int keep = reason == QLatin1String("daily") ? kDailyToKeep : kOthersToKeep;
    int seen = 0;
    for (const BackupInfo& info : backups()) {
        if (info.reason != reason)
            continue;
        if (++seen > keep)
            QFile::remove(info.filePath);
    }
}

QString BackupManager::restore(const BackupInfo& backup, const QString& databasePath)
{
    const QString stamp = QDateTime::currentDateTime().toString(kStampFormat);
    const QString asidePath = databasePath + QStringLiteral(".damaged-") + stamp;
    const QString incomingPath = databasePath + QStringLiteral(".restoring");
    QFile::remove(incomingPath);
    if (!QFile::copy(backup.filePath, incomingPath)) // the backup is a closed file: a copy is safe
        throw StorageError(StorageError::Kind::Io, tr("Cannot read the backup %1").arg(backup.filePath));
    QFile::setPermissions(incomingPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (QFileInfo::exists(databasePath) && !QFile::rename(databasePath, asidePath)) {
        QFile::remove(incomingPath);
        throw StorageError(StorageError::Kind::Io,
                           tr("Cannot move the damaged file %1 aside").arg(databasePath));
    }
    // A stale WAL or shared-memory file belongs to the damaged database, not to the restored one.
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFileInfo::exists(databasePath + suffix))
            QFile::rename(databasePath + suffix, asidePath + suffix);
    if (!QFile::rename(incomingPath, databasePath))
        throw StorageError(StorageError::Kind::Io,
                           tr("Cannot put the backup in place of %1").arg(databasePath));
    return asidePath;
}

} // namespace clientele
