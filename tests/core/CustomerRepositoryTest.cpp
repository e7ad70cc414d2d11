#include "storage/CustomerRepository.h"

#include "TestSupport.h"
#include "storage/ActivityRepository.h"
#include "storage/DatabaseStatistics.h"
#include "storage/SqlSupport.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <gtest/gtest.h>

using namespace clientele;

namespace {

Customer makeCustomer(const QString& code, const QString& name, const QString& city = {})
{
    Customer c;
    c.code = code;
    c.name = name;
    c.city = city;
    c.createdOn = QDate(2024, 3, 1);
    return c;
}

class CustomerRepositoryTest : public ::testing::Test
{
protected:
    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
    CustomerRepository repo{db->connection(), db->dialect()};
    ActivityRepository activity{db->connection(), db->dialect()};
};

} // namespace

TEST_F(CustomerRepositoryTest, RoundTripsEveryFieldAndKeepsCodesAsText)
{
    Customer c = makeCustomer(QStringLiteral("00001"), QStringLiteral("A公司"), QStringLiteral("上海"));
    c.kind = CustomerKind::Business;
    c.industry = QStringLiteral("制造业");
    c.region = QStringLiteral("华东");
    c.owner = QStringLiteral("李经理");
    c.email = QStringLiteral("buyer@a-corp.cn");
    c.phone = QStringLiteral("+86 21 5555 0101");
    c.wechat = QStringLiteral("acorp_buyer");
    c.address = QStringLiteral("浦东新区 1 号");
    c.marketingConsent = true;
    c.contactLimitPerMonth = 4;
    c.notes = QStringLiteral("Prefers calls before 10:00");
    repo.insert(c);
    ASSERT_GT(c.id, 0);

    const auto loaded = repo.findById(c.id);
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(loaded->code, QStringLiteral("00001"));
    EXPECT_EQ(loaded->name, c.name);
    EXPECT_EQ(loaded->kind, CustomerKind::Business);
    EXPECT_EQ(loaded->industry, c.industry);
    EXPECT_EQ(loaded->region, c.region);
    EXPECT_EQ(loaded->city, c.city);
    EXPECT_EQ(loaded->owner, c.owner);
    EXPECT_EQ(loaded->email, c.email);
    EXPECT_EQ(loaded->phone, c.phone);
    EXPECT_EQ(loaded->wechat, c.wechat);
    EXPECT_EQ(loaded->address, c.address);
    EXPECT_TRUE(loaded->marketingConsent);
    EXPECT_EQ(loaded->contactLimitPerMonth, 4);
    EXPECT_EQ(loaded->createdOn, QDate(2024, 3, 1));
    EXPECT_EQ(loaded->notes, c.notes);
    EXPECT_EQ(sql::scalar(db->connection(), QStringLiteral("SELECT typeof(code) FROM customer")).toString(),
              QStringLiteral("text"));
}

TEST_F(CustomerRepositoryTest, UpdateAndDelete)
{
    Customer c = makeCustomer(QStringLiteral("C1"), QStringLiteral("Before"));
    repo.insert(c);
    c.name = QStringLiteral("After");
    repo.update(c);
    EXPECT_EQ(repo.findById(c.id)->name, QStringLiteral("After"));
    repo.remove(c.id);
    EXPECT_FALSE(repo.findById(c.id).has_value());
}

TEST_F(CustomerRepositoryTest, DeletingACustomerDeletesTheirActivity)
{
    Customer c = makeCustomer(QStringLiteral("C1"), QStringLiteral("Has orders"));
    repo.insert(c);
    OrderLine line;
    line.customerId = c.id;
    line.orderCode = QStringLiteral("SO-1");
    line.orderedAt = QDateTime(QDate(2024, 1, 5), QTime(10, 0));
    line.amount = 12345;
    activity.insertOrderLine(line);
    Interaction i;
    i.customerId = c.id;
    i.occurredAt = line.orderedAt;
    i.channel = QStringLiteral("phone");
    activity.insertInteraction(i);
    activity.assignTag(c.id, activity.ensureTag(QStringLiteral("VIP"), TagKind::Static));

    repo.remove(c.id);
    const auto stats = DatabaseStatistics::collect(db->connection());
    EXPECT_EQ(stats.customers, 0);
    EXPECT_EQ(stats.orderLines, 0);
    EXPECT_EQ(stats.interactions, 0);
    EXPECT_EQ(stats.tags, 1); // the tag itself stays
}

TEST_F(CustomerRepositoryTest, RefusesInvalidCustomersWithAClearMessage)
{
    Customer noName = makeCustomer(QStringLiteral("C1"), QString());
    try {
        repo.insert(noName);
        FAIL() << "a customer without a name was accepted";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Validation);
        EXPECT_TRUE(e.message().contains(QStringLiteral("name")));
    }
    Customer badMail = makeCustomer(QStringLiteral("C2"), QStringLiteral("X"));
    badMail.email = QStringLiteral("not-an-address");
    EXPECT_THROW(repo.insert(badMail), StorageError);
    EXPECT_EQ(repo.count(), 0);
}

TEST_F(CustomerRepositoryTest, RefusesADuplicateCodeNamingTheOtherCustomer)
{
    Customer first = makeCustomer(QStringLiteral("C1"), QStringLiteral("First"));
    repo.insert(first);
    Customer second = makeCustomer(QStringLiteral("C1"), QStringLiteral("Second"));
    try {
        repo.insert(second);
        FAIL() << "a duplicate code was accepted";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Validation);
        EXPECT_TRUE(e.message().contains(QStringLiteral("First")));
    }
}

TEST_F(CustomerRepositoryTest, PagesSortsAndSearches)
{
    WriteTransaction tx(db->connection(), db->dialect());
    for (int i = 0; i < 250; ++i) {
        Customer c = makeCustomer(QStringLiteral("K%1").arg(i, 4, 10, QLatin1Char('0')),
                                  QStringLiteral("Name %1").arg(999 - i, 4, 10, QLatin1Char('0')),
                                  i % 5 == 0 ? QStringLiteral("杭州") : QStringLiteral("London"));
        repo.insert(c);
    }
    tx.commit();

    EXPECT_EQ(repo.count(), 250);
    CustomerQuery byCode;
    byCode.sortKey = CustomerQuery::SortKey::Code;
    const auto first = repo.page(byCode, 0, 100);
    ASSERT_EQ(first.size(), 100);
    EXPECT_EQ(first.front().code, QStringLiteral("K0000"));
    const auto last = repo.page(byCode, 200, 100);
    ASSERT_EQ(last.size(), 50);
    EXPECT_EQ(last.back().code, QStringLiteral("K0249"));

    CustomerQuery byNameDesc;
    byNameDesc.sortKey = CustomerQuery::SortKey::Name;
    byNameDesc.ascending = false;
    EXPECT_EQ(repo.page(byNameDesc, 0, 1).front().code, QStringLiteral("K0000"));

    CustomerQuery search;
    search.search = QStringLiteral("杭州");
    EXPECT_EQ(repo.count(search), 50);
    search.search = QStringLiteral("k024"); // case-insensitive on codes
    EXPECT_EQ(repo.count(search), 10);
    search.search = QStringLiteral("%"); // wildcards are literal
    EXPECT_EQ(repo.count(search), 0);
}

TEST_F(CustomerRepositoryTest, SearchFindsTags)
{
    Customer a = makeCustomer(QStringLiteral("A"), QStringLiteral("Alpha"));
    Customer b = makeCustomer(QStringLiteral("B"), QStringLiteral("Beta"));
    repo.insert(a);
    repo.insert(b);
    activity.assignTag(b.id, activity.ensureTag(QStringLiteral("高价值"), TagKind::Dynamic));
    CustomerQuery q;
    q.search = QStringLiteral("高价值");
    const auto found = repo.page(q, 0, 10);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.front().code, QStringLiteral("B"));
}

TEST_F(CustomerRepositoryTest, ActivityRoundTrips)
{
    Customer c = makeCustomer(QStringLiteral("C1"), QStringLiteral("Active"));
    repo.insert(c);
    for (int n = 1; n <= 3; ++n) {
        OrderLine line;
        line.customerId = c.id;
        line.orderCode = QStringLiteral("SO-%1").arg(n);
        line.lineNo = 1;
        line.orderedAt = QDateTime(QDate(2024, n, 1), QTime(9, 30));
        line.amount = n == 3 ? -500 : 1000 * n;
        line.status = n == 3 ? OrderStatus::Returned : OrderStatus::Completed;
        line.productName = QStringLiteral("茶叶");
        activity.insertOrderLine(line);
    }
    SurveyResponse s;
    s.customerId = c.id;
    s.answeredAt = QDateTime(QDate(2024, 4, 1), QTime(12, 0));
    s.nps = 9;
    activity.insertSurveyResponse(s);

    const auto lines = activity.orderLinesOf(c.id);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines.front().orderCode, QStringLiteral("SO-3")); // newest first
    EXPECT_EQ(lines.front().amount, -500);
    EXPECT_EQ(lines.front().status, OrderStatus::Returned);
    EXPECT_EQ(lines.front().productName, QStringLiteral("茶叶"));
    const auto surveys = activity.surveyResponsesOf(c.id);
    ASSERT_EQ(surveys.size(), 1);
    EXPECT_EQ(surveys.front().nps, 9);
    EXPECT_FALSE(surveys.front().satisfaction.has_value());

    const auto stats = DatabaseStatistics::collect(db->connection());
    EXPECT_EQ(stats.orders, 3);
    EXPECT_EQ(stats.orderLines, 3);
    EXPECT_EQ(stats.surveys, 1);
}

TEST_F(CustomerRepositoryTest, DuplicateOrderLineIsRefused)
{
    OrderLine line;
    line.orderCode = QStringLiteral("SO-9");
    line.orderedAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0));
    activity.insertOrderLine(line);
    OrderLine again = line;
    EXPECT_THROW(activity.insertOrderLine(again), StorageError);
}

TEST_F(CustomerRepositoryTest, RolledBackTransactionLeavesNothing)
{
    {
        WriteTransaction tx(db->connection(), db->dialect());
        Customer c = makeCustomer(QStringLiteral("T"), QStringLiteral("Temporary"));
        repo.insert(c);
        // no commit: the destructor rolls back
    }
    EXPECT_EQ(repo.count(), 0);
}
