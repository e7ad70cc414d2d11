#include "DatabaseSession.h"

#include "ScriptedDialogs.h"
#include "TestSupport.h"
#include "generator/SampleDatabaseWriter.h"
#include "model/Customer.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseConnection.h"
#include "storage/DatabaseStatistics.h"
#include "storage/Migrations.h"
#include "storage/SqlSupport.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void addCustomers(Database& db, int count)
{
    CustomerRepository repo(db.connection(), db.dialect());
    for (int i = 0; i < count; ++i) {
        Customer c;
        c.code = QStringLiteral("C%1").arg(i, 4, 10, QLatin1Char('0'));
        c.name = QStringLiteral("Customer %1").arg(i);
        repo.insert(c);
    }
}

std::int64_t customerCount(const Database& db)
{
    return DatabaseStatistics::collect(db.connection()).customers;
}

class DatabaseSessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        m_session.setBackupRoot(m_ws.backupRoot());
        m_session.setDefaultPath(m_ws.path(QStringLiteral("default/clientele.db")));
    }
    void TearDown() override { QSettings().clear(); }

    test::TempWorkspace m_ws;
    ScriptedDialogs m_ui;
    DatabaseSession m_session;
};

TEST_F(DatabaseSessionTest, OpensAnExistingDatabaseAndCountsItOffTheUiThread)
{
    {
        auto db = m_ws.openDatabase();
        addCustomers(*db, 3);
    }
    QSignalSpy ready(&m_session, &DatabaseSession::statisticsReady);
    ASSERT_TRUE(m_session.openFile(m_ws.databasePath()));
    ASSERT_NE(m_session.database(), nullptr);
    EXPECT_EQ(m_session.filePath(), QFileInfo(m_ws.databasePath()).absoluteFilePath());
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_EQ(m_session.statistics().customers, 3);
    EXPECT_TRUE(m_ui.errors.isEmpty());
}

TEST_F(DatabaseSessionTest, MakesTheDailyBackupAfterOpening)
{
    m_ws.openDatabase().reset();
    QSignalSpy backup(&m_session, &DatabaseSession::dailyBackupFinished);
    ASSERT_TRUE(m_session.openFile(m_ws.databasePath()));
    ASSERT_TRUE(backup.wait(10000));
    EXPECT_TRUE(backup.first().first().toBool());
    const auto backups = m_session.database()->backupManager().backups();
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.first().reason, QStringLiteral("daily"));
}

TEST_F(DatabaseSessionTest, DamagedFileIsOfferedTheNewestBackupAndRestoringWorks)
{
    {
        auto db = m_ws.openDatabase();
        addCustomers(*db, 4);
        db->backupManager().createBackup(db->connection(), db->dialect(), QStringLiteral("manual"));
    }
    QFile file(m_ws.databasePath());
    ASSERT_TRUE(file.resize(50)); // truncated: SQLite cannot read it

    m_ui.answers = {true};
    ASSERT_TRUE(m_session.openFile(m_ws.databasePath()));
    ASSERT_EQ(m_ui.questions.size(), 1);
    EXPECT_TRUE(m_ui.questions.first().contains(QDir::toNativeSeparators(m_ws.databasePath())))
        << m_ui.questions.first().toStdString();
    EXPECT_TRUE(m_ui.questions.first().contains(QStringLiteral("Restore")));
    EXPECT_TRUE(m_ui.errors.isEmpty());
    ASSERT_NE(m_session.database(), nullptr);
    EXPECT_EQ(customerCount(*m_session.database()), 4);
    // The damaged file is kept beside the restored one.
    const QStringList kept = QDir(m_ws.path(QString())).entryList({QStringLiteral("test.db.damaged*")});
    EXPECT_EQ(kept.size(), 1) << kept.join(QLatin1Char(' ')).toStdString();
}

TEST_F(DatabaseSessionTest, DamagedFileStaysAsItIsWhenTheRestoreIsDeclined)
{
    {
        auto db = m_ws.openDatabase();
        db->backupManager().createBackup(db->connection(), db->dialect(), QStringLiteral("manual"));
    }
    QFile file(m_ws.databasePath());
    ASSERT_TRUE(file.resize(50));
    const QByteArray before = fileHash(m_ws.databasePath());

    m_ui.answers = {false};
    EXPECT_FALSE(m_session.openFile(m_ws.databasePath()));
    EXPECT_EQ(m_ui.questions.size(), 1);
    EXPECT_EQ(m_session.database(), nullptr);
    EXPECT_EQ(fileHash(m_ws.databasePath()), before);
}

TEST_F(DatabaseSessionTest, DamagedFileWithoutBackupIsExplained)
{
    m_ws.openDatabase().reset();
    QFile file(m_ws.databasePath());
    ASSERT_TRUE(file.resize(50));
    EXPECT_FALSE(m_session.openFile(m_ws.databasePath()));
    EXPECT_TRUE(m_ui.questions.isEmpty());
    ASSERT_EQ(m_ui.errors.size(), 1);
    EXPECT_TRUE(m_ui.errors.first().contains(QStringLiteral("no backup")));
}

TEST_F(DatabaseSessionTest, NewerVersionIsRefusedNamingTheFileAndLeftUnchanged)
{
    m_ws.openDatabase().reset();
    {
        DatabaseConnection connection(m_ws.databasePath(), SqlDialect());
        sql::run(connection.handle(), QStringLiteral("PRAGMA journal_mode = DELETE"));
        sql::run(connection.handle(),
                 QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1));
    }
    const QByteArray before = fileHash(m_ws.databasePath());

    EXPECT_FALSE(m_session.openFile(m_ws.databasePath()));
    EXPECT_EQ(m_session.database(), nullptr);
    EXPECT_TRUE(m_ui.questions.isEmpty()) << "no restore offer for a newer file";
    ASSERT_EQ(m_ui.errors.size(), 1);
    EXPECT_TRUE(m_ui.errors.first().contains(QDir::toNativeSeparators(m_ws.databasePath())));
    EXPECT_TRUE(m_ui.errors.first().contains(QStringLiteral("newer version")));
    EXPECT_EQ(fileHash(m_ws.databasePath()), before);
    EXPECT_FALSE(QFile::exists(m_ws.databasePath() + QStringLiteral("-wal")));
}

TEST_F(DatabaseSessionTest, NotADatabaseIsExplained)
{
    QFile f(m_ws.databasePath());
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("CustomerID,Name\n1,Alice\n");
    f.close();
    EXPECT_FALSE(m_session.openFile(m_ws.databasePath()));
    ASSERT_EQ(m_ui.errors.size(), 1);
    EXPECT_TRUE(m_ui.errors.first().contains(QStringLiteral("not a Clientele database")));
}

TEST_F(DatabaseSessionTest, RecentFilesAreNewestFirstAtMostEightAndPruned)
{
    QStringList paths;
    for (int i = 0; i < 10; ++i) {
        paths << QFileInfo(m_ws.path(QStringLiteral("db%1.clientele").arg(i))).absoluteFilePath();
        ASSERT_TRUE(m_session.createFile(paths.last()));
    }
    QStringList recent = m_session.recentFiles();
    ASSERT_EQ(recent.size(), DatabaseSession::kMaxRecentFiles);
    EXPECT_EQ(recent.first(), paths[9]);
    EXPECT_EQ(recent.last(), paths[2]);

    // Reopening moves a file to the front without duplicating it.
    ASSERT_TRUE(m_session.openFile(paths[5]));
    recent = m_session.recentFiles();
    EXPECT_EQ(recent.first(), paths[5]);
    EXPECT_EQ(recent.count(paths[5]), 1);

    // A file that disappeared is dropped.
    ASSERT_TRUE(QFile::remove(paths[8]));
    recent = m_session.recentFiles();
    EXPECT_FALSE(recent.contains(paths[8]));
    EXPECT_EQ(recent.size(), DatabaseSession::kMaxRecentFiles - 1);
}

TEST_F(DatabaseSessionTest, StartupOpensTheLastOpenedDatabase)
{
    const QString path = QFileInfo(m_ws.path(QStringLiteral("last.clientele"))).absoluteFilePath();
    ASSERT_TRUE(m_session.createFile(path));
    m_session.close();
    ASSERT_TRUE(m_session.openAtStartup());
    EXPECT_EQ(m_session.filePath(), path);
    EXPECT_TRUE(m_ui.questions.isEmpty());
}

TEST_F(DatabaseSessionTest, CreateRefusesAnExistingFile)
{
    {
        auto db = m_ws.openDatabase();
        addCustomers(*db, 2);
    }
    const QByteArray before = fileHash(m_ws.databasePath());
    EXPECT_FALSE(m_session.createFile(m_ws.databasePath()));
    EXPECT_EQ(m_ui.errors.size(), 1);
    EXPECT_EQ(fileHash(m_ws.databasePath()), before);
}

TEST_F(DatabaseSessionTest, FirstRunCreatesTheDefaultDatabaseAndFillsDemoDataOnYes)
{
    m_session.setDemoSpec(SampleSpec{60, 400, 1, true});
    QSignalSpy finished(&m_session, &DatabaseSession::demoDataFinished);
    QSignalSpy contents(&m_session, &DatabaseSession::contentsChanged);
    m_ui.answers = {true};
    ASSERT_TRUE(m_session.openAtStartup());
    EXPECT_TRUE(QFile::exists(m_session.defaultPath()));
    ASSERT_EQ(m_ui.questions.size(), 1);
    EXPECT_TRUE(m_ui.questions.first().contains(QStringLiteral("demo data")));
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(finished.first().first().toBool());
    EXPECT_EQ(contents.size(), 1);
    EXPECT_TRUE(m_ui.errors.isEmpty()) << m_ui.errors.join(QLatin1Char('\n')).toStdString();
    const DatabaseStatistics stats = DatabaseStatistics::collect(m_session.database()->connection());
    EXPECT_EQ(stats.customers, 60);
    EXPECT_EQ(stats.orderLines, 400);
}

TEST_F(DatabaseSessionTest, FirstRunAnsweredNoLeavesAnEmptyDatabase)
{
    m_ui.answers = {false};
    ASSERT_TRUE(m_session.openAtStartup());
    EXPECT_TRUE(QFile::exists(m_session.defaultPath()));
    EXPECT_FALSE(m_session.isFillingDemoData());
    EXPECT_EQ(customerCount(*m_session.database()), 0);
}

TEST_F(DatabaseSessionTest, ClosingDuringDemoDataCancelsItAndWritesNothing)
{
    ASSERT_TRUE(m_session.createFile(m_ws.databasePath()));
    m_session.fillWithDemoData(SampleSpec{20000, 200000, 3, true});
    ASSERT_TRUE(m_session.isFillingDemoData());
    m_session.close(); // waits for the worker, which sees the cancel
    EXPECT_FALSE(m_session.isFillingDemoData());
    auto db = Database::open(m_ws.databasePath(), {Database::IfMissing::Fail, m_ws.backupRoot()});
    EXPECT_EQ(customerCount(*db), 0);
}

TEST_F(DatabaseSessionTest, CancelInTheProgressDialogWritesNothing)
{
    ASSERT_TRUE(m_session.createFile(m_ws.databasePath()));
    QSignalSpy finished(&m_session, &DatabaseSession::demoDataFinished);
    m_session.fillWithDemoData(SampleSpec{20000, 200000, 5, true});
    QProgressDialog* progress = nullptr;
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (auto* dialog = qobject_cast<QProgressDialog*>(widget))
            progress = dialog;
    ASSERT_NE(progress, nullptr);
    auto* cancel = progress->findChild<QPushButton*>();
    ASSERT_NE(cancel, nullptr);
    cancel->click();
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_FALSE(finished.first().first().toBool());
    EXPECT_FALSE(m_session.isFillingDemoData());
    EXPECT_EQ(customerCount(*m_session.database()), 0);
    EXPECT_TRUE(m_ui.errors.isEmpty());
}

TEST_F(DatabaseSessionTest, SaveCopyWritesAnOpenableCopy)
{
    {
        auto db = m_ws.openDatabase();
        addCustomers(*db, 5);
    }
    ASSERT_TRUE(m_session.openFile(m_ws.databasePath()));
    const QString copy = m_ws.path(QStringLiteral("copy.clientele"));
    ASSERT_TRUE(m_session.saveCopy(copy));
    EXPECT_FALSE(m_session.saveCopy(copy)) << "an existing file is not overwritten";
    EXPECT_EQ(m_ui.errors.size(), 1);
    auto db = Database::open(copy, {Database::IfMissing::Fail, m_ws.backupRoot()});
    EXPECT_EQ(customerCount(*db), 5);
    EXPECT_EQ(m_session.filePath(), QFileInfo(m_ws.databasePath()).absoluteFilePath());
}

} // namespace
