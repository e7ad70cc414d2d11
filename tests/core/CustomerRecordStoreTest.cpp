#include "storage/CustomerRecordStore.h"

#include "TestSupport.h"
#include "storage/ActivityRepository.h"
#include "storage/CustomerProfileReader.h"
#include "storage/CustomerRepository.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <gtest/gtest.h>

using namespace clientele;

namespace {

class CustomerRecordStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        WriteTransaction tx(db->connection(), db->dialect());
        customer.code = QStringLiteral("00042");
        customer.name = QStringLiteral("王小姐");
        customer.createdOn = QDate(2024, 1, 2);
        customers.insert(customer);
        for (int n = 1; n <= 7; ++n) {
            OrderLine l;
            l.customerId = customer.id;
            l.orderCode = QStringLiteral("SO-%1").arg((n + 1) / 2);
            l.lineNo = n % 2 + 1;
            l.orderedAt = QDateTime(QDate(2024, 2, n), QTime(12, 0));
            l.amount = -500 + n * 1000;
            l.status = n == 3 ? OrderStatus::Returned : OrderStatus::Completed;
            activity.insertOrderLine(l);
        }
        for (int n = 1; n <= 2; ++n) {
            Interaction i;
            i.customerId = customer.id;
            i.occurredAt = QDateTime(QDate(2024, 3, n), QTime(9, 0));
            i.channel = QStringLiteral("wechat");
            activity.insertInteraction(i);
        }
        SurveyResponse s;
        s.customerId = customer.id;
        s.answeredAt = QDateTime(QDate(2024, 4, 1), QTime(9, 0));
        s.satisfaction = 4;
        activity.insertSurveyResponse(s);
        activity.assignTag(customer.id, activity.ensureTag(QStringLiteral("高价值"), TagKind::Static));
        tx.commit();
    }

    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
    CustomerRepository customers{db->connection(), db->dialect()};
    ActivityRepository activity{db->connection(), db->dialect()};
    CustomerRecordStore store{db->connection(), db->dialect()};
    Customer customer;
};

} // namespace

TEST_F(CustomerRecordStoreTest, TakeThenRestorePutsEverythingBackWithTheSameIds)
{
    const QList<OrderLine> lines = activity.orderLinesOf(customer.id);
    std::optional<CustomerRecord> taken;
    {
        WriteTransaction tx(db->connection(), db->dialect());
        taken = store.take(customer.id);
        tx.commit();
    }
    ASSERT_TRUE(taken.has_value());
    EXPECT_EQ(taken->orderLines.size(), 7);
    EXPECT_EQ(taken->interactions.size(), 2);
    EXPECT_EQ(taken->surveyResponses.size(), 1);
    EXPECT_EQ(taken->tags.size(), 1);
    EXPECT_FALSE(customers.findById(customer.id).has_value());
    EXPECT_TRUE(activity.orderLinesOf(customer.id).isEmpty());

    {
        WriteTransaction tx(db->connection(), db->dialect());
        store.restore(*taken);
        tx.commit();
    }
    const auto back = customers.findById(customer.id);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->code, QStringLiteral("00042"));
    EXPECT_EQ(back->name, customer.name);
    const QList<OrderLine> restored = activity.orderLinesOf(customer.id);
    ASSERT_EQ(restored.size(), lines.size());
    for (qsizetype k = 0; k < lines.size(); ++k) {
        EXPECT_EQ(restored[k].id, lines[k].id);
        EXPECT_EQ(restored[k].amount, lines[k].amount);
        EXPECT_EQ(restored[k].orderedAt, lines[k].orderedAt);
        EXPECT_EQ(restored[k].status, lines[k].status);
    }
    EXPECT_EQ(activity.interactionsOf(customer.id).size(), 2);
    ASSERT_EQ(activity.surveyResponsesOf(customer.id).size(), 1);
    EXPECT_EQ(activity.surveyResponsesOf(customer.id)[0].satisfaction, 4);
    EXPECT_FALSE(activity.surveyResponsesOf(customer.id)[0].nps.has_value());
    ASSERT_EQ(activity.tagsOf(customer.id).size(), 1);
    EXPECT_EQ(activity.tagsOf(customer.id)[0].name, QStringLiteral("高价值"));
}

TEST_F(CustomerRecordStoreTest, FailedRestoreLeavesNothingBehind)
{
    Customer other;
    other.code = QStringLiteral("X1");
    other.name = QStringLiteral("Other");
    other.createdOn = QDate(2024, 1, 1);
    std::optional<CustomerRecord> taken;
    {
        WriteTransaction tx(db->connection(), db->dialect());
        customers.insert(other);
        taken = store.take(customer.id);
        tx.commit();
    }
    // One of the taken order lines' (order code, line number) now belongs to someone else: the restore
    // fails half-way and must leave nothing behind.
    {
        WriteTransaction tx(db->connection(), db->dialect());
        OrderLine clash = taken->orderLines.last();
        clash.customerId = other.id;
        activity.insertOrderLine(clash);
        tx.commit();
    }
    EXPECT_THROW(
        {
            WriteTransaction tx(db->connection(), db->dialect());
            store.restore(*taken);
            tx.commit();
        },
        StorageError);
    EXPECT_FALSE(customers.findById(customer.id).has_value());
    EXPECT_TRUE(activity.interactionsOf(customer.id).isEmpty());
    EXPECT_TRUE(activity.tagsOf(customer.id).isEmpty());
}

TEST_F(CustomerRecordStoreTest, RestoreExplainsAReusedId)
{
    std::optional<CustomerRecord> taken;
    Customer other;
    other.code = QStringLiteral("X1");
    other.name = QStringLiteral("Other");
    other.createdOn = QDate(2024, 1, 1);
    {
        WriteTransaction tx(db->connection(), db->dialect());
        taken = store.take(customer.id);
        customers.insert(other); // SQLite hands out the freed id again
        tx.commit();
    }
    ASSERT_EQ(other.id, customer.id);
    try {
        WriteTransaction tx(db->connection(), db->dialect());
        store.restore(*taken);
        FAIL() << "restore should refuse";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Validation);
        EXPECT_TRUE(e.message().contains(QStringLiteral("Other"))) << e.message().toStdString();
    }
    EXPECT_EQ(customers.findById(customer.id)->code, QStringLiteral("X1"));
}

TEST_F(CustomerRecordStoreTest, ProfileIsBoundedAndCounts)
{
    CustomerProfileReader reader(db->connection(), db->dialect());
    const auto profile = reader.read(customer.id, 5);
    ASSERT_TRUE(profile.has_value());
    EXPECT_EQ(profile->record.orderLines.size(), 5);
    EXPECT_EQ(profile->counts.orderLines, 7);
    EXPECT_EQ(profile->counts.orders, 4); // SO-1 .. SO-4
    EXPECT_TRUE(profile->orderLinesTruncated());
    EXPECT_FALSE(profile->interactionsTruncated());
    EXPECT_EQ(profile->counts.interactions, 2);
    EXPECT_EQ(profile->counts.surveyResponses, 1);
    // Newest first.
    EXPECT_EQ(profile->record.orderLines.first().orderedAt.date(), QDate(2024, 2, 7));
    EXPECT_FALSE(reader.read(customer.id + 1000).has_value());
}
