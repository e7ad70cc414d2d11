// The customer list's filters (owner, tag, kind; tier, stage and risk of the latest analysis) and sorts
// in SQL, and the bulk tag/owner changes.

#include "TestSupport.h"
#include "analytics/TierNames.h"
#include "storage/ActivityRepository.h"
#include "storage/CustomerBulkEditor.h"
#include "storage/CustomerRepository.h"
#include "storage/SqlSupport.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>

#include <gtest/gtest.h>
#include <set>
#include <vector>

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

// ---- The latest analysis (snapshot 'current') in the list: its columns, sorts and filters ----------

namespace {

// What the fixture stores as customer i's latest analysis (i = 1..24; 25..30 are not analysed).
struct StoredAnalysis
{
    int i = 0;
    QString tier, stage, risk;
    std::optional<int> recency; // none: never bought (no RFM, P(alive) or CLV either)
    int orders = 0;
    qint64 amount = 0;
    int r = 0, f = 0, m = 0;
    std::optional<double> pAlive;
    std::optional<qint64> clv;
};

class CustomerListAnalysisTest : public CustomerListQueryTest
{
protected:
    static constexpr int kAnalysed = 24;

    void SetUp() override
    {
        CustomerListQueryTest::SetUp();
        const QStringList tiers{"high_value", "potential", "low_value", "churn_risk"};
        const QStringList stages{"prospect", "new", "active", "mature", "dormant", "churned", "won_back"};
        const QStringList risks{"low", "medium", "high"};
        WriteTransaction tx(db->connection(), db->dialect());
        sql::run(db->connection(),
                 QStringLiteral("INSERT INTO analysis_snapshot (period, as_of, scheme, tier_model, customers,"
                                " created_at) VALUES ('current', '2024-06-30', 's', 't', 24, '2024-07-01')"));
        for (int i = 1; i <= kAnalysed; ++i) {
            StoredAnalysis a;
            a.i = i;
            // Customer 23 has a tier no built-in model gives: it sorts after the known ones.
            a.tier = i == 23 ? QStringLiteral("custom_band") : tiers.at(i % 4);
            a.stage = stages.at(i % 7);
            a.risk = risks.at(i % 3);
            a.orders = i % 6;
            a.amount = (i * 37 % 31) * 1000 + i; // distinct
            if (i % 5 != 0) {
                a.recency = (i * 13) % 50; // with ties
                a.r = 1 + i % 5;
                a.f = 1 + (i / 5) % 5;
                a.m = 1 + (i * 3) % 5;
                a.pAlive = (i % 10) / 10.0; // with ties
                a.clv = qint64(i % 7) * 10000;
            }
            const auto orNull = [](const auto& value) {
                return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
            };
            sql::run(
                db->connection(),
                QStringLiteral("INSERT INTO customer_snapshot (period, customer_id, recency_days, orders,"
                               " net_amount_minor, r, f, m, tier, stage, p_alive, clv_minor, risk_level)"
                               " VALUES ('current', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {QVariant::fromValue<qint64>(ids.at(i - 1)), orNull(a.recency), a.orders,
                 QVariant::fromValue<qint64>(a.amount), a.r ? QVariant(a.r) : QVariant(),
                 a.f ? QVariant(a.f) : QVariant(), a.m ? QVariant(a.m) : QVariant(), a.tier, a.stage,
                 a.pAlive ? QVariant(*a.pAlive) : QVariant(), a.clv ? QVariant(*a.clv) : QVariant(), a.risk});
            stored << a;
        }
        // An older period's snapshot must not leak into the list.
        sql::run(db->connection(),
                 QStringLiteral("INSERT INTO analysis_snapshot (period, as_of, scheme, tier_model, customers,"
                                " created_at) VALUES ('2024Q1', '2024-03-31', 's', 't', 1, '2024-04-01')"));
        sql::run(db->connection(),
                 QStringLiteral(
                     "INSERT INTO customer_snapshot (period, customer_id, orders, net_amount_minor,"
                     " tier, stage, risk_level) VALUES ('2024Q1', ?, 99, 1, 'lost', 'churned', 'high')"),
                 {QVariant::fromValue<qint64>(ids.at(kCount - 1))});
        tx.commit();
    }

    // The sort value the list should use for customer i (none: no value, sorts last).
    static std::optional<double> keyOf(CustomerQuery::SortKey key, const StoredAnalysis* a)
    {
        if (!a)
            return std::nullopt;
        const auto rank = [](const QStringList& codes, const QString& code) {
            const qsizetype at = codes.indexOf(code);
            return double(at < 0 ? codes.size() : at);
        };
        switch (key) {
        case CustomerQuery::SortKey::Tier:
            return rank(TierNames::knownCodes(), a->tier);
        case CustomerQuery::SortKey::Stage:
            return rank({"prospect", "new", "active", "mature", "dormant", "churned", "won_back"}, a->stage);
        case CustomerQuery::SortKey::RiskLevel:
            return rank({"low", "medium", "high"}, a->risk);
        case CustomerQuery::SortKey::Rfm:
            return a->r ? std::optional<double>(a->r * 100 + a->f * 10 + a->m) : std::nullopt;
        case CustomerQuery::SortKey::Recency:
            return a->recency ? std::optional<double>(*a->recency) : std::nullopt;
        case CustomerQuery::SortKey::Orders:
            return a->orders;
        case CustomerQuery::SortKey::Amount:
            return double(a->amount);
        case CustomerQuery::SortKey::PAlive:
            return a->pAlive;
        case CustomerQuery::SortKey::Clv:
            return a->clv ? std::optional<double>(double(*a->clv)) : std::nullopt;
        default:
            return std::nullopt;
        }
    }

    // Codes in the order the list must give: by value in the direction asked, ties by id the same way,
    // customers without a value last in both directions.
    QStringList expectedOrder(CustomerQuery::SortKey key, bool ascending, const QList<int>& members) const
    {
        struct Entry
        {
            int i;
            std::optional<double> value;
        };
        QList<Entry> entries;
        for (int i : members)
            entries.append({i, keyOf(key, i <= kAnalysed ? &stored.at(i - 1) : nullptr)});
        std::sort(entries.begin(), entries.end(), [ascending](const Entry& a, const Entry& b) {
            if (a.value.has_value() != b.value.has_value())
                return a.value.has_value();
            if (a.value && *a.value != *b.value)
                return ascending ? *a.value < *b.value : *a.value > *b.value;
            return ascending ? a.i < b.i : a.i > b.i;
        });
        QStringList result;
        for (const Entry& e : entries)
            result << QStringLiteral("C%1").arg(e.i, 3, 10, QLatin1Char('0'));
        return result;
    }

    static QList<int> all()
    {
        QList<int> members;
        for (int i = 1; i <= kCount; ++i)
            members << i;
        return members;
    }

    QList<StoredAnalysis> stored; // stored[i - 1] is customer i's
};

} // namespace

TEST_F(CustomerListAnalysisTest, SortsOnEveryAnalysisColumnWithTheUnanalysedLastBothWays)
{
    const CustomerQuery::SortKey keys[] = {
        CustomerQuery::SortKey::Tier,    CustomerQuery::SortKey::Stage,  CustomerQuery::SortKey::Rfm,
        CustomerQuery::SortKey::Recency, CustomerQuery::SortKey::Orders, CustomerQuery::SortKey::Amount,
        CustomerQuery::SortKey::PAlive,  CustomerQuery::SortKey::Clv,    CustomerQuery::SortKey::RiskLevel};
    for (const CustomerQuery::SortKey key : keys) {
        for (const bool ascending : {true, false}) {
            CustomerQuery q;
            q.sortKey = key;
            q.ascending = ascending;
            const QStringList expected = expectedOrder(key, ascending, all());
            EXPECT_EQ(codes(q), expected) << int(key) << (ascending ? " asc" : " desc");
            // Customers 25..30 are not analysed: they come after every customer with a value.
            int withValue = 0;
            for (int i = 1; i <= kAnalysed; ++i)
                withValue += keyOf(key, &stored.at(i - 1)) ? 1 : 0;
            for (int i = kAnalysed + 1; i <= kCount; ++i)
                EXPECT_GE(expected.indexOf(QStringLiteral("C%1").arg(i, 3, 10, QLatin1Char('0'))), withValue);
            // Paged the same way, and forEach agrees with the pages.
            QStringList paged;
            for (int offset = 0; offset < kCount; offset += 7)
                for (const CustomerListRow& row : repo().listPage(q, offset, 7))
                    paged << row.customer.code;
            EXPECT_EQ(paged, expected) << int(key);
            QStringList visited;
            repo().forEach(q, [&visited](const Customer& c) {
                visited << c.code;
                return true;
            });
            EXPECT_EQ(visited, expected) << int(key);
        }
    }
}

TEST_F(CustomerListAnalysisTest, ListPageCarriesTheCurrentAnalysisOnly)
{
    CustomerQuery q;
    q.sortKey = CustomerQuery::SortKey::Code;
    const QList<CustomerListRow> rows = repo().listPage(q, 0, 100);
    ASSERT_EQ(rows.size(), kCount);
    ASSERT_TRUE(rows.at(0).analysis.has_value());
    const CustomerSnapshot& first = *rows.at(0).analysis;
    EXPECT_EQ(first.tier, QStringLiteral("potential")); // 1 % 4 == 1
    EXPECT_EQ(first.stage, QStringLiteral("new"));
    EXPECT_EQ(first.riskLevel, QStringLiteral("medium"));
    EXPECT_EQ(first.recencyDays, std::optional<int>(13));
    EXPECT_EQ(first.netAmountMinor, stored.at(0).amount);
    EXPECT_EQ(first.r, 2);
    EXPECT_EQ(first.clvMinor, std::optional<qint64>(10000));
    // Never bought: stage and tier, but no recency, score, P(alive) or CLV.
    ASSERT_TRUE(rows.at(4).analysis.has_value());
    EXPECT_FALSE(rows.at(4).analysis->recencyDays.has_value());
    EXPECT_EQ(rows.at(4).analysis->r, 0);
    EXPECT_FALSE(rows.at(4).analysis->pAlive.has_value());
    EXPECT_FALSE(rows.at(4).analysis->clvMinor.has_value());
    // Not in the current snapshot (customer 30 is only in 2024Q1's).
    for (int i = kAnalysed; i < kCount; ++i)
        EXPECT_FALSE(rows.at(i).analysis.has_value()) << i;

    const QHash<std::int64_t, CustomerSnapshot> some =
        repo().currentAnalyses({ids.at(0), ids.at(29), ids.at(5)});
    EXPECT_EQ(some.size(), 2);
    EXPECT_EQ(some.value(ids.at(5)).tier, QStringLiteral("low_value"));
    EXPECT_FALSE(some.contains(ids.at(29)));

    const CustomerAnalysisCodes codes = repo().currentAnalysisCodes();
    EXPECT_EQ(codes.tiers,
              (QStringList{"churn_risk", "custom_band", "high_value", "low_value", "potential"}));
    EXPECT_EQ(codes.stages.size(), 7);
    EXPECT_EQ(codes.riskLevels, (QStringList{"high", "low", "medium"}));
}

TEST_F(CustomerListAnalysisTest, FiltersByTierStageAndRiskWithSearchAndOtherFilters)
{
    const auto matching = [this](const std::function<bool(const StoredAnalysis&)>& pick) {
        QList<int> members;
        for (const StoredAnalysis& a : stored)
            if (pick(a))
                members << a.i;
        return members;
    };
    CustomerQuery q;
    q.sortKey = CustomerQuery::SortKey::Amount;
    q.ascending = false;
    q.tier = QStringLiteral("potential");
    QList<int> expected =
        matching([](const StoredAnalysis& a) { return a.tier == QLatin1String("potential"); });
    EXPECT_EQ(repo().count(q), expected.size());
    EXPECT_EQ(codes(q), expectedOrder(q.sortKey, false, expected));

    // With a search: "C01" is C010..C019.
    q.search = QStringLiteral("C01");
    expected = matching([](const StoredAnalysis& a) {
        return a.tier == QLatin1String("potential") && a.i >= 10 && a.i <= 19;
    });
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_EQ(repo().count(q), expected.size());
    EXPECT_EQ(codes(q), expectedOrder(q.sortKey, false, expected));

    // Stage and risk level together, with the kind filter and a sort on a customer column.
    q = {};
    q.stage = QStringLiteral("active");
    q.riskLevel = QStringLiteral("high");
    q.kind = CustomerKind::Business;
    q.sortKey = CustomerQuery::SortKey::Code;
    QStringList wanted;
    for (const StoredAnalysis& a : stored)
        if (a.stage == QLatin1String("active") && a.risk == QLatin1String("high") && a.i % 2 == 0)
            wanted << QStringLiteral("C%1").arg(a.i, 3, 10, QLatin1Char('0'));
    ASSERT_FALSE(wanted.isEmpty());
    EXPECT_EQ(codes(q), wanted);
    EXPECT_EQ(repo().count(q), wanted.size());

    // The older snapshot's "lost" tier is not the current one.
    q = {};
    q.tier = QStringLiteral("lost");
    EXPECT_EQ(repo().count(q), 0);
}

TEST_F(CustomerListAnalysisTest, ListStartGivesTheCountAndTheFirstRowsOfAnyQuery)
{
    // With a search the count comes from the page's own scan (COUNT(*) OVER ()); without, from COUNT(*).
    std::vector<CustomerQuery> queries(6);
    queries[1].search = QStringLiteral("C01");
    queries[2].search = QStringLiteral("C0");
    queries[2].sortKey = CustomerQuery::SortKey::Clv;
    queries[2].ascending = false;
    queries[3].search = QStringLiteral("C0");
    queries[3].tier = QStringLiteral("potential");
    queries[3].sortKey = CustomerQuery::SortKey::Tier;
    queries[4].search = QStringLiteral("no such customer");
    queries[5].tier = QStringLiteral("potential");
    queries[5].sortKey = CustomerQuery::SortKey::Amount;
    for (std::size_t i = 0; i < queries.size(); ++i) {
        const CustomerQuery& q = queries.at(i);
        for (const int limit : {4, 100}) {
            const CustomerListSlice slice = repo().listStart(q, limit);
            EXPECT_EQ(slice.total, repo().count(q)) << i << " limit " << limit;
            const QList<CustomerListRow> page = repo().listPage(q, 0, limit);
            ASSERT_EQ(slice.rows.size(), page.size()) << i << " limit " << limit;
            for (qsizetype row = 0; row < page.size(); ++row) {
                EXPECT_EQ(slice.rows.at(row).customer.code, page.at(row).customer.code)
                    << i << " row " << row;
                EXPECT_EQ(slice.rows.at(row).analysis.has_value(), page.at(row).analysis.has_value());
            }
        }
    }
}
