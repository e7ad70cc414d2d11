#include "customers/CustomerTableModel.h"

#include "CustomerTestData.h"
#include "TestSupport.h"

#include <QSignalSpy>

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
    static void fetchAll(CustomerTableModel& model)
    {
        while (model.canFetchMore())
            model.fetchMore();
    }

    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
};

} // namespace

TEST_F(CustomerTableModelTest, FetchesLazilyOnePageAtATime)
{
    CustomerTableModel model(db.get());
    EXPECT_EQ(model.rowCount(), CustomerTableModel::kPageSize);
    EXPECT_EQ(model.totalCount(), kCustomers);
    ASSERT_TRUE(model.canFetchMore());

    model.fetchMore();
    EXPECT_EQ(model.rowCount(), 2 * CustomerTableModel::kPageSize);
    model.fetchMore();
    EXPECT_EQ(model.rowCount(), kCustomers);
    EXPECT_FALSE(model.canFetchMore());

    // Every customer is reached exactly once across the pages.
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.data(model.index(row, 0), CustomerTableModel::IdRole).toLongLong());
    EXPECT_EQ(ids.size(), kCustomers);
}

TEST_F(CustomerTableModelTest, WithoutADatabaseIsEmpty)
{
    CustomerTableModel model;
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.canFetchMore());
    model.setDatabase(db.get());
    EXPECT_EQ(model.rowCount(), CustomerTableModel::kPageSize);
}

TEST_F(CustomerTableModelTest, SortsByColumnBothWaysInSql)
{
    CustomerTableModel model(db.get());
    model.sort(CustomerTableModel::Code, Qt::AscendingOrder);
    EXPECT_EQ(codeAt(model, 0), QStringLiteral("C00001"));
    fetchAll(model);
    EXPECT_EQ(codeAt(model, model.rowCount() - 1), QStringLiteral("C00600"));

    model.sort(CustomerTableModel::Code, Qt::DescendingOrder);
    EXPECT_EQ(model.rowCount(), CustomerTableModel::kPageSize); // reset to one page
    EXPECT_EQ(codeAt(model, 0), QStringLiteral("C00600"));
    fetchAll(model);
    EXPECT_EQ(codeAt(model, model.rowCount() - 1), QStringLiteral("C00001"));

    // Names run opposite to codes.
    model.sort(CustomerTableModel::Name, Qt::AscendingOrder);
    EXPECT_EQ(codeAt(model, 0), QStringLiteral("C00600"));
    EXPECT_EQ(model.data(model.index(0, CustomerTableModel::Name)).toString(), QStringLiteral("Name 00001"));
    model.sort(CustomerTableModel::Name, Qt::DescendingOrder);
    EXPECT_EQ(codeAt(model, 0), QStringLiteral("C00001"));

    model.sort(CustomerTableModel::City, Qt::DescendingOrder);
    EXPECT_EQ(model.data(model.index(0, CustomerTableModel::City)).toString(), QStringLiteral("Shanghai"));
    fetchAll(model);
    EXPECT_EQ(model.data(model.index(model.rowCount() - 1, CustomerTableModel::City)).toString(),
              QStringLiteral("Beijing"));
}

TEST_F(CustomerTableModelTest, SearchesCodeNameCityAndTagInSql)
{
    CustomerTableModel model(db.get());
    QSignalSpy resets(&model, &CustomerTableModel::listReset);

    model.setSearch(QStringLiteral("chengdu"));
    EXPECT_EQ(model.totalCount(), kCustomers / 3);
    EXPECT_EQ(model.rowCount(), kCustomers / 3 < CustomerTableModel::kPageSize
                                    ? kCustomers / 3
                                    : CustomerTableModel::kPageSize);
    EXPECT_EQ(model.data(model.index(0, CustomerTableModel::City)).toString(), QStringLiteral("Chengdu"));

    model.setSearch(QStringLiteral("C0012"));
    EXPECT_EQ(model.totalCount(), 10); // C00120..C00129

    model.setSearch(QStringLiteral("Name 00600"));
    ASSERT_EQ(model.totalCount(), 1);
    EXPECT_EQ(codeAt(model, 0), QStringLiteral("C00001"));

    model.setSearch(QStringLiteral("vip"));
    EXPECT_EQ(model.totalCount(), kCustomers / 10);

    model.setSearch(QStringLiteral("50%"));
    EXPECT_EQ(model.totalCount(), 0); // a literal %, not a wildcard

    model.setSearch(QString());
    EXPECT_EQ(model.totalCount(), kCustomers);
    EXPECT_EQ(resets.count(), 6);
}

TEST_F(CustomerTableModelTest, GivesRawValuesAndTranslatedLabels)
{
    CustomerTableModel model(db.get());
    model.sort(CustomerTableModel::Code, Qt::AscendingOrder);
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
    model.fetchMore();
    model.reload();
    EXPECT_EQ(model.rowCount(), 2 * CustomerTableModel::kPageSize);
    EXPECT_EQ(model.totalCount(), kCustomers);
}
