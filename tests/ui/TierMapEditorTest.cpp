// The Settings page's tier map editor offscreen on a generated base in a real database file: an
// assignment reaches the stored map (and the next analysis) only on Apply, undo and redo, the
// checker's finding when a tier loses its last cell, the live counts against the analysis, and the
// Apply / Discard / Cancel question when the page or the window is left with changes not applied.
#include "settings/TierMapEditor.h"

#include "DatabaseSession.h"
#include "MainWindow.h"
#include "ScriptedDialogs.h"
#include "TestSupport.h"
#include "analysis/AnalysisService.h"
#include "analytics/TierModelChecker.h"
#include "generator/SampleDatabaseWriter.h"
#include "settings/CurrencyDisplay.h"
#include "settings/SettingsPage.h"
#include "settings/TierMapModel.h"
#include "storage/AnalyticsRuleStore.h"
#include "storage/AppSettingsStore.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

constexpr int kWaitMs = 120000;

const QString kSeed4 = QStringLiteral("seed4");
const QString kHighValue = QStringLiteral("high_value");
const QString kPotential = QStringLiteral("potential");

class TierMapEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(writeSampleDatabase(db->connection(), db->dialect(), SampleSpec{300, 3000, 11, true}));
        page = std::make_unique<SettingsPage>();
        page->setService(&service);
        page->resize(1100, 1600);
        page->show();
        page->setDatabase(db.get());
        QSignalSpy done(&service, &AnalysisService::finished);
        service.setDatabase(db.get());
        ASSERT_TRUE(done.wait(kWaitMs));
        ASSERT_NE(service.result(), nullptr);
        editor = page->tierMapEditor();
        ASSERT_NE(editor, nullptr);
    }
    void TearDown() override
    {
        page.reset();
        CurrencyDisplay::setCurrent(CurrencyDisplay());
        QSettings().clear();
    }

    template <typename T>
    T* child(const char* name) const
    {
        T* widget = page->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    int cell(int r, int f, int m) const { return editor->shownModel().cellOf({r, f, m}); }

    // Selects the cells (all in the slice of M score `m`) in the grid, as a user would.
    void selectCells(int m, const std::vector<std::pair<int, int>>& rf)
    {
        editor->setSlice({m});
        editor->grid()->clearSelection();
        for (const auto& [r, f] : rf) {
            const QModelIndex index = editor->gridModel()->indexOfCell(cell(r, f, m));
            ASSERT_TRUE(index.isValid());
            editor->grid()->selectionModel()->select(index, QItemSelectionModel::Select);
        }
    }

    // Picks the tier in the combo and presses Assign.
    void assignSelectedTo(const QString& segment)
    {
        auto* combo = child<QComboBox>("tierMapSegment");
        combo->setCurrentIndex(combo->findData(segment));
        auto* assign = child<QPushButton>("tierMapAssign");
        ASSERT_TRUE(assign->isEnabled());
        assign->click();
    }

    int storedSegmentOf(const QString& code, int c) const
    {
        const std::optional<TierModel> stored =
            AnalyticsRuleStore(db->connection(), db->dialect()).tierModel(code);
        EXPECT_TRUE(stored.has_value());
        return stored ? stored->segmentOfCell(c) : -1;
    }

    // The newest count the signal delivered (edits close together give one).
    template <typename Signal>
    ReclassificationPreview::Outcome nextCount(Signal signal)
    {
        QSignalSpy shown(page.get(), signal);
        EXPECT_TRUE(shown.wait(kWaitMs));
        while (shown.wait(600)) {
        }
        return shown.last().at(0).template value<ReclassificationPreview::Outcome>();
    }

    // Customers of the analysis with these scores and this tier.
    int analysed(const std::vector<std::array<int, 3>>& scores, const QString& tier) const
    {
        int n = 0;
        for (const CustomerAnalysis& c : service.result()->customers) {
            const RfmScore& s = c.rfm.score;
            for (const auto& [r, f, m] : scores)
                if (s.r == r && s.f == f && s.m == m && c.tier.segment == tier)
                    ++n;
        }
        return n;
    }

    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
    ScriptedDialogs dialogs;
    AnalysisService service;
    std::unique_ptr<SettingsPage> page;
    TierMapEditor* editor = nullptr;
};

} // namespace

TEST_F(TierMapEditorTest, AnAssignedCellIsStoredOnApplyAndTheAnalysisFollows)
{
    // The page shows the default ToC map (the analysis' own) to begin with.
    ASSERT_EQ(editor->shownCode(), kSeed4);
    const int top = cell(5, 5, 5);
    const int potential = editor->shownModel().segmentIndex(kPotential);
    ASSERT_EQ(editor->shownModel().segmentOfCell(top), editor->shownModel().segmentIndex(kHighValue));
    EXPECT_FALSE(child<QLabel>("settingsUnsaved")->isVisible());

    selectCells(5, {{5, 5}});
    assignSelectedTo(kPotential);
    EXPECT_TRUE(editor->hasEdits());
    EXPECT_EQ(editor->gridModel()->data(editor->gridModel()->indexOfCell(top)).toString(),
              editor->shownModel().segmentDisplayName(potential));
    EXPECT_TRUE(child<QLabel>("settingsUnsaved")->isVisible());
    EXPECT_TRUE(page->hasUnappliedChanges());
    // Nothing is stored before Apply.
    EXPECT_NE(storedSegmentOf(kSeed4, top), potential);

    QSignalSpy recomputed(&service, &AnalysisService::finished);
    ASSERT_TRUE(page->apply()) << page->messageText().toStdString();
    EXPECT_EQ(storedSegmentOf(kSeed4, top), potential);
    // Only that cell moved; the map is still a built-in one (Reset can put it back).
    const TierModel stored = *AnalyticsRuleStore(db->connection(), db->dialect()).tierModel(kSeed4);
    const TierModel shipped = *TierModel::builtIn(kSeed4);
    for (int c = 0; c < shipped.cellCount(); ++c) {
        if (c != top) {
            EXPECT_EQ(stored.segmentOfCell(c), shipped.segmentOfCell(c)) << c;
        }
    }
    for (const AnalyticsRuleStore::Entry& e :
         AnalyticsRuleStore(db->connection(), db->dialect()).tierModels()) {
        if (e.code == kSeed4) {
            EXPECT_TRUE(e.builtIn);
        }
    }
    EXPECT_FALSE(editor->hasEdits());
    EXPECT_FALSE(child<QLabel>("settingsUnsaved")->isVisible());
    EXPECT_TRUE(page->messageText().contains(QStringLiteral("tier map")))
        << page->messageText().toStdString();

    // The next analysis uses the stored map: nobody scored 555 is high-value any more.
    ASSERT_TRUE(recomputed.wait(kWaitMs));
    EXPECT_EQ(analysed({{5, 5, 5}}, kHighValue), 0);

    // Reset puts the shipped cells back, as one more step to apply.
    ASSERT_TRUE(child<QPushButton>("tierMapReset")->isVisible());
    child<QPushButton>("tierMapReset")->click();
    EXPECT_TRUE(editor->hasEdits());
    EXPECT_EQ(editor->shownModel().segmentOfCell(top), editor->shownModel().segmentIndex(kHighValue));
    ASSERT_TRUE(page->apply());
    EXPECT_EQ(storedSegmentOf(kSeed4, top), shipped.segmentIndex(kHighValue));
}

TEST_F(TierMapEditorTest, UndoRestoresTheCellAndRedoGivesItAgain)
{
    const int c = cell(4, 1, 1);
    const TierModel before = editor->shownModel();
    const int lowValue = before.segmentIndex(QStringLiteral("low_value"));
    ASSERT_EQ(before.segmentOfCell(c), lowValue);

    selectCells(1, {{4, 1}});
    assignSelectedTo(QStringLiteral("churn_risk"));
    EXPECT_EQ(editor->shownModel().segmentOfCell(c), before.segmentIndex(QStringLiteral("churn_risk")));
    ASSERT_TRUE(editor->undoStack()->canUndo());
    EXPECT_TRUE(editor->undoStack()->undoText().contains(QStringLiteral("Churn-risk")))
        << editor->undoStack()->undoText().toStdString();

    child<QPushButton>("tierMapUndo")->click();
    EXPECT_EQ(editor->shownModel().segmentOfCell(c), lowValue);
    EXPECT_FALSE(editor->hasEdits());
    EXPECT_FALSE(page->hasUnappliedChanges());
    EXPECT_FALSE(child<QLabel>("settingsUnsaved")->isVisible());
    // The rules are the shipped ones again, word for word.
    EXPECT_EQ(editor->shownModel().toJson(), before.toJson());

    child<QPushButton>("tierMapRedo")->click();
    EXPECT_EQ(editor->shownModel().segmentOfCell(c), before.segmentIndex(QStringLiteral("churn_risk")));
    EXPECT_TRUE(editor->hasEdits());

    // Revert drops the edit and the history.
    page->revert();
    EXPECT_FALSE(editor->hasEdits());
    EXPECT_FALSE(editor->undoStack()->canUndo());
    EXPECT_EQ(editor->shownModel().segmentOfCell(c), lowValue);
}

TEST_F(TierMapEditorTest, TheCheckerReportsATierThatLostItsLastCell)
{
    EXPECT_TRUE(editor->findingsText().contains(QStringLiteral("exactly one segment")))
        << editor->findingsText().toStdString();
    // High-value is R 4–5 × F 4–5 × M 4–5: selected in the M 4 slice and given to Potential for every
    // M score, its eight cells go (the M 1–3 cells under them are Potential already).
    child<QCheckBox>("tierMapAllSlices")->setChecked(true);
    selectCells(4, {{4, 4}, {4, 5}, {5, 4}, {5, 5}});
    assignSelectedTo(kPotential);
    EXPECT_EQ(editor->undoStack()->count(), 1);
    EXPECT_TRUE(editor->undoStack()->undoText().contains(QStringLiteral("8")))
        << editor->undoStack()->undoText().toStdString();

    const TierModelChecker::Report report = TierModelChecker::check(editor->shownModel());
    ASSERT_EQ(report.unreachable, QStringList{kHighValue});
    EXPECT_TRUE(report.isComplete());
    EXPECT_TRUE(editor->findingsText().contains(QStringLiteral("High-value")))
        << editor->findingsText().toStdString();
    EXPECT_TRUE(editor->findingsText().contains(QStringLiteral("no customer can reach it")))
        << editor->findingsText().toStdString();
    // A warning, not a fault: the map is complete and may be applied.
    EXPECT_TRUE(child<QPushButton>("settingsApply")->isEnabled());

    // One cell back to High-value: reachable again.
    child<QCheckBox>("tierMapAllSlices")->setChecked(false);
    selectCells(5, {{5, 5}});
    assignSelectedTo(kHighValue);
    EXPECT_TRUE(TierModelChecker::check(editor->shownModel()).isSound());
    EXPECT_TRUE(editor->findingsText().contains(QStringLiteral("exactly one segment")));
}

TEST_F(TierMapEditorTest, TheLiveCountsFollowTheEdits)
{
    EXPECT_TRUE(editor->moveCountText().contains(QStringLiteral("No edits")))
        << editor->moveCountText().toStdString();
    const std::vector<std::array<int, 3>> top = {{5, 5, 5}, {5, 5, 4}};
    const int expected = analysed(top, kHighValue);
    ASSERT_GT(expected, 0) << "the sample has no customer scored 555 or 554";

    selectCells(5, {{5, 5}});
    assignSelectedTo(kPotential);
    selectCells(4, {{5, 5}});
    assignSelectedTo(kPotential);
    const ReclassificationPreview::Outcome moved = nextCount(&SettingsPage::mapCountShown);
    EXPECT_EQ(moved.changed, expected);
    ASSERT_EQ(moved.moves.size(), 1u);
    EXPECT_EQ(moved.moves.front().from, kHighValue);
    EXPECT_EQ(moved.moves.front().to, kPotential);
    EXPECT_TRUE(editor->moveCountText().contains(QLocale().toString(expected)))
        << editor->moveCountText().toStdString();
    // The page's own count (everything not applied against the analysis) says the same.
    EXPECT_TRUE(page->liveCountText().contains(QLocale().toString(expected)))
        << page->liveCountText().toStdString();

    // One step back: only the 555 customers move.
    editor->undoStack()->undo();
    EXPECT_EQ(nextCount(&SettingsPage::mapCountShown).changed, analysed({{5, 5, 5}}, kHighValue));
    editor->undoStack()->undo();
    EXPECT_TRUE(editor->moveCountText().contains(QStringLiteral("No edits")));
}

TEST_F(TierMapEditorTest, TheLanguageNoteSaysARestartIsNeeded)
{
    auto* note = child<QLabel>("languageNote");
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(QStringLiteral("restart"))) << note->text().toStdString();
    auto* language = child<QComboBox>("settingsLanguage");
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    EXPECT_TRUE(note->text().contains(QStringLiteral("简体中文"))) << note->text().toStdString();
    EXPECT_TRUE(note->font().bold());
    ASSERT_TRUE(page->apply());
    // Applied but not running yet: the note stays until the restart.
    EXPECT_TRUE(note->text().contains(QStringLiteral("简体中文")));
    EXPECT_TRUE(note->text().contains(QStringLiteral("restarts")));
}

TEST(TierMapEditorWindowTest, LeavingWithChangesNotAppliedAsksApplyDiscardOrCancel)
{
    QSettings().clear();
    test::TempWorkspace ws;
    {
        std::unique_ptr<Database> db = ws.openDatabase();
        ASSERT_TRUE(writeSampleDatabase(db->connection(), db->dialect(), SampleSpec{120, 1000, 5, true}));
    }
    ScriptedDialogs dialogs;
    auto window = std::make_unique<MainWindow>();
    window->session()->setBackupRoot(ws.backupRoot());
    ASSERT_TRUE(window->session()->openFile(ws.databasePath()));
    window->show();
    window->showPage(MainWindow::SettingsPageId);
    SettingsPage* page = window->settingsPage();
    auto* company = page->findChild<QLineEdit*>(QStringLiteral("companyName"));
    auto* unsaved = page->findChild<QLabel*>(QStringLiteral("settingsUnsaved"));
    EXPECT_FALSE(unsaved->isVisible());

    // Nothing pending: no question.
    window->showPage(MainWindow::DashboardPageId);
    EXPECT_EQ(window->currentPage(), MainWindow::DashboardPageId);
    EXPECT_TRUE(dialogs.questions.isEmpty());

    window->showPage(MainWindow::SettingsPageId);
    company->setText(QStringLiteral("Acme"));
    EXPECT_TRUE(unsaved->isVisible());
    // Cancel: the page stays, with the edit.
    dialogs.decisions << UserDialogs::Decision::Cancel;
    window->showPage(MainWindow::CustomersPageId);
    EXPECT_EQ(window->currentPage(), MainWindow::SettingsPageId);
    EXPECT_EQ(dialogs.questions.size(), 1);
    EXPECT_EQ(company->text(), QStringLiteral("Acme"));
    // Discard: the stored settings are shown again and the page is left.
    dialogs.decisions << UserDialogs::Decision::Discard;
    window->showPage(MainWindow::CustomersPageId);
    EXPECT_EQ(window->currentPage(), MainWindow::CustomersPageId);
    EXPECT_TRUE(company->text().isEmpty());
    EXPECT_FALSE(unsaved->isVisible());
    // Apply: stored, then left.
    window->showPage(MainWindow::SettingsPageId);
    company->setText(QStringLiteral("Northwind"));
    dialogs.decisions << UserDialogs::Decision::Apply;
    window->showPage(MainWindow::DashboardPageId);
    EXPECT_EQ(window->currentPage(), MainWindow::DashboardPageId);
    EXPECT_EQ(page->storedSettings().companyName, QStringLiteral("Northwind"));

    // Closing the window asks too; Cancel keeps it open.
    window->showPage(MainWindow::SettingsPageId);
    page->tierMapEditor()->assignCells({0}, QStringLiteral("high_value"));
    EXPECT_TRUE(unsaved->isVisible());
    dialogs.decisions << UserDialogs::Decision::Cancel;
    EXPECT_FALSE(window->close());
    EXPECT_TRUE(window->isVisible());
    dialogs.decisions << UserDialogs::Decision::Discard;
    EXPECT_TRUE(window->close());
    EXPECT_EQ(dialogs.questions.size(), 5);
    window.reset();
    QSettings().clear();
}
