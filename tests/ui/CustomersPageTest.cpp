#include "customers/CustomersPage.h"

#include "CustomerListWait.h"
#include "CustomerTestData.h"
#include "TestSupport.h"
#include "customers/CustomerDetailPane.h"
#include "customers/CustomerEditDialog.h"
#include "customers/CustomerFilterBar.h"
#include "customers/CustomerTableModel.h"
#include "customers/OrderLineTableModel.h"
#include "storage/ActivityRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/WriteTransaction.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

constexpr int kCustomers = 40;

class CustomersPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::installEnglish();
        test::insertCustomers(*db, kCustomers);
        page.setConfirmation([this](const QString&, const QString& text) {
            confirmations << text;
            return confirmAnswer;
        });
        page.setErrorReport([this](const QString&, const QString& text) { errors << text; });
        page.setDatabase(db.get());
        page.resize(1200, 700);
        settle();
    }
    // The list reads on a worker thread: lets its results (rows, filter choices) in.
    void settle() { ASSERT_TRUE(test::waitForList(page)); }

    CustomerRepository repo() const { return CustomerRepository(db->connection(), db->dialect()); }
    ActivityRepository activity() const { return ActivityRepository(db->connection(), db->dialect()); }

    QLineEdit* field(CustomerEditDialog* dialog, const char* name) const
    {
        auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
        EXPECT_NE(edit, nullptr) << name;
        return edit;
    }
    static void replaceText(QLineEdit* edit, const QString& text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
    static void clickOk(CustomerEditDialog* dialog)
    {
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
    CustomersPage page;
    QStringList confirmations;
    QStringList errors;
    bool confirmAnswer = true;
};

} // namespace

TEST_F(CustomersPageTest, ShowsTheFirstRowsAndSaysSo)
{
    QSignalSpy shown(&page, &CustomersPage::firstRowsShown);
    page.show();
    page.setDatabase(db.get());
    ASSERT_TRUE(shown.wait(2000));
    EXPECT_EQ(shown.count(), 1);
    EXPECT_EQ(page.model()->rowCount(), kCustomers);
    EXPECT_EQ(page.findChild<QLabel*>(QStringLiteral("customerCount"))->text(),
              QStringLiteral("40 customers"));
    // The first row is selected and its detail shown.
    EXPECT_NE(page.selectedCustomerId(), 0);
    EXPECT_EQ(page.detailPane()->customerId(), page.selectedCustomerId());
}

TEST_F(CustomersPageTest, SearchBoxFiltersAfterAPause)
{
    page.show();
    QTest::keyClicks(page.searchEdit(), QStringLiteral("C0001"));
    EXPECT_EQ(page.model()->totalCount(), kCustomers);               // debounced: nothing yet
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->totalCount(), 10, 2000); // C00010..C00019
    EXPECT_EQ(page.findChild<QLabel*>(QStringLiteral("customerCount"))->text(),
              QStringLiteral("10 of 40 customers"));
}

TEST_F(CustomersPageTest, AddValidatesAsYouTypeAndUndoes)
{
    QSignalSpy changed(&page, &CustomersPage::customersChanged);
    page.addCustomer();
    CustomerEditDialog* dialog = page.openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->canAccept()); // code and name are required

    QTest::keyClicks(field(dialog, "codeEdit"), QStringLiteral("00001"));
    QTest::keyClicks(field(dialog, "nameEdit"), QStringLiteral("Alpha"));
    field(dialog, "nameEdit")->insert(QStringLiteral(" 公司")); // QTest::keyClicks is ASCII only
    QTest::keyClicks(field(dialog, "cityEdit"), QStringLiteral("Hangzhou"));
    EXPECT_TRUE(dialog->canAccept());
    QTest::keyClicks(field(dialog, "emailEdit"), QStringLiteral("not-an-address"));
    EXPECT_FALSE(dialog->canAccept());
    EXPECT_TRUE(dialog->problemText(QStringLiteral("email")).contains(QStringLiteral("not-an-address")));
    clickOk(dialog); // disabled: nothing happens
    EXPECT_FALSE(repo().findByCode(QStringLiteral("00001")).has_value());

    replaceText(field(dialog, "emailEdit"), QStringLiteral("alpha@example.cn"));
    EXPECT_TRUE(dialog->canAccept());
    EXPECT_TRUE(dialog->problemText(QStringLiteral("email")).isEmpty());
    clickOk(dialog);
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    settle();

    const auto added = repo().findByCode(QStringLiteral("00001"));
    ASSERT_TRUE(added.has_value());
    EXPECT_EQ(added->name, QStringLiteral("Alpha 公司"));
    EXPECT_EQ(added->email, QStringLiteral("alpha@example.cn"));
    EXPECT_EQ(added->city, QStringLiteral("Hangzhou"));
    EXPECT_EQ(page.model()->totalCount(), kCustomers + 1);
    EXPECT_EQ(page.selectedCustomerId(), added->id);
    EXPECT_EQ(changed.count(), 1);

    page.undoStack()->undo();
    settle();
    EXPECT_FALSE(repo().findByCode(QStringLiteral("00001")).has_value());
    EXPECT_EQ(page.model()->totalCount(), kCustomers);
    page.undoStack()->redo();
    settle();
    const auto again = repo().findByCode(QStringLiteral("00001"));
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->id, added->id); // same id, so later commands still find it
    EXPECT_EQ(changed.count(), 3);
    EXPECT_TRUE(errors.isEmpty());
}

TEST_F(CustomersPageTest, DuplicateCodeKeepsTheDialogAndItsInput)
{
    page.show();
    page.addCustomer();
    CustomerEditDialog* dialog = page.openDialog();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(field(dialog, "codeEdit"), QStringLiteral("C00007"));
    QTest::keyClicks(field(dialog, "nameEdit"), QStringLiteral("Copycat"));
    ASSERT_TRUE(dialog->canAccept());
    clickOk(dialog);

    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->problemText(QStringLiteral("save")).contains(QStringLiteral("C00007")));
    EXPECT_EQ(field(dialog, "nameEdit")->text(), QStringLiteral("Copycat"));
    EXPECT_EQ(repo().count(), kCustomers);
    EXPECT_EQ(page.undoStack()->count(), 0);

    // Fixing the code lets it through.
    replaceText(field(dialog, "codeEdit"), QStringLiteral("C99999"));
    EXPECT_TRUE(dialog->problemText(QStringLiteral("save")).isEmpty());
    clickOk(dialog);
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_TRUE(repo().findByCode(QStringLiteral("C99999")).has_value());
}

TEST_F(CustomersPageTest, EditChangesTheCustomerAndUndoRestoresIt)
{
    const auto target = repo().findByCode(QStringLiteral("C00003"));
    ASSERT_TRUE(target.has_value());
    page.selectCustomer(target->id);
    ASSERT_EQ(page.selectedCustomerId(), target->id);

    page.editSelected();
    CustomerEditDialog* dialog = page.openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(field(dialog, "codeEdit")->text(), QStringLiteral("C00003"));
    replaceText(field(dialog, "nameEdit"), QStringLiteral("Renamed Ltd"));
    replaceText(field(dialog, "codeEdit"), QStringLiteral("C00004")); // taken
    clickOk(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->problemText(QStringLiteral("save")).isEmpty());
    replaceText(field(dialog, "codeEdit"), QStringLiteral("00003"));
    clickOk(dialog);
    EXPECT_FALSE(dialog->isVisible());
    settle();

    EXPECT_EQ(repo().findById(target->id)->name, QStringLiteral("Renamed Ltd"));
    EXPECT_EQ(repo().findById(target->id)->code, QStringLiteral("00003"));
    EXPECT_EQ(page.selectedCustomerId(), target->id);

    page.undoStack()->undo();
    settle();
    EXPECT_EQ(repo().findById(target->id)->name, target->name);
    EXPECT_EQ(repo().findById(target->id)->code, QStringLiteral("C00003"));
    page.undoStack()->redo();
    settle();
    EXPECT_EQ(repo().findById(target->id)->name, QStringLiteral("Renamed Ltd"));
}

TEST_F(CustomersPageTest, DeleteAsksThenUndoRestoresActivityToo)
{
    auto target = repo().findByCode(QStringLiteral("C00005"));
    ASSERT_TRUE(target.has_value());
    {
        WriteTransaction tx(db->connection(), db->dialect());
        ActivityRepository a = activity();
        for (int line = 1; line <= 3; ++line) {
            OrderLine l;
            l.customerId = target->id;
            l.orderCode = line < 3 ? QStringLiteral("SO-1") : QStringLiteral("SO-2");
            l.lineNo = line;
            l.orderedAt = QDateTime(QDate(2024, 5, line), QTime(10, 0));
            l.amount = 12345 * line;
            a.insertOrderLine(l);
        }
        Interaction i;
        i.customerId = target->id;
        i.occurredAt = QDateTime(QDate(2024, 6, 1), QTime(9, 30));
        i.channel = QStringLiteral("phone");
        i.summary = QStringLiteral("asked about prices");
        a.insertInteraction(i);
        SurveyResponse s;
        s.customerId = target->id;
        s.answeredAt = QDateTime(QDate(2024, 6, 2), QTime(9, 30));
        s.nps = 9;
        a.insertSurveyResponse(s);
        a.assignTag(target->id, a.ensureTag(QStringLiteral("key account"), TagKind::Static));
        tx.commit();
    }
    page.selectCustomer(target->id);
    EXPECT_EQ(page.detailPane()->orderModel()->rowCount(), 3);
    const QList<OrderLine> linesBefore = activity().orderLinesOf(target->id);

    confirmAnswer = false;
    page.deleteSelected();
    settle();
    ASSERT_EQ(confirmations.size(), 1);
    EXPECT_TRUE(confirmations[0].contains(target->name));
    EXPECT_TRUE(confirmations[0].contains(QStringLiteral("2 orders")));
    EXPECT_TRUE(confirmations[0].contains(QStringLiteral("1 interaction")));
    EXPECT_TRUE(repo().findById(target->id).has_value());

    confirmAnswer = true;
    page.deleteSelected();
    settle();
    EXPECT_FALSE(repo().findById(target->id).has_value());
    EXPECT_TRUE(activity().orderLinesOf(target->id).isEmpty());
    EXPECT_EQ(page.model()->totalCount(), kCustomers - 1);
    EXPECT_NE(page.selectedCustomerId(), 0); // the neighbour is selected

    page.undoStack()->undo();
    settle();
    const auto restored = repo().findById(target->id);
    ASSERT_TRUE(restored.has_value());
    EXPECT_EQ(restored->code, QStringLiteral("C00005"));
    const QList<OrderLine> linesAfter = activity().orderLinesOf(target->id);
    ASSERT_EQ(linesAfter.size(), 3);
    for (int k = 0; k < 3; ++k) {
        EXPECT_EQ(linesAfter[k].id, linesBefore[k].id);
        EXPECT_EQ(linesAfter[k].amount, linesBefore[k].amount);
        EXPECT_EQ(linesAfter[k].orderCode, linesBefore[k].orderCode);
    }
    EXPECT_EQ(activity().interactionsOf(target->id).size(), 1);
    ASSERT_EQ(activity().surveyResponsesOf(target->id).size(), 1);
    EXPECT_EQ(activity().surveyResponsesOf(target->id)[0].nps, 9);
    ASSERT_EQ(activity().tagsOf(target->id).size(), 1);
    EXPECT_EQ(activity().tagsOf(target->id)[0].name, QStringLiteral("key account"));
    EXPECT_EQ(page.selectedCustomerId(), target->id);

    page.undoStack()->redo();
    settle();
    EXPECT_FALSE(repo().findById(target->id).has_value());
    EXPECT_TRUE(activity().interactionsOf(target->id).isEmpty());
    EXPECT_TRUE(errors.isEmpty());
}

TEST_F(CustomersPageTest, UndoThatCannotApplyIsReportedNotThrown)
{
    auto target = repo().findByCode(QStringLiteral("C00009"));
    page.selectCustomer(target->id);
    page.deleteSelected();
    settle();
    // Someone takes the code while the customer is deleted: the undo cannot put it back.
    Customer other = test::customerNumbered(9, kCustomers);
    {
        WriteTransaction tx(db->connection(), db->dialect());
        CustomerRepository(db->connection(), db->dialect()).insert(other);
        tx.commit();
    }
    page.undoStack()->undo();
    settle();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors[0].contains(QStringLiteral("C00009")));
    EXPECT_FALSE(repo().findById(target->id).has_value());
    EXPECT_EQ(repo().count(), kCustomers);
}

TEST_F(CustomersPageTest, SetDatabaseNullEmptiesThePage)
{
    page.undoStack()->push(new QUndoCommand(QStringLiteral("dummy")));
    page.setDatabase(nullptr);
    EXPECT_EQ(page.model()->rowCount(), 0);
    EXPECT_EQ(page.undoStack()->count(), 0);
    page.addCustomer();
    EXPECT_EQ(page.openDialog(), nullptr);
}

// ---- The latest analysis in the list: filters, columns, layout ------------------------------------

TEST_F(CustomersPageTest, TierStageAndRiskFiltersOfferWhatTheAnalysisGaveAndClearTogether)
{
    test::storeCurrentAnalysis(*db, 30);
    page.refreshAnalysis();
    settle();
    CustomerFilterBar* bar = page.filterBar();
    QStringList tiers;
    for (int i = 1; i < bar->tierBox()->count(); ++i)
        tiers << bar->tierBox()->itemText(i);
    // Translated, best first (TierNames' order), only the four tiers present.
    EXPECT_EQ(tiers, (QStringList{"High-value", "Potential", "Low-value", "Churn-risk"}));
    EXPECT_EQ(bar->stageBox()->count(), 1 + 7);
    EXPECT_EQ(bar->riskBox()->itemText(1), QStringLiteral("Low risk"));

    QLabel* count = page.findChild<QLabel*>(QStringLiteral("customerCount"));
    QSignalSpy counts(&page, &CustomersPage::listCountChanged);
    bar->tierBox()->setCurrentIndex(bar->tierBox()->findData(QStringLiteral("churn_risk"))); // i % 4 == 3
    settle();
    EXPECT_EQ(page.model()->totalCount(), 7); // 3, 7, …, 27
    EXPECT_EQ(count->text(), QStringLiteral("7 of 40 customers"));
    ASSERT_FALSE(counts.isEmpty());
    EXPECT_EQ(counts.last().at(0).toString(), QStringLiteral("7 of 40 customers"));
    // With the search and the kind filter: churn-risk customers are odd, so ToC all of them; "C0001" is
    // C00010..C00019: 11, 15, 19.
    page.searchEdit()->setText(QStringLiteral("C0001"));
    QTest::keyClick(page.searchEdit(), Qt::Key_Return);
    settle();
    EXPECT_EQ(page.model()->totalCount(), 3);
    bar->riskBox()->setCurrentIndex(bar->riskBox()->findData(QStringLiteral("high"))); // i % 3 == 2: 11
    settle();
    EXPECT_EQ(page.model()->totalCount(), 1);

    auto* clear = bar->findChild<QToolButton*>(QStringLiteral("clearFilters"));
    ASSERT_TRUE(clear->isEnabled());
    clear->click();
    settle();
    EXPECT_EQ(bar->tierBox()->currentIndex(), 0);
    EXPECT_EQ(bar->riskBox()->currentIndex(), 0);
    EXPECT_FALSE(clear->isEnabled());
    EXPECT_EQ(page.model()->totalCount(), 10); // the search stays
}

TEST_F(CustomersPageTest, DrillDownPutsTierStageAndRiskIntoTheFilterBar)
{
    test::storeCurrentAnalysis(*db, 30);
    page.refreshAnalysis();
    settle();
    CustomerQuery query;
    query.tier = QStringLiteral("potential");
    query.r = 2; // 1 + i % 5 == 2: i % 5 == 1
    page.showFiltered(query);
    settle();
    EXPECT_EQ(page.filterBar()->tierBox()->currentData().toString(), QStringLiteral("potential"));
    EXPECT_EQ(page.model()->totalCount(), 2); // i % 4 == 1 and i % 5 == 1, i ≤ 30: 1, 21
    // The R filter stays outside the bar; clearing the bar drops it too.
    EXPECT_TRUE(page.findChild<QLabel*>(QStringLiteral("segmentFilterNote"))->isVisibleTo(&page));
    page.filterBar()->clear();
    settle();
    EXPECT_EQ(page.model()->totalCount(), kCustomers);
    EXPECT_EQ(page.model()->query().r, 0);
}

TEST_F(CustomersPageTest, CtrlFFocusesTheSearch)
{
    page.show();
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    page.view()->setFocus();
    ASSERT_FALSE(page.searchEdit()->hasFocus());
    QTest::keyClick(page.view(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(page.searchEdit()->hasFocus());
}

TEST_F(CustomersPageTest, ANewAnalysisKeepsTheSelectionAndTheScrollPosition)
{
    page.show();
    page.view()->resize(600, 200);
    page.model()->sort(CustomerTableModel::Code, Qt::AscendingOrder);
    settle();
    page.selectCustomer(page.model()->idAt(30));
    const int scroll = page.view()->verticalScrollBar()->value();
    ASSERT_GT(scroll, 0);
    const std::int64_t selected = page.selectedCustomerId();
    ASSERT_NE(selected, 0);

    test::storeCurrentAnalysis(*db, kCustomers);
    page.refreshAnalysis(); // read in place
    settle();
    EXPECT_EQ(page.selectedCustomerId(), selected);
    EXPECT_EQ(page.view()->verticalScrollBar()->value(), scroll);
    EXPECT_EQ(page.model()->data(page.model()->index(30, CustomerTableModel::Tier)).toString(),
              QStringLiteral("Churn-risk")); // C00031: 31 % 4 == 3

    // Sorted by an analysis column the rows are read again; the selection follows the customer.
    page.model()->sort(CustomerTableModel::Amount, Qt::AscendingOrder);
    settle();
    page.selectCustomer(selected);
    test::storeCurrentAnalysis(*db, kCustomers, 5);
    page.refreshAnalysis();
    settle();
    EXPECT_EQ(page.selectedCustomerId(), selected);
}

TEST_F(CustomersPageTest, ALayoutSavedBeforeTheAnalysisColumnsKeepsThemInPlace)
{
    // A header state as an earlier version saved it: eight columns, City hidden, Name moved first.
    {
        QStandardItemModel old(1, CustomerTableModel::kFirstAnalysisColumn);
        QTableView view;
        view.setModel(&old);
        view.horizontalHeader()->setSectionHidden(CustomerTableModel::City, true);
        view.horizontalHeader()->moveSection(CustomerTableModel::Name, 0);
        view.horizontalHeader()->resizeSection(CustomerTableModel::Owner, 321);
        QSettings settings;
        settings.setValue(QStringLiteral("CustomersPage/header"), view.horizontalHeader()->saveState());
        settings.remove(QStringLiteral("CustomersPage/headerColumns"));
    }
    auto* restored = new CustomersPage;
    QHeaderView* header = restored->view()->horizontalHeader();
    ASSERT_EQ(header->count(), CustomerTableModel::ColumnCount);
    // The saved choices hold…
    EXPECT_TRUE(header->isSectionHidden(CustomerTableModel::City));
    EXPECT_EQ(header->visualIndex(CustomerTableModel::Name), 0);
    EXPECT_EQ(header->sectionSize(CustomerTableModel::Owner), 321);
    // …and the new columns come after the old ones in their own order, the default ones shown.
    for (int column = CustomerTableModel::kFirstAnalysisColumn; column < CustomerTableModel::ColumnCount;
         ++column) {
        EXPECT_EQ(header->visualIndex(column), column) << column;
        EXPECT_TRUE(header->isSectionHidden(column) || header->sectionSize(column) > 20) << column;
    }
    for (int column : {CustomerTableModel::Tier, CustomerTableModel::Stage, CustomerTableModel::Rfm,
                       CustomerTableModel::Amount, CustomerTableModel::Risk})
        EXPECT_FALSE(header->isSectionHidden(column)) << column;
    for (int column : {CustomerTableModel::Recency, CustomerTableModel::Orders, CustomerTableModel::PAlive,
                       CustomerTableModel::Clv})
        EXPECT_TRUE(header->isSectionHidden(column)) << column;

    // Saved again, it is a layout of every column: a column the user then shows stays shown.
    header->setSectionHidden(CustomerTableModel::Clv, false);
    EXPECT_GT(header->sectionSize(CustomerTableModel::Clv), 20); // its default width, not 0
    header->setSectionHidden(CustomerTableModel::Stage, true);
    delete restored;
    CustomersPage again;
    QHeaderView* header2 = again.view()->horizontalHeader();
    EXPECT_FALSE(header2->isSectionHidden(CustomerTableModel::Clv));
    EXPECT_TRUE(header2->isSectionHidden(CustomerTableModel::Stage));
    EXPECT_TRUE(header2->isSectionHidden(CustomerTableModel::City));
    QSettings().remove(QStringLiteral("CustomersPage"));
}
