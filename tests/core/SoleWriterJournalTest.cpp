#include "storage/SoleWriterJournal.h"

#include "TestSupport.h"
#include "storage/CustomerRepository.h"
#include "storage/SqlSupport.h"
#include "storage/WriteTransaction.h"

#include <QFileInfo>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

QString journalMode(const Database& db)
{
    return sql::scalar(db.connection(), QStringLiteral("PRAGMA journal_mode")).toString();
}

} // namespace

TEST(SoleWriterJournal, TheOnlyConnectionWritesThroughTheRollbackJournalAndGetsTheLogBack)
{
    test::TempWorkspace ws;
    auto db = ws.openDatabase();
    ASSERT_EQ(journalMode(*db), QStringLiteral("wal"));
    {
        const SoleWriterJournal journal(db->connection(), db->dialect());
        EXPECT_TRUE(journal.active());
        EXPECT_EQ(journalMode(*db), QStringLiteral("delete"));
        WriteTransaction transaction(db->connection(), db->dialect());
        Customer c;
        c.code = QStringLiteral("J1");
        c.name = QStringLiteral("Journalled");
        CustomerRepository(db->connection(), db->dialect()).insert(c);
        // The write went to the file, its old pages to the journal; the log is not used.
        EXPECT_TRUE(QFileInfo::exists(ws.databasePath() + QStringLiteral("-journal")));
        transaction.commit();
    }
    EXPECT_EQ(journalMode(*db), QStringLiteral("wal"));
    EXPECT_FALSE(QFileInfo::exists(ws.databasePath() + QStringLiteral("-journal")));
    EXPECT_TRUE(CustomerRepository(db->connection(), db->dialect()).findByCode(QStringLiteral("J1")));
}

TEST(SoleWriterJournal, WithAnotherConnectionOpenTheWriteStaysInTheLog)
{
    test::TempWorkspace ws;
    auto db = ws.openDatabase();
    auto other = Database::open(ws.databasePath());
    {
        const SoleWriterJournal journal(db->connection(), db->dialect());
        EXPECT_FALSE(journal.active());
        EXPECT_EQ(journalMode(*db), QStringLiteral("wal"));
        // The connection still waits for locks as before.
        EXPECT_EQ(sql::scalar(db->connection(), QStringLiteral("PRAGMA busy_timeout")).toInt(),
                  SqlDialect::kBusyTimeoutMs);
    }
    EXPECT_EQ(journalMode(*db), QStringLiteral("wal"));
    other.reset();
    const SoleWriterJournal journal(db->connection(), db->dialect());
    EXPECT_TRUE(journal.active());
}
