// The customer list's filters (model and filter bar), its multi-select actions with undo/redo, the
// column chooser's remembered layout, and export from the page.

#include "CustomerListWait.h"
#include "CustomerTestData.h"
#include "TestSupport.h"
#include "customers/CustomerFilterBar.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomersPage.h"
#include "customers/OwnerPickerDialog.h"
#include "customers/TagPickerDialog.h"
#include "import/SpreadsheetReader.h"
#include "storage/ActivityRepository.h"
#include "storage/CustomerBulkEditor.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseConnection.h"
#include "storage/WriteTransaction.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

// 600 customers (see insertCustomers): kind alternates (even ids ToB), owners "Owner 0".."Owner 4"
// by i % 5, regions "Region 0".."Region 6" by i % 7, every tenth carries "vip".
constexpr int kCustomers = 600;

class CustomerListFilterTest : public ::testing::Test
{
protected:
    void SetUp() override { test::insertCustomers(*db, kCustomers); }

    static void settle(const CustomerTableModel& model) { ASSERT_TRUE(test::waitForList(model)); }
    static void fetchAll(CustomerTableModel& model)
    {
        settle(model);
        while (model.canFetchMore()) {
            model.fetchMore();
            settle(model);
        }
    }
    static QString raw(const CustomerTableModel& model, int row, int column)
    {
        return model.data(model.index(row, column), CustomerTableModel::RawValueRole).toString();
    }

    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
};

class CustomerListActionsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::installEnglish();
        test::insertCustomers(*db, 40);
        page.setErrorReport([this](const QString&, const QString& text) { errors << text; });
        page.setDatabase(db.get());
        page.resize(1200, 700);
        connect();
        settle();
    }
    // The list reads on a worker thread: lets its results (rows, filter choices) in.
    void settle() { ASSERT_TRUE(test::waitForList(page)); }
    void TearDown() override
    {
        EXPECT_TRUE(errors.isEmpty()) << errors.join(QLatin1Char('\n')).toStdString();
    }
    void connect()
    {
        QObject::connect(&page, &CustomersPage::statusMessage,
                         [this](const QString& text) { status << text; });
    }

    // Selects the given rows (and makes the first one current), as a Ctrl+click would.
    void selectRows(const QList<int>& rows)
    {
        QItemSelectionModel* selection = page.view()->selectionModel();
        selection->clearSelection();
        for (int row : rows)
            selection->select(page.model()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection->setCurrentIndex(page.model()->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
    }
    QList<std::int64_t> idsOfRows(const QList<int>& rows) const
    {
        QList<std::int64_t> ids;
        for (int row : rows)
            ids << page.model()->idAt(row);
        return ids;
    }
    CustomerRepository repo() const { return CustomerRepository(db->connection(), db->dialect()); }
    QStringList tagsOf(std::int64_t id) const { return repo().tagNames({id}).value(id); }
    QString ownerOf(std::int64_t id) const { return repo().findById(id)->owner; }

    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
    CustomersPage page;
    QStringList errors;
    QStringList status;
};

} // namespace

TEST_F(CustomerListFilterTest, FiltersInSqlAndStillFetchesLazily)
{
    CustomerTableModel model(db.get());
    settle(model);
    QSignalSpy reset(&model, &CustomerTableModel::listReset);
    CustomerQuery filter;
    filter.kind = CustomerKind::Business;
    model.setFilter(filter);
    settle(model);
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.totalCount(), 300);
    EXPECT_EQ(model.rowCount(), CustomerTableModel::kPageSize); // one page, not all 300
    ASSERT_TRUE(model.canFetchMore());
    model.fetchMore();
    settle(model);
    EXPECT_EQ(model.rowCount(), 300);
    EXPECT_FALSE(model.canFetchMore());
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_EQ(raw(model, row, CustomerTableModel::Kind), QStringLiteral("tob")) << row;

    // The same filter again changes nothing.
    model.setFilter(filter);
    settle(model);
    EXPECT_EQ(reset.count(), 1);

    // Owner and tag on top: ToB (even i), "Owner 0" (i % 5 == 0) and vip (i % 10 == 0): i % 10 == 0.
    filter.owner = QStringLiteral("Owner 0");
    filter.tag = QStringLiteral("vip");
    model.setFilter(filter);
    settle(model);
    EXPECT_EQ(model.totalCount(), 60);
    EXPECT_FALSE(model.canFetchMore());
    // With the search as well: codes C00100..C00199 -> i = 100, 110, ..., 190.
    model.setSearch(QStringLiteral("C001"));
    settle(model);
    EXPECT_EQ(model.totalCount(), 10);
    // The filter survives a sort, and the sort works within it.
    model.sort(CustomerTableModel::Region, Qt::DescendingOrder);
    settle(model);
    EXPECT_EQ(model.totalCount(), 10);
    EXPECT_EQ(raw(model, 0, CustomerTableModel::Region), QStringLiteral("Region 6")); // 160 % 7 == 6
    EXPECT_EQ(raw(model, 0, CustomerTableModel::Code), QStringLiteral("C00160"));
    EXPECT_EQ(model.query().owner, QStringLiteral("Owner 0"));

    // Customers without an owner: none in this data set.
    model.setSearch({});
    settle(model);
    CustomerQuery noOwner;
    noOwner.owner = QString();
    model.setFilter(noOwner);
    settle(model);
    EXPECT_EQ(model.totalCount(), 0);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.canFetchMore());
}

TEST_F(CustomerListFilterTest, SortsOnKindRegionAndIndustryAcrossPages)
{
    CustomerTableModel model(db.get());
    settle(model);
    for (const int column :
         {CustomerTableModel::Kind, CustomerTableModel::Region, CustomerTableModel::Industry}) {
        model.sort(column, Qt::AscendingOrder);
        settle(model);
        fetchAll(model);
        ASSERT_EQ(model.rowCount(), kCustomers);
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.insert(model.data(model.index(row, 0), CustomerTableModel::IdRole).toLongLong());
            if (row > 0) {
                ASSERT_LE(raw(model, row - 1, column), raw(model, row, column)) << column << " row " << row;
            }
        }
        EXPECT_EQ(ids.size(), kCustomers); // no row twice, none skipped at page edges
    }
}

TEST_F(CustomerListActionsTest, FilterBarOffersOwnersAndTagsAndFiltersTheList)
{
    CustomerFilterBar* bar = page.filterBar();
    // "All owners", "No owner", then the five owners.
    EXPECT_EQ(bar->ownerBox()->count(), 7);
    EXPECT_EQ(bar->ownerBox()->itemText(2), QStringLiteral("Owner 0"));
    EXPECT_EQ(bar->tagBox()->count(), 2);
    bar->setTag(QStringLiteral("vip"));
    settle();
    EXPECT_EQ(page.model()->totalCount(), 4);
    EXPECT_EQ(page.findChild<QLabel*>(QStringLiteral("customerCount"))->text(),
              QStringLiteral("4 of 40 customers"));
    bar->setKind(CustomerKind::Consumer);
    settle();
    EXPECT_EQ(page.model()->totalCount(), 0); // every vip (i % 10 == 0) is ToB
    bar->clear();
    settle();
    EXPECT_EQ(page.model()->totalCount(), 40);

    // A tag added through the page shows up in the filter at once.
    selectRows({0, 1});
    ASSERT_TRUE(page.addTag(QStringLiteral("回访"), TagKind::Dynamic));
    settle();
    EXPECT_EQ(bar->tagBox()->count(), 3);
    bar->setTag(QStringLiteral("回访"));
    settle();
    EXPECT_EQ(page.model()->totalCount(), 2);
    EXPECT_EQ(bar->tagBox()->currentText(), QStringLiteral("回访 (dynamic)"));
    // Undo takes the new tag away again; the filter falls back to all tags.
    page.undoStack()->undo();
    settle();
    EXPECT_EQ(bar->tagBox()->count(), 2);
    EXPECT_EQ(bar->tagBox()->currentIndex(), 0);
    EXPECT_EQ(page.model()->totalCount(), 40);
}

TEST_F(CustomerListActionsTest, AddsATagToTheSelectionAsOneUndoStep)
{
    page.model()->sort(CustomerTableModel::Code, Qt::AscendingOrder);
    settle();
    // Rows 8..10 are C00009, C00010 (already vip), C00011.
    const QList<int> rows = {8, 9, 10};
    selectRows(rows);
    const QList<std::int64_t> ids = idsOfRows(rows);
    ASSERT_EQ(page.selectedCustomerIds(), ids);
    EXPECT_EQ(page.findChild<QLabel*>(QStringLiteral("customerCount"))->text(),
              QStringLiteral("40 customers, 3 selected"));

    ASSERT_TRUE(page.addTag(QStringLiteral("vip"), TagKind::Static));
    settle();
    EXPECT_EQ(page.undoStack()->count(), 1);
    EXPECT_EQ(status.last(), QStringLiteral("Tag vip added to 2 customers."));
    for (std::int64_t id : ids)
        EXPECT_EQ(tagsOf(id), QStringList{QStringLiteral("vip")});
    // The selection stays for the next action.
    EXPECT_EQ(page.selectedCustomerIds(), ids);

    page.undoStack()->undo();
    settle();
    EXPECT_TRUE(tagsOf(ids.at(0)).isEmpty());
    EXPECT_EQ(tagsOf(ids.at(1)), QStringList{QStringLiteral("vip")}); // had it before: keeps it
    EXPECT_TRUE(tagsOf(ids.at(2)).isEmpty());
    page.undoStack()->redo();
    settle();
    for (std::int64_t id : ids)
        EXPECT_EQ(tagsOf(id), QStringList{QStringLiteral("vip")});
    EXPECT_EQ(page.undoStack()->undoText(), QStringLiteral("add tag vip to 2 customers"));
}

TEST_F(CustomerListActionsTest, RemovesATagAndUndoPutsItBackOnlyWhereItWas)
{
    page.model()->sort(CustomerTableModel::Code, Qt::AscendingOrder);
    settle();
    const QList<int> rows = {9, 10, 19}; // C00010 and C00020 carry vip, C00011 does not
    selectRows(rows);
    const QList<std::int64_t> ids = idsOfRows(rows);
    ASSERT_TRUE(page.removeTag(QStringLiteral("vip")));
    settle();
    EXPECT_EQ(status.last(), QStringLiteral("Tag vip removed from 2 customers."));
    for (std::int64_t id : ids)
        EXPECT_TRUE(tagsOf(id).isEmpty());
    page.undoStack()->undo();
    settle();
    EXPECT_EQ(tagsOf(ids.at(0)), QStringList{QStringLiteral("vip")});
    EXPECT_TRUE(tagsOf(ids.at(1)).isEmpty());
    EXPECT_EQ(tagsOf(ids.at(2)), QStringList{QStringLiteral("vip")});
    page.undoStack()->redo();
    settle();
    EXPECT_TRUE(tagsOf(ids.at(0)).isEmpty());
}

TEST_F(CustomerListActionsTest, AssignsAnOwnerAndUndoRestoresEachOwner)
{
    page.model()->sort(CustomerTableModel::Code, Qt::AscendingOrder);
    settle();
    const QList<int> rows = {0, 1, 2, 5}; // owners Owner 1, 2, 3 and Owner 1 (C00006)
    selectRows(rows);
    const QList<std::int64_t> ids = idsOfRows(rows);
    ASSERT_TRUE(page.assignOwner(QStringLiteral("Wang Fang")));
    settle();
    EXPECT_EQ(status.last(), QStringLiteral("4 customers assigned to Wang Fang."));
    for (std::int64_t id : ids)
        EXPECT_EQ(ownerOf(id), QStringLiteral("Wang Fang"));
    // The list shows it, and the new owner is a filter choice.
    EXPECT_EQ(page.model()->data(page.model()->index(0, CustomerTableModel::Owner)).toString(),
              QStringLiteral("Wang Fang"));
    EXPECT_GE(page.filterBar()->ownerBox()->findText(QStringLiteral("Wang Fang")), 0);

    page.undoStack()->undo();
    settle();
    EXPECT_EQ(ownerOf(ids.at(0)), QStringLiteral("Owner 1"));
    EXPECT_EQ(ownerOf(ids.at(1)), QStringLiteral("Owner 2"));
    EXPECT_EQ(ownerOf(ids.at(2)), QStringLiteral("Owner 3"));
    EXPECT_EQ(ownerOf(ids.at(3)), QStringLiteral("Owner 1"));
    EXPECT_LT(page.filterBar()->ownerBox()->findText(QStringLiteral("Wang Fang")), 0);
    page.undoStack()->redo();
    settle();
    EXPECT_EQ(ownerOf(ids.at(2)), QStringLiteral("Wang Fang"));

    // Clearing the owner is an owner too.
    ASSERT_TRUE(page.assignOwner(QString()));
    settle();
    EXPECT_EQ(status.last(), QStringLiteral("Owner cleared for 4 customers."));
    EXPECT_EQ(ownerOf(ids.at(0)), QString());
    EXPECT_EQ(page.undoStack()->count(), 2);
}

TEST_F(CustomerListActionsTest, ABulkWriteRunsOffTheUiThreadAndTheOtherWritesWaitForIt)
{
    page.model()->sort(CustomerTableModel::Code, Qt::AscendingOrder);
    settle();
    selectRows({0, 1});
    const QList<std::int64_t> ids = idsOfRows({0, 1});
    // Another connection holds the write lock: the page's write must wait for it, its UI thread not.
    const std::unique_ptr<DatabaseConnection> other = db->openThreadConnection();
    auto lock = std::make_unique<WriteTransaction>(other->handle(), other->dialect());
    ASSERT_TRUE(page.addTag(QStringLiteral("queued"), TagKind::Static));
    EXPECT_EQ(page.undoStack()->count(), 1);
    EXPECT_EQ(page.undoStack()->undoText(), QStringLiteral("add tag queued to 2 customers"));
    EXPECT_EQ(status.last(), QStringLiteral("Adding tag queued to 2 customers…"));
    QTest::qWait(100);
    EXPECT_TRUE(page.isLoading());
    EXPECT_TRUE(tagsOf(ids.at(0)).isEmpty());
    // Meanwhile the other bulk actions are refused rather than queued behind the lock.
    EXPECT_FALSE(page.assignOwner(QStringLiteral("Wang Fang")));
    EXPECT_EQ(page.undoStack()->count(), 1);

    lock.reset(); // rolls back: the page's write goes in
    settle();
    EXPECT_FALSE(page.isLoading());
    for (std::int64_t id : ids)
        EXPECT_EQ(tagsOf(id), QStringList{QStringLiteral("queued")});
    EXPECT_EQ(status.last(), QStringLiteral("Tag queued added to 2 customers."));
    EXPECT_TRUE(page.assignOwner(QStringLiteral("Wang Fang")));
    settle();
    EXPECT_EQ(ownerOf(ids.at(0)), QStringLiteral("Wang Fang"));
    // Undo twice at once: the writes run in order, the owner first, then the tag.
    page.undoStack()->undo();
    page.undoStack()->undo();
    settle();
    EXPECT_TRUE(tagsOf(ids.at(0)).isEmpty());
    EXPECT_NE(ownerOf(ids.at(0)), QStringLiteral("Wang Fang"));
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
}

TEST_F(CustomerListActionsTest, ARefusedActionReportsAndLeavesNoUndoStep)
{
    selectRows({0, 1});
    EXPECT_FALSE(page.addTag(QString(300, QLatin1Char('x')), TagKind::Static));
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors.first().contains(QStringLiteral("128"))) << errors.first().toStdString();
    EXPECT_EQ(page.undoStack()->count(), 0);
    errors.clear();
}

TEST_F(CustomerListActionsTest, ShortcutsOpenThePickers)
{
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    selectRows({0, 1, 2});
    // Keys go to the list in the active window, as a user's would after a dialog closed.
    const auto press = [this](Qt::Key key, Qt::KeyboardModifiers modifiers) {
        page.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&page));
        page.view()->setFocus();
        QTest::keyClick(page.view(), key, modifiers);
    };

    press(Qt::Key_T, Qt::ControlModifier);
    auto* tagPicker = qobject_cast<TagPickerDialog*>(page.openPicker());
    ASSERT_NE(tagPicker, nullptr);
    // A new name: its kind can be chosen. An existing one keeps its own.
    tagPicker->nameBox()->setEditText(QStringLiteral("churn watch"));
    EXPECT_TRUE(tagPicker->kindBox()->isEnabled());
    EXPECT_FALSE(tagPicker->isExistingTag());
    tagPicker->kindBox()->setCurrentIndex(1);
    EXPECT_EQ(tagPicker->tagKind(), TagKind::Dynamic);
    tagPicker->nameBox()->setEditText(QStringLiteral("vip"));
    EXPECT_FALSE(tagPicker->kindBox()->isEnabled());
    EXPECT_EQ(tagPicker->tagKind(), TagKind::Static);
    tagPicker->nameBox()->setEditText(QStringLiteral("churn watch"));
    tagPicker->accept();
    QTRY_VERIFY(page.openPicker() == nullptr);
    CustomerQuery watch;
    watch.tag = QStringLiteral("churn watch");
    // The tags are written off the UI thread; the list reloads once they are.
    QTRY_COMPARE(repo().count(watch), 3);
    settle();
    for (const Tag& tag : CustomerBulkEditor(db->connection(), db->dialect()).tags()) {
        if (tag.name == QLatin1String("churn watch")) {
            EXPECT_EQ(tag.kind, TagKind::Dynamic);
        }
    }

    press(Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    auto* ownerPicker = qobject_cast<OwnerPickerDialog*>(page.openPicker());
    ASSERT_NE(ownerPicker, nullptr);
    EXPECT_GE(ownerPicker->ownerBox()->findText(QStringLiteral("Owner 4")), 0);
    ownerPicker->reject();
    QTRY_VERIFY(page.openPicker() == nullptr);

    press(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    auto* removePicker = qobject_cast<TagPickerDialog*>(page.openPicker());
    ASSERT_NE(removePicker, nullptr);
    EXPECT_FALSE(removePicker->nameBox()->isEditable());
    removePicker->reject();
    QTRY_VERIFY(page.openPicker() == nullptr);

    // Ctrl+E asks where to export.
    QString suggested;
    page.setSaveFileChooser([&](const QString& path) {
        suggested = path;
        return QString();
    });
    press(Qt::Key_E, Qt::ControlModifier);
    EXPECT_TRUE(suggested.endsWith(QStringLiteral(".xlsx")));
    EXPECT_FALSE(page.isExporting());
}

TEST_F(CustomerListActionsTest, ExportsTheSelectionOrElseTheFilteredList)
{
    page.model()->sort(CustomerTableModel::Code, Qt::AscendingOrder);
    settle();
    selectRows({3, 1, 2});
    QSignalSpy finished(&page, &CustomersPage::exportFinished);
    const QString selectionPath = ws.path(QStringLiteral("selection.xlsx"));
    page.exportTo(selectionPath);
    EXPECT_TRUE(page.isExporting());
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_EQ(finished.last().at(0).toInt(), 3);
    EXPECT_TRUE(status.last().startsWith(QStringLiteral("Exported 3 customers to ")));
    auto reader = SpreadsheetReader::open(selectionPath);
    reader->selectSheet(0);
    QList<CellValue> cells;
    QStringList codes;
    while (reader->readRow(cells))
        codes << cells.at(0).text;
    EXPECT_EQ(codes, (QStringList{QStringLiteral("Code"), QStringLiteral("C00002"), QStringLiteral("C00003"),
                                  QStringLiteral("C00004")}));

    // One row selected is just the cursor: the whole (filtered) list goes.
    page.filterBar()->setOwner(QStringLiteral("Owner 2"));
    settle();
    selectRows({0});
    const QString listPath = ws.path(QStringLiteral("owner2.csv"));
    page.exportTo(listPath);
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_EQ(finished.last().at(0).toInt(), 8);
    EXPECT_TRUE(QFileInfo::exists(listPath));
}

TEST_F(CustomerListActionsTest, RemembersHiddenColumnsAndTheSort)
{
    {
        // The page saves its layout when it goes; the next one starts with it.
        auto* first = new CustomersPage;
        first->view()->horizontalHeader()->setSectionHidden(CustomerTableModel::City, true);
        first->view()->horizontalHeader()->setSortIndicator(CustomerTableModel::Region, Qt::DescendingOrder);
        delete first;
    }
    CustomersPage second;
    second.setDatabase(db.get());
    EXPECT_TRUE(second.view()->horizontalHeader()->isSectionHidden(CustomerTableModel::City));
    EXPECT_EQ(second.model()->query().sortKey, CustomerQuery::SortKey::Region);
    EXPECT_FALSE(second.model()->query().ascending);
    // Leave the default layout for the other tests (the fixture's page saves it again when it goes).
    second.view()->horizontalHeader()->setSectionHidden(CustomerTableModel::City, false);
    second.view()->horizontalHeader()->setSortIndicator(CustomerTableModel::Name, Qt::AscendingOrder);
}
