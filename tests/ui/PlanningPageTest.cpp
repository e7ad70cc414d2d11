// The Plans and Tracking pages offscreen on a generated base in a real database file: a plan made
// through its form, a SMART goal whose baseline is measured from the data and whose wrong-way target
// is refused with the message next to the field, an execution item edited in place, each change
// undone and redone against what the stores hold.
#include "ScriptedDialogs.h"
#include "TestSupport.h"
#include "analytics/KpiCatalog.h"
#include "generator/SampleDatabaseWriter.h"
#include "planning/GoalFormDialog.h"
#include "planning/GoalTableModel.h"
#include "planning/ItemFormDialog.h"
#include "planning/ItemTableModel.h"
#include "planning/NextBestActionsPanel.h"
#include "planning/PlanFormDialog.h"
#include "planning/PlansPage.h"
#include "planning/PlaybooksPanel.h"
#include "planning/ReviewFormDialog.h"
#include "planning/RiskTableModel.h"
#include "planning/TrackingPage.h"
#include "planning/TrackingTableModel.h"
#include "storage/Database.h"
#include "storage/PlanStore.h"
#include "storage/PlaybookStore.h"
#include "storage/ReviewStore.h"
#include "storage/RiskRegisterStore.h"
#include "storage/TrackingStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFont>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

constexpr int kWaitMs = 120000;

template <typename T>
T* field(QWidget* dialog, const char* name)
{
    T* widget = dialog->findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

class PlanningPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Seed 11: the data runs up to 2025-06-19, inside the plan's quarter 2025Q2.
        ASSERT_TRUE(writeSampleDatabase(db->connection(), db->dialect(), SampleSpec{300, 3000, 11, true}));
        page = std::make_unique<PlansPage>();
        page->resize(1200, 900);
        page->show();
        page->setDialogRunner([this](QDialog* dialog) {
            EXPECT_TRUE(fill) << "unexpected form " << dialog->objectName().toStdString();
            if (fill)
                fill(dialog);
            return dialog->result();
        });
        page->setDatabase(db.get());
        page->setAsOf(QDate(2025, 6, 19));
    }
    void TearDown() override { page.reset(); }

    PlanStore store() const { return PlanStore(db->connection(), db->dialect()); }

    qint64 makePlan()
    {
        fill = [](QDialog* dialog) {
            field<QLineEdit>(dialog, "planName")->setText(QStringLiteral("Retention 2025Q2"));
            field<QLineEdit>(dialog, "planPeriod")->setText(QStringLiteral("2025Q2"));
            dialog->accept();
        };
        page->newPlan();
        const std::vector<Plan> plans = store().plans();
        EXPECT_EQ(plans.size(), 1u);
        return plans.empty() ? 0 : plans.front().id;
    }

    qint64 makeItem()
    {
        fill = [](QDialog* dialog) {
            auto* kind = field<QComboBox>(dialog, "itemSegmentKind");
            kind->setCurrentIndex(kind->findData(static_cast<int>(SegmentKind::Custom)));
            field<QLineEdit>(dialog, "itemSegmentLabel")->setText(QStringLiteral("Key accounts"));
            field<QLineEdit>(dialog, "itemStrategy")->setText(QStringLiteral("Exclusive perk upgrade"));
            field<QLineEdit>(dialog, "itemOwner")->setText(QStringLiteral("Emma Clarke"));
            field<QLineEdit>(dialog, "itemBudget")->setText(QStringLiteral("5000"));
            dialog->accept();
        };
        page->newItem();
        const std::optional<Plan> plan = page->currentPlan();
        const std::vector<ExecutionItem> items = store().items(plan ? plan->id : 0);
        EXPECT_EQ(items.size(), 1u);
        return items.empty() ? 0 : items.front().id;
    }

    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
    ScriptedDialogs dialogs;
    std::unique_ptr<PlansPage> page;
    std::function<void(QDialog*)> fill;
};

TEST_F(PlanningPageTest, PlanFormRefusesABadPeriodAndCreatesAnUndoablePlan)
{
    QString periodMessage;
    fill = [&](QDialog* dialog) {
        field<QLineEdit>(dialog, "planName")->setText(QStringLiteral("Retention"));
        field<QLineEdit>(dialog, "planPeriod")->setText(QStringLiteral("Q2 2025"));
        dialog->accept();
        EXPECT_EQ(dialog->result(), QDialog::Rejected) << "a bad period must keep the form open";
        periodMessage = static_cast<PlanFormDialog*>(dialog)->fieldMessage(QStringLiteral("period"));
        field<QLineEdit>(dialog, "planPeriod")->setText(QStringLiteral("2025Q2"));
        dialog->accept();
    };
    page->newPlan();
    EXPECT_TRUE(periodMessage.contains(QStringLiteral("Q2 2025"))) << periodMessage.toStdString();
    ASSERT_EQ(store().plans().size(), 1u);
    EXPECT_EQ(store().plans().front().period, QStringLiteral("2025Q2"));
    ASSERT_TRUE(page->currentPlan());
    EXPECT_EQ(page->currentPlan()->name, QStringLiteral("Retention"));

    page->undoStack()->undo();
    EXPECT_TRUE(store().plans().empty());
    EXPECT_FALSE(page->currentPlan());
    page->undoStack()->redo();
    ASSERT_EQ(store().plans().size(), 1u);
    EXPECT_EQ(store().plans().front().name, QStringLiteral("Retention"));
}

TEST_F(PlanningPageTest, GoalFormMeasuresTheBaselineAndRefusesAChurnTargetAboveIt)
{
    const qint64 planId = makePlan();
    ASSERT_GT(planId, 0);
    QString targetMessage;
    double baseline = -1;
    fill = [&](QDialog* dialog) {
        auto* form = static_cast<GoalFormDialog*>(dialog);
        auto* kpi = field<QComboBox>(dialog, "goalKpi");
        kpi->setCurrentIndex(kpi->findData(QString::fromLatin1(KpiCatalog::ChurnRate)));
        QSignalSpy measured(form, &GoalFormDialog::baselineMeasured);
        field<QPushButton>(dialog, "measureBaseline")->click();
        ASSERT_TRUE(measured.wait(kWaitMs));
        ASSERT_TRUE(form->goal().baseline) << "no baseline measured";
        baseline = *form->goal().baseline;
        // A churn-rate target above its baseline goes the wrong way.
        field<QLineEdit>(dialog, "goalTarget")->setText(QLocale().toString(baseline + 5.0, 'f', 2));
        field<QLineEdit>(dialog, "goalOwner")->setText(QStringLiteral("Service team"));
        dialog->accept();
        EXPECT_EQ(dialog->result(), QDialog::Rejected);
        targetMessage = form->fieldMessage(QStringLiteral("target"));
        field<QLineEdit>(dialog, "goalTarget")
            ->setText(QLocale().toString(qMax(0.0, baseline - 2.0), 'f', 2));
        dialog->accept();
    };
    page->newGoal();
    EXPECT_TRUE(targetMessage.contains(QStringLiteral("lower is better"))) << targetMessage.toStdString();
    EXPECT_GT(baseline, 0.0);
    ASSERT_EQ(store().goals(planId).size(), 1u);
    const SmartGoal stored = store().goals(planId).front();
    EXPECT_EQ(stored.kpi, QString::fromLatin1(KpiCatalog::ChurnRate));
    EXPECT_NEAR(stored.target, qMax(0.0, baseline - 2.0), 0.01);
    EXPECT_EQ(stored.deadline, QDate(2025, 6, 30)) << "short horizon: the quarter's end";
    EXPECT_EQ(stored.baselineOn, QDate(2025, 3, 31));

    // The table shows it and measures its current value in the background.
    ASSERT_EQ(page->goalModel()->rowCount(), 1);
    if (page->isMeasuring()) {
        QSignalSpy done(page.get(), &PlansPage::measured);
        ASSERT_TRUE(done.wait(kWaitMs));
    }
    const QString current = page->goalModel()->index(0, GoalTableModel::CurrentColumn).data().toString();
    EXPECT_FALSE(current.isEmpty());
    EXPECT_NE(current, QStringLiteral("measuring…"));
    EXPECT_EQ(page->goalModel()->index(0, GoalTableModel::OwnerColumn).data().toString(),
              QStringLiteral("Service team"));

    page->undoStack()->undo();
    EXPECT_TRUE(store().goals(planId).empty());
    EXPECT_EQ(page->goalModel()->rowCount(), 0);
    page->undoStack()->redo();
    ASSERT_EQ(store().goals(planId).size(), 1u);
    EXPECT_EQ(page->goalModel()->rowCount(), 1);
}

TEST_F(PlanningPageTest, ItemIsEditedInPlaceWithUndoAndRefusedWhenTheDatesCross)
{
    makePlan();
    const qint64 itemId = makeItem();
    ASSERT_GT(itemId, 0);
    ASSERT_EQ(store().item(itemId)->budgetMinor, std::optional<MinorUnits>(500000));
    QSortFilterProxyModel* proxy = page->itemProxy();
    ASSERT_EQ(proxy->rowCount(), 1);

    // The owner, in place.
    EXPECT_TRUE(proxy->setData(proxy->index(0, ItemTableModel::OwnerColumn), QStringLiteral("Li Wei")));
    QCoreApplication::processEvents();
    EXPECT_EQ(store().item(itemId)->owner, QStringLiteral("Li Wei"));
    EXPECT_EQ(proxy->index(0, ItemTableModel::OwnerColumn).data().toString(), QStringLiteral("Li Wei"));
    // The status, through its list.
    EXPECT_TRUE(
        proxy->setData(proxy->index(0, ItemTableModel::StatusColumn), static_cast<int>(ItemStatus::Running)));
    QCoreApplication::processEvents();
    EXPECT_EQ(store().item(itemId)->status, ItemStatus::Running);

    page->undoStack()->undo();
    EXPECT_EQ(store().item(itemId)->status, ItemStatus::Planned);
    page->undoStack()->undo();
    EXPECT_EQ(store().item(itemId)->owner, QStringLiteral("Emma Clarke"));
    page->undoStack()->redo();
    EXPECT_EQ(store().item(itemId)->owner, QStringLiteral("Li Wei"));

    // An end before the start is refused with the validator's message; nothing is stored.
    const int before = page->undoStack()->count();
    EXPECT_FALSE(proxy->setData(proxy->index(0, ItemTableModel::EndColumn), QDate(2025, 3, 1)));
    EXPECT_EQ(store().item(itemId)->endsOn, QDate(2025, 6, 30));
    EXPECT_EQ(page->undoStack()->count(), before);
    ASSERT_FALSE(dialogs.errors.isEmpty());
    EXPECT_TRUE(dialogs.errors.last().contains(QStringLiteral("2025-03-01")))
        << dialogs.errors.last().toStdString();

    // The filter narrows the table.
    auto* filter = page->findChild<QLineEdit*>(QStringLiteral("itemFilter"));
    filter->setText(QStringLiteral("no such strategy"));
    EXPECT_EQ(proxy->rowCount(), 0);
    filter->clear();
    EXPECT_EQ(proxy->rowCount(), 1);
}

TEST_F(PlanningPageTest, DeletedItemComesBackWithItsCustomersAndNotes)
{
    makePlan();
    const qint64 itemId = makeItem();
    page->addCustomersToItem(itemId, {1, 2, 3});
    EXPECT_EQ(store().itemCustomerCounts(itemId).targets, 3);
    page->undoStack()->undo();
    EXPECT_EQ(store().itemCustomerCounts(itemId).targets, 0);
    page->undoStack()->redo();
    page->addCustomersToItem(itemId, {3, 4});
    EXPECT_EQ(store().itemCustomerCounts(itemId).targets, 4);

    page->itemView()->selectRow(0);
    auto* note = page->findChild<QLineEdit*>(QStringLiteral("noteEdit"));
    note->setText(QStringLiteral("Called the first ten accounts"));
    page->addNote();
    ASSERT_EQ(store().notes(itemId).size(), 1u);

    page->itemView()->selectRow(0);
    page->deleteItem();
    const std::optional<Plan> plan = page->currentPlan();
    ASSERT_TRUE(plan);
    EXPECT_TRUE(store().items(plan->id).empty());
    page->undoStack()->undo();
    const std::vector<ExecutionItem> back = store().items(plan->id);
    ASSERT_EQ(back.size(), 1u);
    EXPECT_EQ(store().itemCustomerCounts(back.front().id).targets, 4);
    ASSERT_EQ(store().notes(back.front().id).size(), 1u);
    // A redo of the delete and an undo of the note still find the item under its new id.
    page->undoStack()->redo();
    EXPECT_TRUE(store().items(plan->id).empty());
    page->undoStack()->undo();
    page->undoStack()->undo(); // the note
    const std::vector<ExecutionItem> again = store().items(plan->id);
    ASSERT_EQ(again.size(), 1u);
    EXPECT_TRUE(store().notes(again.front().id).empty());
    EXPECT_TRUE(dialogs.errors.isEmpty()) << dialogs.errors.join(QLatin1Char('\n')).toStdString();
}

TEST_F(PlanningPageTest, DeletedPlanComesBackWholeWithUndo)
{
    const qint64 planId = makePlan();
    const qint64 itemId = makeItem();
    page->addCustomersToItem(itemId, {1, 2, 3});

    dialogs.answers = {false};
    page->deletePlan();
    EXPECT_EQ(store().plans().size(), 1u) << "No keeps the plan";

    dialogs.answers = {true};
    page->deletePlan();
    EXPECT_TRUE(store().plans().empty());
    EXPECT_FALSE(page->currentPlan());

    page->undoStack()->undo();
    ASSERT_EQ(store().plans().size(), 1u);
    EXPECT_EQ(store().plans().front().id, planId);
    ASSERT_TRUE(page->currentPlan());
    EXPECT_EQ(page->currentPlan()->id, planId) << "the restored plan is selected";
    ASSERT_EQ(store().items(planId).size(), 1u);
    EXPECT_EQ(store().itemCustomerCounts(itemId).targets, 3);
    // Earlier steps still undo on the restored rows.
    page->undoStack()->undo(); // the three customers
    EXPECT_EQ(store().itemCustomerCounts(itemId).targets, 0);
    page->undoStack()->redo();
    page->undoStack()->redo(); // the delete again
    EXPECT_TRUE(store().plans().empty());
    EXPECT_TRUE(dialogs.errors.isEmpty()) << dialogs.errors.join(QLatin1Char('\n')).toStdString();
}

TEST_F(PlanningPageTest, PlaybookIsDuplicatedEditedAndRetiredWithUndo)
{
    PlaybooksPanel* panel = page->playbooks();
    const PlaybookStore playbooks(db->connection(), db->dialect());
    const size_t builtIns = playbooks.list().size();
    ASSERT_GT(builtIns, 0u);
    panel->select(playbooks.list().front().id);
    panel->duplicate();
    ASSERT_EQ(playbooks.list().size(), builtIns + 1);
    const qint64 copy = panel->currentId();
    const std::optional<Playbook> copied = playbooks.find(copy);
    ASSERT_TRUE(copied);
    EXPECT_FALSE(copied->isBuiltIn());

    panel->findChild<QLineEdit*>(QStringLiteral("playbookName"))
        ->setText(QStringLiteral("VIP upgrade, 2025"));
    panel->save();
    EXPECT_EQ(playbooks.find(copy)->name, QStringLiteral("VIP upgrade, 2025"));
    panel->toggleRetired();
    EXPECT_TRUE(playbooks.find(copy)->retired);

    page->undoStack()->undo();
    EXPECT_FALSE(playbooks.find(copy)->retired);
    page->undoStack()->undo();
    EXPECT_EQ(playbooks.find(copy)->name, copied->name);
    page->undoStack()->undo();
    EXPECT_FALSE(playbooks.find(copy));
    EXPECT_EQ(playbooks.list().size(), builtIns);
}

class TrackingPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(writeSampleDatabase(db->connection(), db->dialect(), SampleSpec{300, 3000, 11, true}));
        page = std::make_unique<TrackingPage>();
        page->resize(1200, 800);
        page->show();
        page->setDialogRunner([this](QDialog* dialog) {
            EXPECT_TRUE(fill) << "unexpected form " << dialog->objectName().toStdString();
            if (fill)
                fill(dialog);
            return dialog->result();
        });
        page->setDatabase(db.get());
        page->setSpan(QDate(2023, 1, 1), QDate(2025, 6, 19));
    }
    void TearDown() override { page.reset(); }

    void waitIdle()
    {
        for (int i = 0; i < 10 && page->isBusy(); ++i) {
            QSignalSpy done(page.get(), &TrackingPage::measured);
            ASSERT_TRUE(done.wait(kWaitMs));
        }
        ASSERT_FALSE(page->isBusy());
    }

    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
    ScriptedDialogs dialogs;
    std::unique_ptr<TrackingPage> page;
    std::function<void(QDialog*)> fill;
};

TEST_F(TrackingPageTest, EnteredFigureIsMarkedKeepsTheComputedValueAndUndoes)
{
    ASSERT_TRUE(page->setPeriod(QStringLiteral("2025Q1")));
    waitIdle();
    TrackingTableModel* model = page->trackingModel();
    ASSERT_GT(model->rowCount(), 0) << "no tiers at the start of 2025Q1";
    const TrackingRow row = *model->rowAt(0);
    EXPECT_EQ(row.period, QStringLiteral("2025Q1"));
    ASSERT_TRUE(row.repurchaseRate.computed);
    const QString computed =
        TrackingTableModel::figureText(TrackingMetric::RepurchaseRate, row.repurchaseRate.computed);
    const QModelIndex cell = model->index(0, TrackingTableModel::RepurchaseColumn);
    EXPECT_FALSE(cell.data(Qt::FontRole).value<QFont>().italic());

    ASSERT_TRUE(model->setData(cell, QStringLiteral("42")));
    QCoreApplication::processEvents();
    waitIdle();
    const TrackingStore store(db->connection(), db->dialect());
    ASSERT_EQ(store.overrides(QStringLiteral("2025Q1")).size(), 1u);
    EXPECT_DOUBLE_EQ(store.overrides(QStringLiteral("2025Q1")).front().value, 42.0);
    const QModelIndex entered = model->index(0, TrackingTableModel::RepurchaseColumn);
    EXPECT_TRUE(entered.data(Qt::FontRole).value<QFont>().italic());
    EXPECT_EQ(entered.data().toString(),
              TrackingTableModel::figureText(TrackingMetric::RepurchaseRate, 42.0));
    EXPECT_TRUE(entered.data(Qt::ToolTipRole).toString().contains(computed))
        << entered.data(Qt::ToolTipRole).toString().toStdString();
    EXPECT_EQ(model->rowAt(0)->repurchaseRate.computed, row.repurchaseRate.computed);

    // Out of range: refused with a message, nothing stored.
    EXPECT_FALSE(model->setData(model->index(0, TrackingTableModel::ChurnColumn), QStringLiteral("140")));
    ASSERT_FALSE(dialogs.errors.isEmpty());
    EXPECT_EQ(store.overrides(QStringLiteral("2025Q1")).size(), 1u);

    page->undoStack()->undo();
    waitIdle();
    EXPECT_TRUE(store.overrides(QStringLiteral("2025Q1")).empty());
    EXPECT_FALSE(
        model->index(0, TrackingTableModel::RepurchaseColumn).data(Qt::FontRole).value<QFont>().italic());
    EXPECT_EQ(model->index(0, TrackingTableModel::RepurchaseColumn).data().toString(), computed);
    page->undoStack()->redo();
    waitIdle();
    ASSERT_EQ(store.overrides(QStringLiteral("2025Q1")).size(), 1u);

    // Clearing the cell removes the override; the suggestion is edited in place.
    ASSERT_TRUE(model->setData(model->index(0, TrackingTableModel::RepurchaseColumn), QString()));
    QCoreApplication::processEvents();
    waitIdle();
    EXPECT_TRUE(store.overrides(QStringLiteral("2025Q1")).empty());
    ASSERT_TRUE(model->setData(model->index(0, TrackingTableModel::SuggestionColumn),
                               QStringLiteral("Raise the coupon value")));
    QCoreApplication::processEvents();
    waitIdle();
    EXPECT_EQ(store.suggestions(QStringLiteral("2025Q1")).value(row.tier),
              QStringLiteral("Raise the coupon value"));
    EXPECT_EQ(model->index(0, TrackingTableModel::SuggestionColumn).data().toString(),
              QStringLiteral("Raise the coupon value"));
}

TEST_F(TrackingPageTest, RiskOwnerIsEditedInPlaceAndReviewRecordedThroughItsForm)
{
    RiskTableModel* risks = page->riskModel();
    ASSERT_GT(risks->rowCount(), 0) << "the seed's risk register";
    const qint64 id = risks->riskAt(0)->id;
    const QString ownerBefore = risks->riskAt(0)->owner;
    ASSERT_TRUE(risks->setData(risks->index(0, RiskTableModel::OwnerColumn), QStringLiteral("Risk desk")));
    QCoreApplication::processEvents();
    const RiskRegisterStore riskStore(db->connection(), db->dialect());
    EXPECT_EQ(riskStore.find(id)->owner, QStringLiteral("Risk desk"));
    ASSERT_TRUE(
        risks->setData(risks->index(0, RiskTableModel::StatusColumn), static_cast<int>(RiskStatus::Closed)));
    QCoreApplication::processEvents();
    EXPECT_EQ(riskStore.find(id)->status, RiskStatus::Closed);
    page->undoStack()->undo();
    page->undoStack()->undo();
    EXPECT_EQ(riskStore.find(id)->owner, ownerBefore);
    EXPECT_EQ(riskStore.find(id)->status, RiskStatus::Open);
    const int before = risks->rowCount();
    page->addRisk();
    EXPECT_EQ(risks->rowCount(), before + 1);
    page->undoStack()->undo();
    EXPECT_EQ(risks->rowCount(), before);

    QString findingsMessage;
    fill = [&](QDialog* dialog) {
        dialog->accept();
        EXPECT_EQ(dialog->result(), QDialog::Rejected) << "a review without findings";
        findingsMessage = static_cast<ReviewFormDialog*>(dialog)->fieldMessage(QStringLiteral("findings"));
        field<QPlainTextEdit>(dialog, "reviewFindings")
            ->setPlainText(QStringLiteral("Churn-risk calls came late"));
        field<QLineEdit>(dialog, "reviewParticipants")->setText(QStringLiteral("Emma, Li Wei"));
        dialog->accept();
    };
    page->newReview();
    EXPECT_FALSE(findingsMessage.isEmpty());
    const ReviewStore reviews(db->connection(), db->dialect());
    ASSERT_EQ(reviews.list().size(), 1u);
    EXPECT_EQ(reviews.list().front().findings, QStringLiteral("Churn-risk calls came late"));
    page->undoStack()->undo();
    EXPECT_TRUE(reviews.list().empty());
}

TEST_F(TrackingPageTest, LoggingANextBestActionRecordsTheContactAndTakesTheCustomerOffTheList)
{
    NextBestActionsPanel* panel = page->actions();
    QSignalSpy found(panel, &NextBestActionsPanel::found);
    panel->setAsOf(QDate(2025, 6, 19));
    ASSERT_TRUE(found.wait(kWaitMs));
    ASSERT_FALSE(panel->list().actions.empty()) << "the sample has customers to contact";
    EXPECT_EQ(panel->actionTable()->rowCount(), static_cast<int>(panel->list().actions.size()));
    const NextBestAction first = panel->list().actions.front();
    panel->actionTable()->selectRow(0);
    fill = [](QDialog* dialog) {
        field<QLineEdit>(dialog, "contactSummary")->setText(QStringLiteral("Called about the wake-up offer"));
        dialog->accept();
    };
    QSignalSpy logged(panel, &NextBestActionsPanel::contactLogged);
    panel->logContact();
    ASSERT_EQ(logged.size(), 1);
    EXPECT_GT(logged.front().front().toLongLong(), 0);
    ASSERT_TRUE(found.wait(kWaitMs));
    for (const NextBestAction& a : panel->list().actions)
        EXPECT_NE(a.customerId, first.customerId) << "contacted today: off the list";
}

} // namespace
