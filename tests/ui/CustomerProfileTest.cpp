// The 360° customer profile on the Customers page: scores and churn-risk reasons from a real
// analysis of a generated database, the purchase chart, and adding an interaction, a survey
// response and a note through their dialogs, each undone and redone on the page's undo stack.
#include "CustomerListWait.h"
#include "CustomerTestData.h"
#include "TestSupport.h"
#include "analysis/AnalysisService.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/TierNames.h"
#include "customers/CustomerDetailPane.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomersPage.h"
#include "generator/SampleDatabaseWriter.h"
#include "profile/AddInteractionDialog.h"
#include "profile/AddNoteDialog.h"
#include "profile/AddSurveyResponseDialog.h"
#include "profile/NpsHistoryChart.h"
#include "profile/ProfileOverview.h"
#include "profile/PurchaseChart.h"
#include "storage/ActivityRepository.h"
#include "storage/CustomerNoteStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

constexpr int kWaitMs = 120000;

class CustomerProfileTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::installEnglish();
        writeSampleDatabase(db->connection(), db->dialect(), SampleSpec{120, 1500, 5, true});
        page.setErrorReport([this](const QString&, const QString& text) { errors << text; });
        page.setDatabase(db.get());
        page.resize(1300, 800);
        // The list reads on a worker thread.
        ASSERT_TRUE(test::waitForList(page));
    }

    void TearDown() override
    {
        EXPECT_TRUE(errors.isEmpty()) << errors.join(QLatin1Char('\n')).toStdString();
    }

    std::shared_ptr<const AnalyticsEngine::Result> analyse() const
    {
        return std::make_shared<const AnalyticsEngine::Result>(
            AnalyticsEngine(db->connection(), db->dialect()).run(AnalyticsEngine::Options{}));
    }

    // Selects a customer of the list; fails the test when the row is not loaded.
    void select(std::int64_t id)
    {
        page.selectCustomer(id);
        ASSERT_EQ(page.selectedCustomerId(), id);
        ASSERT_EQ(pane()->customerId(), id);
    }

    // The first customer with order lines in at least three months and the analysis' risk reasons.
    std::int64_t customerWithHistory() const
    {
        const auto result = analyse();
        for (const CustomerAnalysis& c : result->customers)
            if (c.figures.orders >= 3 && c.rfm.score.isScored())
                return c.figures.customerId;
        return 0;
    }

    CustomerDetailPane* pane() const { return page.detailPane(); }
    ActivityRepository activity() const { return ActivityRepository(db->connection(), db->dialect()); }
    CustomerNoteStore notes() const { return CustomerNoteStore(db->connection(), db->dialect()); }

    static void clickOk(QDialog* dialog)
    {
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        ASSERT_NE(buttons, nullptr);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
    CustomersPage page;
    QStringList errors;
};

} // namespace

TEST_F(CustomerProfileTest, ShowsTheScoresWithTheirExplanationAndTheRiskReasons)
{
    const auto result = analyse();
    // A customer whose risk comes with signals (not just "no warning signal"), if the data has one.
    const CustomerAnalysis* chosen = nullptr;
    for (const CustomerAnalysis& c : result->customers) {
        if (!c.rfm.score.isScored())
            continue;
        if (!chosen || (c.risk.level != ChurnRiskLevel::Low && chosen->risk.level == ChurnRiskLevel::Low))
            chosen = &c;
    }
    ASSERT_NE(chosen, nullptr);
    ASSERT_EQ(chosen->rfm.reasons.size(), 3);
    ASSERT_FALSE(chosen->risk.reasons.isEmpty());

    pane()->setAnalysis(result);
    select(chosen->figures.customerId);
    const QString text = pane()->overview()->plainText();
    EXPECT_TRUE(text.contains(chosen->rfm.score.code())) << text.toStdString();
    // One sentence per dimension, as the engine wrote it ("R 5: last order 12 days ago, …").
    for (const QString& reason : chosen->rfm.reasons)
        EXPECT_TRUE(text.contains(reason)) << reason.toStdString() << "\n" << text.toStdString();
    EXPECT_TRUE(chosen->rfm.reasons[0].startsWith(QStringLiteral("R %1: ").arg(chosen->rfm.score.r)));
    for (const QString& reason : chosen->risk.reasons)
        EXPECT_TRUE(text.contains(reason)) << reason.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Churn risk: %1")
                                  .arg(TierNames::displayName(churnRiskLevelCode(chosen->risk.level)))));
    EXPECT_TRUE(text.contains(TierNames::displayName(chosen->tier.segment)));
    EXPECT_TRUE(text.contains(result->asOf.toString(Qt::ISODate)));

    // Tags are split by kind.
    const QList<Tag> tags = activity().tagsOf(chosen->figures.customerId);
    for (const Tag& tag : tags)
        EXPECT_TRUE(text.contains(tag.name)) << tag.name.toStdString();

    // Without an analysis the overview says so rather than showing old numbers.
    pane()->setAnalysis(nullptr);
    EXPECT_TRUE(pane()->overview()->plainText().contains(QStringLiteral("No analysis yet")));
    EXPECT_FALSE(pane()->overview()->plainText().contains(chosen->rfm.reasons[0]));
}

TEST_F(CustomerProfileTest, ThePurchaseChartHasOnePointPerMonthWithOrders)
{
    const std::int64_t id = customerWithHistory();
    ASSERT_NE(id, 0);
    select(id);
    QSet<QString> months;
    for (const OrderLine& line : activity().orderLinesOf(id))
        months.insert(line.orderedAt.toString(QStringLiteral("yyyy-MM")));
    ASSERT_GE(months.size(), 2);
    EXPECT_EQ(pane()->purchaseChart()->pointCount(), months.size());
    // Every point sits on the first day of one of those months.
    for (const QPointF& point : pane()->purchaseChart()->pointSeries()->points()) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(point.x())).date();
        EXPECT_EQ(day.day(), 1);
        EXPECT_TRUE(months.contains(day.toString(QStringLiteral("yyyy-MM"))));
    }
    EXPECT_TRUE(
        pane()->tabs()->tabText(CustomerDetailPane::PurchasesTab).startsWith(QStringLiteral("Purchases (")));
}

TEST_F(CustomerProfileTest, AddsAnInteractionThroughItsDialogUndoRemovesItRedoRestoresIt)
{
    const std::int64_t id = customerWithHistory();
    select(id);
    const int before = static_cast<int>(activity().interactionsOf(id).size());
    ASSERT_EQ(pane()->interactionList()->count(), before);

    pane()->addInteractionAction()->trigger();
    auto* dialog = qobject_cast<AddInteractionDialog*>(pane()->openDialog());
    ASSERT_NE(dialog, nullptr);
    // Without a summary OK refuses and says why.
    clickOk(dialog);
    EXPECT_TRUE(dialog->problemText().contains(QStringLiteral("summary")))
        << dialog->problemText().toStdString();
    EXPECT_EQ(activity().interactionsOf(id).size(), before);

    dialog->channelCombo()->setCurrentIndex(dialog->channelCombo()->findData(QStringLiteral("visit")));
    dialog->typeEdit()->setText(QStringLiteral("quarterly visit"));
    dialog->summaryEdit()->setPlainText(QStringLiteral("Walked through the new catalogue"));
    dialog->outcomeEdit()->setText(QStringLiteral("trial order promised"));
    clickOk(dialog);
    QTRY_VERIFY(pane()->openDialog() == nullptr);

    QList<Interaction> stored = activity().interactionsOf(id);
    ASSERT_EQ(stored.size(), before + 1);
    const Interaction added = stored.front(); // the newest: it happened now
    EXPECT_EQ(added.channel, QStringLiteral("visit"));
    EXPECT_EQ(added.summary, QStringLiteral("Walked through the new catalogue"));
    EXPECT_EQ(pane()->interactionList()->count(), before + 1);
    EXPECT_TRUE(pane()->interactionList()->item(0)->text().contains(
        QStringLiteral("Walked through the new catalogue")));
    EXPECT_TRUE(pane()->interactionList()->item(0)->text().contains(QStringLiteral("Visit")));
    EXPECT_EQ(pane()->tabs()->tabText(CustomerDetailPane::InteractionsTab),
              QStringLiteral("Interactions (%1)").arg(before + 1));
    ASSERT_EQ(page.undoStack()->count(), 1);
    EXPECT_TRUE(page.undoStack()->undoText().contains(QStringLiteral("add interaction")));

    page.undoStack()->undo();
    EXPECT_EQ(activity().interactionsOf(id).size(), before);
    EXPECT_EQ(pane()->interactionList()->count(), before);

    page.undoStack()->redo();
    stored = activity().interactionsOf(id);
    ASSERT_EQ(stored.size(), before + 1);
    EXPECT_EQ(stored.front().id, added.id);
    EXPECT_EQ(stored.front().outcome, QStringLiteral("trial order promised"));
    EXPECT_EQ(pane()->interactionList()->count(), before + 1);
}

TEST_F(CustomerProfileTest, SurveyResponseRejectsNps11ThenAddsAndUndoes)
{
    const std::int64_t id = customerWithHistory();
    select(id);
    const int before = static_cast<int>(activity().surveyResponsesOf(id).size());
    const int pointsBefore = pane()->npsChart()->pointCount();

    pane()->addSurveyResponseAction()->trigger();
    auto* dialog = qobject_cast<AddSurveyResponseDialog*>(pane()->openDialog());
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->npsEdit(), QStringLiteral("11"));
    clickOk(dialog);
    EXPECT_EQ(pane()->openDialog(), dialog); // still open, input kept
    EXPECT_TRUE(dialog->problemText().contains(QStringLiteral("NPS must be a whole number from 0 to 10")))
        << dialog->problemText().toStdString();
    EXPECT_EQ(dialog->npsEdit()->text(), QStringLiteral("11"));
    EXPECT_EQ(activity().surveyResponsesOf(id).size(), before);

    dialog->npsEdit()->setText(QStringLiteral("nine"));
    clickOk(dialog);
    EXPECT_TRUE(dialog->problemText().contains(QStringLiteral("“nine”")))
        << dialog->problemText().toStdString();

    dialog->npsEdit()->setText(QStringLiteral("9"));
    dialog->satisfactionCombo()->setCurrentIndex(dialog->satisfactionCombo()->findData(4));
    dialog->commentEdit()->setPlainText(QStringLiteral("fast delivery"));
    clickOk(dialog);
    QTRY_VERIFY(pane()->openDialog() == nullptr);

    QList<SurveyResponse> stored = activity().surveyResponsesOf(id);
    ASSERT_EQ(stored.size(), before + 1);
    EXPECT_EQ(stored.front().nps, 9);
    EXPECT_EQ(stored.front().satisfaction, 4);
    EXPECT_EQ(pane()->npsChart()->pointCount(), pointsBefore + 1);
    EXPECT_EQ(pane()->tabs()->tabText(CustomerDetailPane::SurveysTab),
              QStringLiteral("Surveys (%1)").arg(before + 1));

    page.undoStack()->undo();
    EXPECT_EQ(activity().surveyResponsesOf(id).size(), before);
    EXPECT_EQ(pane()->npsChart()->pointCount(), pointsBefore);
    page.undoStack()->redo();
    ASSERT_EQ(activity().surveyResponsesOf(id).size(), before + 1);
    EXPECT_EQ(activity().surveyResponsesOf(id).front().id, stored.front().id);
    EXPECT_EQ(pane()->npsChart()->pointCount(), pointsBefore + 1);
}

TEST_F(CustomerProfileTest, AddsANoteByKeyboardAndUndoRedoFollowTheCustomer)
{
    const std::int64_t id = customerWithHistory();
    select(id);
    ASSERT_EQ(notes().countOf(id), 0);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = qobject_cast<AddNoteDialog*>(pane()->openDialog());
    ASSERT_NE(dialog, nullptr);
    dialog->authorEdit()->setText(QStringLiteral("李经理"));
    dialog->bodyEdit()->setPlainText(QStringLiteral("Prefers WeChat; budget review in March"));
    clickOk(dialog);
    QTRY_VERIFY(pane()->openDialog() == nullptr);

    QList<CustomerNote> stored = notes().notesOf(id);
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0].author, QStringLiteral("李经理"));
    ASSERT_EQ(pane()->noteList()->count(), 1);
    EXPECT_TRUE(pane()->noteList()->item(0)->text().contains(QStringLiteral("budget review in March")));
    EXPECT_EQ(pane()->tabs()->tabText(CustomerDetailPane::NotesTab), QStringLiteral("Notes (1)"));

    // Undo from another customer goes back to the one it concerns.
    const std::int64_t other = page.model()->idAt(0) == id ? page.model()->idAt(1) : page.model()->idAt(0);
    select(other);
    page.undoStack()->undo();
    EXPECT_EQ(notes().countOf(id), 0);
    EXPECT_EQ(page.selectedCustomerId(), id);
    EXPECT_EQ(pane()->noteList()->count(), 0);
    page.undoStack()->redo();
    ASSERT_EQ(notes().countOf(id), 1);
    EXPECT_EQ(notes().notesOf(id)[0].id, stored[0].id);
    EXPECT_EQ(pane()->noteList()->count(), 1);

    // The other keys open the other dialogs (in the active window, as after the dialog closed).
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_NE(qobject_cast<AddInteractionDialog*>(pane()->openDialog()), nullptr);
    pane()->openDialog()->reject();
    QTRY_VERIFY(pane()->openDialog() == nullptr);
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_NE(qobject_cast<AddSurveyResponseDialog*>(pane()->openDialog()), nullptr);
    pane()->openDialog()->reject();
}

TEST_F(CustomerProfileTest, AnAddSchedulesANewAnalysisWithoutWaitingForIt)
{
    AnalysisService service;
    service.setRecomputeDelay(50);
    QSignalSpy finished(&service, &AnalysisService::finished);
    service.setDatabase(db.get());
    page.setAnalysisService(&service);
    ASSERT_TRUE(finished.wait(kWaitMs));
    const std::int64_t id = customerWithHistory();
    select(id);
    EXPECT_FALSE(pane()->overview()->plainText().contains(QStringLiteral("being recomputed")));
    const auto first = service.result();
    // The service's run leaves the traces out for speed; the profile writes this customer's anyway.
    const CustomerAnalysis* mine = nullptr;
    for (const CustomerAnalysis& c : first->customers)
        if (c.figures.customerId == id)
            mine = &c;
    ASSERT_NE(mine, nullptr);
    EXPECT_TRUE(mine->rfm.reasons.isEmpty());
    const QString recency =
        QStringLiteral("R %1: last order %2 days ago").arg(mine->rfm.score.r).arg(mine->figures.recencyDays);
    EXPECT_TRUE(pane()->overview()->plainText().contains(recency))
        << pane()->overview()->plainText().toStdString();

    SurveyResponse response;
    response.answeredAt = QDateTime::currentDateTime();
    response.nps = 3;
    pane()->addSurveyResponse(response);
    // Back at once: the run is scheduled, the profile says its scores are stale.
    EXPECT_TRUE(pane()->overview()->plainText().contains(QStringLiteral("being recomputed")))
        << pane()->overview()->plainText().toStdString();
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_NE(service.result(), first);
    EXPECT_FALSE(pane()->overview()->plainText().contains(QStringLiteral("being recomputed")));
}
