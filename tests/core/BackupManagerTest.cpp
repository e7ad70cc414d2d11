#include "storage/BackupManager.h"

#include "TestSupport.h"
#include "storage/CustomerRepository.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace clientele;

TEST(BackupManager, BackupIsAConsistentCopyWithOwnerOnlyPermissions)
{
    test::TempWorkspace ws;
    auto db = ws.openDatabase();
    CustomerRepository repo(db->connection(), db->dialect());
    Customer c;
    c.code = QStringLiteral("B1");
    c.name = QStringLiteral("Backed up");
    repo.insert(c);

    BackupManager backups(db->filePath(), ws.backupRoot());
    const QString path = backups.createBackup(db->connection(), db->dialect(), QStringLiteral("manual"));
    ASSERT_TRUE(QFile::exists(path));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".partial")));
    EXPECT_EQ(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), 0);

    auto copy = Database::open(path);
    CustomerRepository copyRepo(copy->connection(), copy->dialect());
    ASSERT_TRUE(copyRepo.findByCode(QStringLiteral("B1")).has_value());
}

TEST(BackupManager, DailyBackupIsMadeOncePerDay)
{
    test::TempWorkspace ws;
    auto db = ws.openDatabase();
    BackupManager backups(db->filePath(), ws.backupRoot());
    EXPECT_TRUE(backups.ensureDailyBackup(db->connection(), db->dialect()));
    EXPECT_FALSE(backups.ensureDailyBackup(db->connection(), db->dialect()));
    ASSERT_EQ(backups.backups().size(), 1);
    EXPECT_EQ(backups.backups().first().reason, QStringLiteral("daily"));
}

TEST(BackupManager, KeepsOnlyTheNewestCopiesOfEachReason)
{
    test::TempWorkspace ws;
    auto db = ws.openDatabase();
    BackupManager backups(db->filePath(), ws.backupRoot());
    for (int i = 0; i < BackupManager::kOthersToKeep + 2; ++i)
        backups.createBackup(db->connection(), db->dialect(), QStringLiteral("pre-import"));
    backups.createBackup(db->connection(), db->dialect(), QStringLiteral("daily"));
    int preImport = 0;
    int daily = 0;
    for (const BackupInfo& info : backups.backups()) {
        preImport += info.reason == QLatin1String("pre-import");
        daily += info.reason == QLatin1String("daily");
    }
    EXPECT_EQ(preImport, BackupManager::kOthersToKeep);
    EXPECT_EQ(daily, 1);
}

TEST(BackupManager, RestoreReplacesADamagedFileAndKeepsItAside)
{
    test::TempWorkspace ws;
    QString backupPath;
    {
        auto db = ws.openDatabase();
        CustomerRepository repo(db->connection(), db->dialect());
        Customer c;
        c.code = QStringLiteral("R1");
        c.name = QStringLiteral("Restored");
        repo.insert(c);
        backupPath =
            db->backupManager().createBackup(db->connection(), db->dialect(), QStringLiteral("daily"));
    }
    QFile damaged(ws.databasePath());
    ASSERT_TRUE(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write("garbage that is not a database");
    damaged.close();
    EXPECT_THROW(Database::open(ws.databasePath()), StorageError);

    BackupManager backups(ws.databasePath(), ws.backupRoot());
    const auto list = backups.backups();
    ASSERT_EQ(list.size(), 1);
    const QString aside = BackupManager::restore(list.first(), ws.databasePath());
    EXPECT_TRUE(QFile::exists(aside));

    auto db = Database::open(ws.databasePath());
    CustomerRepository repo(db->connection(), db->dialect());
    EXPECT_TRUE(repo.findByCode(QStringLiteral("R1")).has_value());
}
