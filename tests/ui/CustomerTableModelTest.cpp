#include "customers/CustomerTableModel.h"

#include "CustomerListWait.h"
#include "CustomerTestData.h"
#include "TestSupport.h"
#include "analytics/TierNames.h"
#include "customers/CustomerListLoader.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QThread>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

constexpr int kCustomers = 600;

class CustomerTableModelTest : public ::testing::Test
{
protected:
    void SetUp() override { test::insertCustomers(*db, kCustomers); }

    QString codeAt(const CustomerTableModel& model, int row) const
    {
        return model.data(model.index(row, CustomerTableModel::Code)).toString();
    }
    // Lets the worker's results in; every step of the list is asynchronous.
    static void settle(const CustomerTableModel& model) { ASSERT_TRUE(test::waitForList(model)); }
    static void fetchAll(CustomerTableModel& model)
    {
        settle(model);
        while (model.canFetchMore()) {
            model.fetchMore();
            settle(model);
        }
    }

    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
};

} // namespace

TEST_F(CustomerTableModelTest, FetchesLazilyOnePageAtATime)
{
    CustomerTableModel model(db.get());
    settle(model);
    EXPECT_EQ(model.rowCount(), CustomerTableModel::kPageSize);
    EXPECT_EQ(model.totalCount(), kCustomers);
    ASSERT_TRUE(model.canFetchMore());

    model.fetchMore();
    settle(model);
    EXPECT_EQ(model.rowCount(), 2 * CustomerTableModel::kPageSize);
    model.fetchMore();
    settle(model);
    EXPECT_EQ(model.rowCount(), kCustomers);
    EXPECT_FALSE(model.canFetchMore());

    // Every customer is reached exactly once across the pages.
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.data(model.index(row, 0), CustomerTableModel::IdRole).toLongLong());
    EXPECT_EQ(ids.size(), kCustomers);
}

TEST_F(CustomerTableModelTest, ReadsOnTheWorkerAndAsksForEachPageOnce)
{
    CustomerTableModel model(db.get());
    QSignalSpy pages(model.loader(), &CustomerListLoader::pageLoaded);
    QSignalSpy finished(&model, &CustomerTableModel::queryFinished);
    // The call returns before anything is read: no rows yet, a read on its way.
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(model.isLoading());
    EXPECT_FALSE(model.canFetchMore());
    ASSERT_TRUE(finished.wait(10000));
    settle(model);
    EXPECT_EQ(model.rowCount(), CustomerTableModel::kPageSize);

    // A view asks again and again while it scrolls: only the first call sends for the page.
    model.fetchMore();
    EXPECT_FALSE(model.canFetchMore());
    model.fetchMore();
    model.fetchMore();
    EXPECT_EQ(model.rowCount(), CustomerTableModel::kPageSize); // not there yet
    settle(model);
    EXPECT_EQ(pages.count(), 1);
    EXPECT_EQ(model.rowCount(), 2 * CustomerTableModel::kPageSize);
    EXPECT_EQ(model.totalCount(), kCustomers);
}

TEST_F(CustomerTableModelTest, DropsTheResultOfASupersededQuery)
{
    CustomerTableModel model(db.get());
    settle(model);
    QSignalSpy resets(&model, &CustomerTableModel::listReset);
    QSignalSpy dropped(&model, &CustomerTableModel::staleResultDropped);

    // The search for "chengdu" is read to the end (its result is queued to this thread) before the
    // search for "C0012" supersedes it; the event loop does not run in between.
    const int before = model.loader()->completedRequests();
    model.setSearch(QStringLiteral("chengdu"));
    const QDeadlineTimer deadline(10000);
    while (model.loader()->completedRequests() == before && !deadline.hasExpired())
        QThread::msleep(1);
    ASSERT_GT(model.loader()->completedRequests(), before);
    model.setSearch(QStringLiteral("C0012"));
    settle(model);

    EXPECT_EQ(dropped.count(), 1);
    EXPECT_EQ(resets.count(), 1); // the newer query's rows only
    EXPECT_EQ(model.totalCount(), 10);
    ASSERT_EQ(model.rowCount(), 10);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_TRUE(codeAt(model, row).startsWith(QStringLiteral("C0012"))) << row;

    // A page of the previous order that arrives after a new sort is dropped too, not appended.
    model.setSearch(QString());
    settle(model);
    model.fetchMore();
    model.sort(CustomerTableModel::Code, Qt::DescendingOrder);
    settle(model);
    EXPECT_EQ(model.rowCount(), CustomerTableModel::kPageSize);
    EXPECT_EQ(codeAt(model, 0), QStringLiteral("C00600"));
    EXPECT_EQ(codeAt(model, CustomerTableModel::kPageSize - 1), QStringLiteral("C00345"));
}

TEST_F(CustomerTableModelTest, WithoutADatabaseIsEmpty)
{
    CustomerTableModel model;
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.canFetchMore());
    model.setDatabase(db.get());
    settle(model);
    EXPECT_EQ(model.rowCount(), CustomerTableModel::kPageSize);
}

TEST_F(CustomerTableModelTest, SortsByColumnBothWaysInSql)
{
    CustomerTableModel model(db.get());
    settle(model);
    model.sort(CustomerTableModel::Code, Qt::AscendingOrder);
    settle(model);
    EXPECT_EQ(codeAt(model, 0), QStringLiteral("C00001"));
    fetchAll(model);
    EXPECT_EQ(codeAt(model, model.rowCount() - 1), QStringLiteral("C00600"));

    model.sort(CustomerTableModel::Code, Qt::DescendingOrder);
    settle(model);
    EXPECT_EQ(model.rowCount(), CustomerTableModel::kPageSize); // reset to one page
    EXPECT_EQ(codeAt(model, 0), QStringLiteral("C00600"));
    fetchAll(model);
    EXPECT_EQ(codeAt(model, model.rowCount() - 1), QStringLiteral("C00001"));

    // Names run opposite to codes.
    model.sort(CustomerTableModel::Name, Qt::AscendingOrder);
    settle(model);
    EXPECT_EQ(codeAt(model, 0), QStringLiteral("C00600"));
    EXPECT_EQ(model.data(model.index(0, CustomerTableModel::Name)).toString(), QStringLiteral("Name 00001"));
    model.sort(CustomerTableModel::Name, Qt::DescendingOrder);
    settle(model);
    EXPECT_EQ(codeAt(model, 0), QStringLiteral("C00001"));

    model.sort(CustomerTableModel::City, Qt::DescendingOrder);
    settle(model);
    EXPECT_EQ(model.data(model.index(0, CustomerTableModel::City)).toString(), QStringLiteral("Shanghai"));
    fetchAll(model);
    EXPECT_EQ(model.data(model.index(model.rowCount() - 1, CustomerTableModel::City)).toString(),
              QStringLiteral("Beijing"));
}

TEST_F(CustomerTableModelTest, SearchesCodeNameCityAndTagInSql)
{
    CustomerTableModel model(db.get());
    settle(model);
    QSignalSpy resets(&model, &CustomerTableModel::listReset);

    model.setSearch(QStringLiteral("chengdu"));
    settle(model);
    EXPECT_EQ(model.totalCount(), kCustomers / 3);
    EXPECT_EQ(model.rowCount(), kCustomers / 3 < CustomerTableModel::kPageSize
                                    ? kCustomers / 3
                                    : CustomerTableModel::kPageSize);
    EXPECT_EQ(model.data(model.index(0, CustomerTableModel::City)).toString(), QStringLiteral("Chengdu"));

    model.setSearch(QStringLiteral("C0012"));
    settle(model);
    EXPECT_EQ(model.totalCount(), 10); // C00120..C00129

    model.setSearch(QStringLiteral("Name 00600"));
    settle(model);
    ASSERT_EQ(model.totalCount(), 1);
    EXPECT_EQ(codeAt(model, 0), QStringLiteral("C00001"));

    model.setSearch(QStringLiteral("vip"));
    settle(model);
    EXPECT_EQ(model.totalCount(), kCustomers / 10);

    model.setSearch(QStringLiteral("50%"));
    settle(model);
    EXPECT_EQ(model.totalCount(), 0); // a literal %, not a wildcard

    model.setSearch(QString());
    settle(model);
    EXPECT_EQ(model.totalCount(), kCustomers);
    EXPECT_EQ(resets.count(), 6);
}

TEST_F(CustomerTableModelTest, GivesRawValuesAndTranslatedLabels)
{
    CustomerTableModel model(db.get());
    settle(model);
    model.sort(CustomerTableModel::Code, Qt::AscendingOrder);
    settle(model);
    // C00002 is even: ToB.
    const QModelIndex kind = model.index(1, CustomerTableModel::Kind);
    EXPECT_EQ(kind.data(CustomerTableModel::RawValueRole).toString(), QStringLiteral("tob"));
    EXPECT_EQ(kind.data().toString(), QStringLiteral("ToB"));
    EXPECT_EQ(model.index(1, CustomerTableModel::Created).data(CustomerTableModel::RawValueRole).toString(),
              QStringLiteral("2023-01-03"));
    EXPECT_EQ(model.headerData(CustomerTableModel::Code, Qt::Horizontal).toString(), QStringLiteral("Code"));
    EXPECT_EQ(model.columnCount(), CustomerTableModel::ColumnCount);
}

TEST_F(CustomerTableModelTest, ReloadKeepsTheRowsAlreadyLoaded)
{
    CustomerTableModel model(db.get());
    settle(model);
    model.fetchMore();
    settle(model);
    model.reload();
    settle(model);
    EXPECT_EQ(model.rowCount(), 2 * CustomerTableModel::kPageSize);
    EXPECT_EQ(model.totalCount(), kCustomers);
}

// ---- The columns of the latest analysis -----------------------------------------------------------

namespace {

constexpr int kAnalysed = 500; // of kCustomers: the last 100 have no analysis yet

class CustomerTableModelAnalysisTest : public CustomerTableModelTest
{
protected:
    void SetUp() override
    {
        CustomerTableModelTest::SetUp();
        test::installEnglish();
        test::storeCurrentAnalysis(*db, kAnalysed);
    }
    static QVariant raw(const CustomerTableModel& model, int row, int column)
    {
        return model.data(model.index(row, column), CustomerTableModel::RawValueRole);
    }
    static QString shown(const CustomerTableModel& model, int row, int column)
    {
        return model.data(model.index(row, column)).toString();
    }
};

// The order the list uses for the code columns: TierNames' order, lifecycle order, low → high.
double rankOf(int column, const QVariant& value)
{
    if (column == CustomerTableModel::Tier || column == CustomerTableModel::Stage ||
        column == CustomerTableModel::Risk)
        return double(TierNames::knownCodes().indexOf(value.toString()));
    if (column == CustomerTableModel::Rfm)
        return value.toString().toDouble();
    return value.toDouble();
}

} // namespace

TEST_F(CustomerTableModelAnalysisTest, ShowsTheAnalysisTranslatedFormattedAndRightAligned)
{
    CustomerTableModel model(db.get());
    settle(model);
    model.sort(CustomerTableModel::Code, Qt::AscendingOrder);
    settle(model);
    // C00006: 6 % 4 == 2 → low_value, 6 % 7 == 6 → won_back, 6 % 3 == 0 → low.
    EXPECT_EQ(raw(model, 5, CustomerTableModel::Tier).toString(), QStringLiteral("low_value"));
    EXPECT_EQ(shown(model, 5, CustomerTableModel::Tier), QStringLiteral("Low-value"));
    EXPECT_EQ(shown(model, 5, CustomerTableModel::Stage), QStringLiteral("Won back"));
    EXPECT_EQ(shown(model, 5, CustomerTableModel::Risk), QStringLiteral("Low risk"));
    EXPECT_EQ(shown(model, 5, CustomerTableModel::Rfm), QStringLiteral("221")); // 1+6%5, 1+6/5%5, 1+6%3
    EXPECT_EQ(raw(model, 5, CustomerTableModel::Recency).toInt(), 6);
    EXPECT_EQ(shown(model, 5, CustomerTableModel::Orders), QStringLiteral("7"));
    EXPECT_EQ(raw(model, 5, CustomerTableModel::Amount).toLongLong(), 600000);
    EXPECT_EQ(shown(model, 5, CustomerTableModel::Amount), QStringLiteral("¥6,000.00"));
    EXPECT_EQ(shown(model, 5, CustomerTableModel::PAlive), QStringLiteral("60%"));
    EXPECT_EQ(shown(model, 5, CustomerTableModel::Clv), QStringLiteral("¥600.00"));
    const auto alignment = [&model](int column) {
        return model.data(model.index(5, column), Qt::TextAlignmentRole).value<Qt::Alignment>();
    };
    for (int column : {CustomerTableModel::Recency, CustomerTableModel::Orders, CustomerTableModel::Amount,
                       CustomerTableModel::PAlive, CustomerTableModel::Clv})
        EXPECT_TRUE(alignment(column) & Qt::AlignRight) << column;
    EXPECT_FALSE(alignment(CustomerTableModel::Tier) & Qt::AlignRight);
    EXPECT_EQ(model.headerData(CustomerTableModel::PAlive, Qt::Horizontal).toString(),
              QStringLiteral("P(alive)"));
    EXPECT_EQ(model.headerData(CustomerTableModel::Recency, Qt::Horizontal).toString(),
              QStringLiteral("Recency (days)"));

    // C00005 never bought: stage and tier, no recency, RFM, P(alive) or CLV.
    EXPECT_EQ(shown(model, 4, CustomerTableModel::Stage), QStringLiteral("Churned")); // 5 % 7
    EXPECT_TRUE(shown(model, 4, CustomerTableModel::Rfm).isEmpty());
    EXPECT_FALSE(raw(model, 4, CustomerTableModel::Recency).isValid());
    EXPECT_FALSE(raw(model, 4, CustomerTableModel::Clv).isValid());

    // C00501 is newer than the analysis: every analysis cell is empty.
    fetchAll(model);
    ASSERT_EQ(codeAt(model, 500), QStringLiteral("C00501"));
    EXPECT_EQ(model.analysisAt(500), nullptr);
    for (int column = CustomerTableModel::kFirstAnalysisColumn; column < CustomerTableModel::ColumnCount;
         ++column)
        EXPECT_FALSE(model.data(model.index(500, column)).isValid()) << column;
}

TEST_F(CustomerTableModelAnalysisTest, SortsOnEveryAnalysisColumnEmptyCellsLastBothWays)
{
    CustomerTableModel model(db.get());
    settle(model);
    for (int column = CustomerTableModel::kFirstAnalysisColumn; column < CustomerTableModel::ColumnCount;
         ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            settle(model);
            EXPECT_EQ(model.rowCount(), CustomerTableModel::kPageSize) << column; // one page at first
            fetchAll(model);
            ASSERT_EQ(model.rowCount(), kCustomers);
            bool seenEmpty = false;
            double previous = 0;
            qint64 previousId = 0;
            for (int row = 0; row < model.rowCount(); ++row) {
                const QVariant value = raw(model, row, column);
                const qint64 id = model.idAt(row);
                if (!value.isValid()) {
                    seenEmpty = true;
                    continue;
                }
                ASSERT_FALSE(seenEmpty) << "a value after an empty cell, column " << column << " row " << row;
                const double rank = rankOf(column, value);
                if (row > 0) {
                    if (order == Qt::AscendingOrder) {
                        ASSERT_GE(rank, previous) << column << " row " << row;
                        if (rank == previous) {
                            ASSERT_GT(id, previousId) << column;
                        }
                    } else {
                        ASSERT_LE(rank, previous) << column << " row " << row;
                        if (rank == previous) {
                            ASSERT_LT(id, previousId) << column;
                        }
                    }
                }
                previous = rank;
                previousId = id;
            }
            // At least the 100 customers without an analysis are at the end.
            EXPECT_FALSE(raw(model, kCustomers - 1, column).isValid()) << column;
            EXPECT_GT(model.idAt(kCustomers - 1), 0);
        }
    }
}

TEST_F(CustomerTableModelAnalysisTest, FiltersByTierStageAndRiskWithSearchAndFetchesLazily)
{
    CustomerTableModel model(db.get());
    settle(model);
    EXPECT_EQ(model.unfilteredCount(), kCustomers);
    CustomerQuery filter;
    filter.tier = QStringLiteral("potential"); // i % 4 == 1 among 1..500
    model.setFilter(filter);
    settle(model);
    EXPECT_EQ(model.totalCount(), kAnalysed / 4);
    EXPECT_EQ(model.unfilteredCount(), kCustomers);
    EXPECT_EQ(model.rowCount(), kAnalysed / 4); // 125 < one page
    EXPECT_FALSE(model.canFetchMore());
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_EQ(raw(model, row, CustomerTableModel::Tier).toString(), QStringLiteral("potential"));

    // Tier and "vip" (every tenth: i % 4 == 1 never holds for a multiple of 10) → nobody; then "C001"
    // (C00100..C00199) with the tier: 101, 105, …, 197 = 25 customers.
    model.setSearch(QStringLiteral("vip"));
    settle(model);
    EXPECT_EQ(model.totalCount(), 0);
    model.setSearch(QStringLiteral("C001"));
    settle(model);
    EXPECT_EQ(model.totalCount(), 25);

    // Stage and risk: stage "active" (i % 7 == 2) and risk "high" (i % 3 == 2): i % 21 == 2.
    filter = {};
    filter.stage = QStringLiteral("active");
    filter.riskLevel = QStringLiteral("high");
    model.setSearch(QString());
    settle(model);
    model.setFilter(filter);
    settle(model);
    int expected = 0;
    for (int i = 1; i <= kAnalysed; ++i)
        expected += i % 21 == 2 ? 1 : 0;
    EXPECT_EQ(model.totalCount(), expected);

    // Without a filter the list comes a page at a time, whatever the sort.
    model.setFilter({});
    settle(model);
    model.sort(CustomerTableModel::Clv, Qt::DescendingOrder);
    settle(model);
    EXPECT_EQ(model.rowCount(), CustomerTableModel::kPageSize);
    ASSERT_TRUE(model.canFetchMore());
    model.fetchMore();
    settle(model);
    EXPECT_EQ(model.rowCount(), 2 * CustomerTableModel::kPageSize);
    model.fetchMore();
    settle(model);
    EXPECT_EQ(model.rowCount(), kCustomers);
    EXPECT_FALSE(model.canFetchMore());
}

TEST_F(CustomerTableModelAnalysisTest, ANewAnalysisIsReadInPlaceUnlessTheOrderDependsOnIt)
{
    CustomerTableModel model(db.get());
    settle(model);
    model.sort(CustomerTableModel::Code, Qt::AscendingOrder);
    settle(model);
    model.fetchMore();
    settle(model);
    QSignalSpy resets(&model, &CustomerTableModel::modelReset);
    QSignalSpy changed(&model, &CustomerTableModel::dataChanged);
    test::storeCurrentAnalysis(*db, kAnalysed, 1); // every buyer's amount one fen more
    EXPECT_FALSE(model.refreshAnalysis());
    EXPECT_TRUE(model.isLoading());
    settle(model);
    EXPECT_EQ(resets.count(), 0);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().at(0).value<QModelIndex>().column(), CustomerTableModel::kFirstAnalysisColumn);
    EXPECT_EQ(model.rowCount(), 2 * CustomerTableModel::kPageSize); // the loaded rows stay loaded
    EXPECT_EQ(raw(model, 5, CustomerTableModel::Amount).toLongLong(), 600001);
    EXPECT_EQ(raw(model, 300, CustomerTableModel::Amount).toLongLong(), 30100001);

    // Sorted by an analysis column, the order may change: the list is read again.
    model.sort(CustomerTableModel::Amount, Qt::DescendingOrder);
    settle(model);
    test::storeCurrentAnalysis(*db, kAnalysed, 2);
    EXPECT_TRUE(model.refreshAnalysis());
    settle(model);
    EXPECT_EQ(resets.count(), 2); // the sort and the refresh
    EXPECT_EQ(raw(model, 0, CustomerTableModel::Amount).toLongLong(),
              49900002); // C00499 (C00500 never bought)
}
