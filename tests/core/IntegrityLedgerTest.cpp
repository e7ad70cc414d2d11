#include "storage/IntegrityLedger.h"

#include "TestSupport.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseConnection.h"
#include "storage/SqlSupport.h"
#include "storage/StorageError.h"

#include <QFile>
#include <QSettings>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

void addCustomers(Database& db, int count, int first = 0)
{
    CustomerRepository repo(db.connection(), db.dialect());
    for (int i = first; i < first + count; ++i) {
        Customer c;
        c.code = QStringLiteral("K%1").arg(i, 5, 10, QLatin1Char('0'));
        c.name = QStringLiteral("Customer %1, a name long enough to fill a few pages").arg(i);
        repo.insert(c);
    }
}

QString recordFile(const test::TempWorkspace& ws)
{
    return BackupManager(ws.databasePath(), ws.backupRoot()).backupDirectory() +
           QStringLiteral("/integrity-check.ini");
}

} // namespace

TEST(IntegrityLedger, ACleanlyClosedUnchangedFileIsNotCheckedAgain)
{
    test::TempWorkspace ws;
    QDateTime firstCheck;
    {
        auto db = ws.openDatabase();
        addCustomers(*db, 50);
        firstCheck = db->integrityCheckedAt();
    }
    ASSERT_TRUE(QFile::exists(recordFile(ws)));
    {
        auto db = ws.openDatabase();
        EXPECT_FALSE(db->wasCreated());
        EXPECT_TRUE(db->integrityCheckSkipped());
        EXPECT_EQ(db->integrityCheckedAt(), firstCheck) << "the vouched-for check keeps its own date";
        EXPECT_FALSE(QFile::exists(recordFile(ws))) << "an open file is vouched for by nobody";
        addCustomers(*db, 1, 50);
    }
    // Written by us and closed cleanly: still the same chain of checks.
    auto db = ws.openDatabase();
    EXPECT_TRUE(db->integrityCheckSkipped());
}

TEST(IntegrityLedger, AFileChangedBehindOurBackIsCheckedAndDamageIsFound)
{
    test::TempWorkspace ws;
    {
        auto db = ws.openDatabase();
        addCustomers(*db, 400);
    }
    ASSERT_TRUE(QFile::exists(recordFile(ws)));
    QFile f(ws.databasePath());
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    ASSERT_GT(size, 8 * 4096);
    for (qint64 offset = 2 * 4096; offset < size; offset += 4096) {
        f.seek(offset);
        f.write(QByteArray(64, '\x5a'));
    }
    f.close();
    try {
        ws.openDatabase();
        FAIL() << "the damaged file opened";
    } catch (const StorageError& error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Damaged) << error.what();
    }
    // Neither the old record nor the failed open vouches for the damaged file.
    const QString recordDirectory = BackupManager(ws.databasePath(), ws.backupRoot()).backupDirectory();
    EXPECT_FALSE(IntegrityLedger(ws.databasePath(), recordDirectory)
                     .vouchedCheck(QDateTime::currentDateTimeUtc())
                     .has_value());
}

TEST(IntegrityLedger, AWriteAheadLogLeftByAnotherConnectionMeansACheck)
{
    test::TempWorkspace ws;
    {
        auto db = ws.openDatabase();
        addCustomers(*db, 10);
    }
    // Another process has the file open and has written to it (or crashed mid-way).
    DatabaseConnection other(ws.databasePath(), SqlDialect());
    other.applySettings();
    sql::run(other.handle(), QStringLiteral("PRAGMA journal_mode = WAL"));
    sql::run(other.handle(), QStringLiteral("UPDATE customer SET name = 'changed' WHERE code = 'K00001'"));
    ASSERT_TRUE(IntegrityLedger(ws.databasePath(), QString()).hasPendingWriteAheadLog());
    {
        auto db = ws.openDatabase();
        EXPECT_FALSE(db->integrityCheckSkipped());
    }
    // Our close emptied the log into the file, so the file as it is now was vouched for...
    EXPECT_FALSE(IntegrityLedger(ws.databasePath(), QString()).hasPendingWriteAheadLog());
    EXPECT_TRUE(QFile::exists(recordFile(ws)));
    // ...until the other connection writes again.
    sql::run(other.handle(), QStringLiteral("UPDATE customer SET name = 'again' WHERE code = 'K00002'"));
    auto db = ws.openDatabase();
    EXPECT_FALSE(db->integrityCheckSkipped());
}

TEST(IntegrityLedger, AWorkerConnectionStillOpenAtCloseDoesNotCostTheNextOpenItsCheck)
{
    test::TempWorkspace ws;
    std::unique_ptr<DatabaseConnection> worker;
    {
        auto db = ws.openDatabase();
        addCustomers(*db, 10);
        worker = db->openThreadConnection(); // the GUI's list worker closes after the Database
        sql::scalar(worker->handle(), QStringLiteral("SELECT COUNT(*) FROM customer"));
    }
    worker.reset();
    auto db = ws.openDatabase();
    EXPECT_TRUE(db->integrityCheckSkipped());
}

TEST(IntegrityLedger, ACheckOlderThanAWeekIsRepeated)
{
    test::TempWorkspace ws;
    ws.openDatabase().reset();
    {
        QSettings record(recordFile(ws), QSettings::IniFormat);
        record.setValue(QStringLiteral("checked_at"), QDateTime::currentDateTimeUtc()
                                                          .addDays(-IntegrityLedger::kMaxAgeDays)
                                                          .toString(Qt::ISODateWithMs));
    }
    auto db = ws.openDatabase();
    EXPECT_FALSE(db->integrityCheckSkipped());
    EXPECT_GT(db->integrityCheckedAt(), QDateTime::currentDateTimeUtc().addSecs(-60));
}
