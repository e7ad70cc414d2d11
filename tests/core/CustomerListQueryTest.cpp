// The customer list's filters (owner, tag, kind) and sorts in SQL, and the bulk tag/owner changes.

#include "TestSupport.h"
#include "storage/ActivityRepository.h"
#include "storage/CustomerBulkEditor.h"
#include "storage/CustomerRepository.h"
#include "storage/SqlSupport.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>

#include <gtest/gtest.h>
#include <set>

using namespace clientele;

namespace {

class CustomerListQueryTest : public ::testing::Test
{
protected:
    // 30 customers: kind alternates (odd ToC, even ToB), owners cycle Ann/Bo/none, regions R0..R3,
    // industries by i % 5; customers 3, 6, 9, ... carry "vip" (static), 1, 2 carry "new buyer" (dynamic).
    void SetUp() override
    {
        WriteTransaction tx(db->connection(), db->dialect());
        ActivityRepository activity(db->connection(), db->dialect());
        const std::int64_t vip = activity.ensureTag(QStringLiteral("vip"), TagKind::Static);
        const std::int64_t newBuyer = activity.ensureTag(QStringLiteral("new buyer"), TagKind::Dynamic);
        for (int i = 1; i <= kCount; ++i) {
            Customer c;
            c.code = QStringLiteral("C%1").arg(i, 3, 10, QLatin1Char('0'));
            c.name = QStringLiteral("Name %1").arg(i, 3, 10, QLatin1Char('0'));
            c.kind = i % 2 == 0 ? CustomerKind::Business : CustomerKind::Consumer;
            c.owner = i % 3 == 1 ? QStringLiteral("Ann") : i % 3 == 2 ? QStringLiteral("Bo") : QString();
            c.region = QStringLiteral("R%1").arg(i % 4);
            c.industry = QStringLiteral("I%1").arg(i % 5);
            c.createdOn = QDate(2024, 1, 1);
            repo().insert(c);
            ids << c.id;
            if (i % 3 == 0)
                activity.assignTag(c.id, vip);
            if (i <= 2)
                activity.assignTag(c.id, newBuyer);
        }
        tx.commit();
    }

    CustomerRepository repo() const { return CustomerRepository(db->connection(), db->dialect()); }
    CustomerBulkEditor editor() const { return CustomerBulkEditor(db->connection(), db->dialect()); }
    QStringList codes(const CustomerQuery& query) const
    {
        QStringList result;
        for (const Customer& c : repo().page(query, 0, 1000))
            result << c.code;
        return result;
    }
    QStringList tagsOf(std::int64_t id) const { return repo().tagNames({id}).value(id); }

    static constexpr int kCount = 30;
    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
    QList<std::int64_t> ids; // ids[i - 1] is customer i
};

} // namespace

TEST_F(CustomerListQueryTest, FiltersByOwnerTagAndKindAndCountsAlike)
{
    CustomerQuery q;
    q.owner = QStringLiteral("Ann");
    EXPECT_EQ(repo().count(q), 10);
    EXPECT_EQ(codes(q).first(), QStringLiteral("C001"));

    q.owner = QString(); // no owner
    EXPECT_EQ(repo().count(q), 10);
    EXPECT_EQ(codes(q).first(), QStringLiteral("C003"));

    q = {};
    q.tag = QStringLiteral("vip");
    EXPECT_EQ(repo().count(q), 10);
    q.kind = CustomerKind::Business; // vip and even: 6, 12, 18, 24, 30
    EXPECT_EQ(codes(q), (QStringList{"C006", "C012", "C018", "C024", "C030"}));
    EXPECT_EQ(repo().count(q), 5);

    q.owner = QString(); // ... and no owner: all of them (i % 3 == 0)
    EXPECT_EQ(repo().count(q), 5);
    q.owner = QStringLiteral("Ann");
    EXPECT_EQ(repo().count(q), 0);
    EXPECT_TRUE(repo().page(q, 0, 10).isEmpty());

    // With a search too: "C01" matches C010..C019; of those vip: none with Ann -> 0; without owner: 12,
    // 15, 18.
    q = {};
    q.search = QStringLiteral("C01");
    q.tag = QStringLiteral("vip");
    EXPECT_EQ(codes(q), (QStringList{"C012", "C015", "C018"}));

    // A tag name is matched exactly, never as a pattern.
    q = {};
    q.tag = QStringLiteral("v%");
    EXPECT_EQ(repo().count(q), 0);
    q.tag = QStringLiteral("new buyer");
    EXPECT_EQ(codes(q), (QStringList{"C001", "C002"}));
}

TEST_F(CustomerListQueryTest, SortsOnKindRegionAndIndustryWithStableTies)
{
    CustomerQuery q;
    q.sortKey = CustomerQuery::SortKey::Kind;
    const QList<Customer> byKind = repo().page(q, 0, 100);
    ASSERT_EQ(byKind.size(), kCount);
    // "toc" > "tob": ToB first, ties by id.
    EXPECT_EQ(byKind.first().code, QStringLiteral("C002"));
    EXPECT_EQ(byKind.at(14).code, QStringLiteral("C030"));
    EXPECT_EQ(byKind.at(15).code, QStringLiteral("C001"));

    q.sortKey = CustomerQuery::SortKey::Region;
    q.ascending = false;
    const QList<Customer> byRegion = repo().page(q, 0, 100);
    EXPECT_EQ(byRegion.first().region, QStringLiteral("R3"));
    EXPECT_EQ(byRegion.first().code, QStringLiteral("C027")); // descending ties: highest id first
    EXPECT_EQ(byRegion.last().region, QStringLiteral("R0"));

    // Pages never overlap or skip, also with a filter.
    q.sortKey = CustomerQuery::SortKey::Industry;
    q.ascending = true;
    q.kind = CustomerKind::Consumer;
    std::set<QString> seen;
    for (int offset = 0; offset < 15; offset += 4)
        for (const Customer& c : repo().page(q, offset, 4))
            EXPECT_TRUE(seen.insert(c.code).second) << c.code.toStdString();
    EXPECT_EQ(seen.size(), 15u);
}

TEST_F(CustomerListQueryTest, SortingOnKindRegionOrIndustryWalksAnIndex)
{
    // Schema step 5: without these indexes a sort was a full scan plus a sort of every customer.
    for (const QString& column :
         {QStringLiteral("kind"), QStringLiteral("region"), QStringLiteral("industry")}) {
        QSqlQuery plan =
            sql::run(db->connection(), QStringLiteral("EXPLAIN QUERY PLAN SELECT c.id FROM customer c"
                                                      " ORDER BY c.%1 DESC, c.id DESC LIMIT 256")
                                           .arg(column));
        QString steps;
        while (plan.next())
            steps += plan.value(3).toString() + QLatin1Char('\n');
        EXPECT_TRUE(steps.contains(QStringLiteral("customer_%1_idx").arg(column))) << steps.toStdString();
        EXPECT_FALSE(steps.contains(QStringLiteral("TEMP B-TREE"))) << steps.toStdString();
    }
}

TEST_F(CustomerListQueryTest, ForEachVisitsTheWholeQueryInOrder)
{
    CustomerQuery q;
    q.owner = QStringLiteral("Bo");
    q.sortKey = CustomerQuery::SortKey::Code;
    q.ascending = false;
    QStringList visited;
    repo().forEach(q, [&](const Customer& c) {
        visited << c.code;
        return true;
    });
    EXPECT_EQ(visited, codes(q));
    EXPECT_EQ(visited.size(), 10);
    EXPECT_EQ(visited.first(), QStringLiteral("C029"));

    int calls = 0;
    repo().forEach(q, [&](const Customer&) { return ++calls < 3; });
    EXPECT_EQ(calls, 3);
}

TEST_F(CustomerListQueryTest, FindsByIdsInTheGivenOrderAcrossChunks)
{
    QList<std::int64_t> wanted = {ids.at(4), ids.at(0), 999999, ids.at(2)};
    const QList<Customer> found = repo().findByIds(wanted);
    ASSERT_EQ(found.size(), 3);
    EXPECT_EQ(found.at(0).code, QStringLiteral("C005"));
    EXPECT_EQ(found.at(1).code, QStringLiteral("C001"));
    EXPECT_EQ(found.at(2).code, QStringLiteral("C003"));
    EXPECT_EQ(tagsOf(ids.at(2)), QStringList{QStringLiteral("vip")});
    EXPECT_EQ(tagsOf(ids.at(0)), QStringList{QStringLiteral("new buyer")});
}

TEST_F(CustomerListQueryTest, AddsATagOnlyWhereItIsMissingAndSaysWhere)
{
    const QList<std::int64_t> some = {ids.at(0), ids.at(1), ids.at(2)}; // C003 already vip
    TagAssignment added = editor().addTag(some, QStringLiteral(" vip "), TagKind::Dynamic);
    EXPECT_FALSE(added.tagCreated);
    EXPECT_EQ(added.taggedCustomers, (QList<std::int64_t>{ids.at(0), ids.at(1)}));
    CustomerQuery vip;
    vip.tag = QStringLiteral("vip");
    EXPECT_EQ(repo().count(vip), 12);
    // The existing tag kept its kind.
    for (const Tag& t : editor().tags()) {
        if (t.name == QLatin1String("vip")) {
            EXPECT_EQ(t.kind, TagKind::Static);
        }
    }

    TagAssignment created = editor().addTag(some, QStringLiteral("回购"), TagKind::Dynamic);
    EXPECT_TRUE(created.tagCreated);
    EXPECT_EQ(created.taggedCustomers.size(), 3);

    EXPECT_EQ(editor().removeTag(ids, QStringLiteral("回购")), some);
    editor().deleteTagIfUnused(QStringLiteral("回购"));
    for (const Tag& t : editor().tags())
        EXPECT_NE(t.name, QStringLiteral("回购"));
    // A tag still in use is kept.
    editor().deleteTagIfUnused(QStringLiteral("vip"));
    EXPECT_EQ(repo().count(vip), 12);

    EXPECT_THROW(editor().addTag(some, QStringLiteral("  "), TagKind::Static), StorageError);
    EXPECT_THROW(editor().addTag(some, QString(200, QLatin1Char('x')), TagKind::Static), StorageError);
    EXPECT_TRUE(editor().removeTag(some, QStringLiteral("no such tag")).isEmpty());
}

TEST_F(CustomerListQueryTest, AssignsAnOwnerAndPutsEachPreviousOwnerBack)
{
    const QList<OwnerChange> changes = editor().assignOwner(ids, QStringLiteral("Cai"));
    EXPECT_EQ(changes.size(), kCount);
    CustomerQuery cai;
    cai.owner = QStringLiteral("Cai");
    EXPECT_EQ(repo().count(cai), kCount);
    EXPECT_EQ(editor().owners(), QStringList{QStringLiteral("Cai")});
    // Assigning the same owner again changes nothing.
    EXPECT_TRUE(editor().assignOwner(ids, QStringLiteral("Cai")).isEmpty());

    editor().restoreOwners(changes);
    EXPECT_EQ(editor().owners(), (QStringList{QStringLiteral("Ann"), QStringLiteral("Bo")}));
    CustomerQuery none;
    none.owner = QString();
    EXPECT_EQ(repo().count(none), 10);
    EXPECT_EQ(repo().findById(ids.at(0))->owner, QStringLiteral("Ann"));
    EXPECT_EQ(repo().findById(ids.at(2))->owner, QString());

    // Clearing: only customers that had an owner change.
    EXPECT_EQ(editor().assignOwner(ids, QString()).size(), 20);
    EXPECT_EQ(repo().count(none), kCount);
}

TEST_F(CustomerListQueryTest, BulkChangesSpanManyChunks)
{
    // More ids than one IN list holds.
    QList<std::int64_t> many;
    {
        WriteTransaction tx(db->connection(), db->dialect());
        for (int i = 0; i < 1200; ++i) {
            Customer c;
            c.code = QStringLiteral("B%1").arg(i, 5, 10, QLatin1Char('0'));
            c.name = QStringLiteral("Bulk %1").arg(i);
            c.createdOn = QDate(2024, 2, 1);
            repo().insert(c);
            many << c.id;
        }
        tx.commit();
    }
    ASSERT_GT(many.size(), CustomerRepository::kIdsPerStatement * 2);
    EXPECT_EQ(editor().addTag(many, QStringLiteral("bulk"), TagKind::Static).taggedCustomers.size(), 1200);
    CustomerQuery bulk;
    bulk.tag = QStringLiteral("bulk");
    EXPECT_EQ(repo().count(bulk), 1200);
    EXPECT_EQ(repo().findByIds(many).size(), 1200);
    EXPECT_EQ(repo().tagNames(many).size(), 1200);
    EXPECT_EQ(editor().assignOwner(many, QStringLiteral("Dee")).size(), 1200);
    EXPECT_EQ(editor().removeTag(many, QStringLiteral("bulk")).size(), 1200);
    EXPECT_EQ(repo().count(bulk), 0);
}
