// The Settings page offscreen on a generated base in a real database file: the live count against
// engine runs, refused thresholds, Apply and a reopened page, the report's company and logo, and
// the way in from the main window.
#include "settings/SettingsPage.h"

#include "DatabaseSession.h"
#include "MainWindow.h"
#include "ScriptedDialogs.h"
#include "TestSupport.h"
#include "Translations.h"
#include "analysis/AnalysisService.h"
#include "analytics/AnalysisPeriod.h"
#include "generator/SampleDatabaseWriter.h"
#include "report/ReportDataCollector.h"
#include "segments/SegmentFormat.h"
#include "settings/CurrencyDisplay.h"
#include "settings/ThresholdEditor.h"
#include "storage/AnalyticsRuleStore.h"
#include "storage/AppSettingsStore.h"
#include "storage/Database.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

constexpr int kWaitMs = 120000;

class SettingsPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(writeSampleDatabase(db->connection(), db->dialect(), SampleSpec{300, 3000, 11, true}));
        page = std::make_unique<SettingsPage>();
        page->setService(&service);
        page->resize(1100, 1400);
        page->show();
        page->setDatabase(db.get());
        QSignalSpy done(&service, &AnalysisService::finished);
        service.setDatabase(db.get());
        ASSERT_TRUE(done.wait(kWaitMs));
        ASSERT_NE(service.result(), nullptr);
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
    ThresholdEditor* thresholds() const { return page->findChild<ThresholdEditor*>(); }

    void chooseScheme(const QString& code)
    {
        auto* combo = child<QComboBox>("settingsScheme");
        const int index = combo->findData(code);
        ASSERT_GE(index, 0) << code.toStdString();
        combo->setCurrentIndex(index);
    }

    // The live count shown after the latest edit.
    ReclassificationPreview::Outcome nextCount()
    {
        QSignalSpy shown(page.get(), &SettingsPage::liveCountShown);
        EXPECT_TRUE(shown.wait(kWaitMs));
        // Edits that came close together give one count; take the newest.
        while (shown.wait(600)) {
        }
        return shown.last().at(0).value<ReclassificationPreview::Outcome>();
    }

    // Customers whose tier differs between the service's analysis and an engine run with `scheme`
    // (stored under a code of its own, as a user would) and the page's chosen model.
    int engineChanges(ScoringScheme scheme, const QString& model)
    {
        scheme.code = QStringLiteral("engine_check");
        AnalyticsRuleStore(db->connection(), db->dialect()).saveScheme(scheme);
        AnalyticsEngine::Options options = service.engineOptions();
        options.schemeCode = scheme.code;
        options.tierModelCode = model;
        options.explain = false;
        const AnalyticsEngine::Result candidate =
            AnalyticsEngine(db->connection(), db->dialect()).run(options);
        const AnalyticsEngine::Result& baseline = *service.result();
        EXPECT_EQ(candidate.customers.size(), baseline.customers.size());
        int changed = 0;
        for (size_t i = 0; i < baseline.customers.size(); ++i)
            if (candidate.customers[i].tier.segment != baseline.customers[i].tier.segment)
                ++changed;
        return changed;
    }

    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
    ScriptedDialogs dialogs;
    AnalysisService service;
    std::unique_ptr<SettingsPage> page;
};

} // namespace

TEST_F(SettingsPageTest, EditingAThresholdCountsTheCustomersTheEngineMoves)
{
    chooseScheme(QStringLiteral("tob"));
    const ReclassificationPreview::Outcome toTob = nextCount();
    EXPECT_EQ(toTob.changed, engineChanges(page->candidate().scheme, QString()));
    EXPECT_GT(toTob.changed, 0);

    // Tighter recency and amount boundaries move others again; the count follows the spin boxes.
    thresholds()->recencyBox(0)->setValue(10);
    thresholds()->recencyBox(1)->setValue(25);
    thresholds()->amountBox(0)->setValue(2000.0);
    const ReclassificationPreview::Outcome edited = nextCount();
    EXPECT_EQ(page->candidate().scheme.recencyDays[0], 10);
    EXPECT_EQ(page->candidate().scheme.amountPerYearMinor[0], 200000);
    EXPECT_EQ(edited.changed, engineChanges(page->candidate().scheme, QString()));
    EXPECT_NE(edited.changed, toTob.changed);
    EXPECT_TRUE(page->liveCountText().contains(QLocale().toString(edited.changed)))
        << page->liveCountText().toStdString();
    EXPECT_TRUE(page->liveCountText().contains(QStringLiteral("→"))) << page->liveCountText().toStdString();

    // Another tier model too.
    auto* model = child<QComboBox>("settingsTierModel");
    model->setCurrentIndex(model->findData(QStringLiteral("rfm11")));
    const ReclassificationPreview::Outcome rfm11 = nextCount();
    EXPECT_EQ(rfm11.changed, engineChanges(page->candidate().scheme, QStringLiteral("rfm11")));

    // Back to the analysis' own rules: nobody moves.
    model->setCurrentIndex(model->findData(QString()));
    chooseScheme(QStringLiteral("quintile"));
    EXPECT_EQ(nextCount().changed, 0);
    EXPECT_TRUE(child<QLabel>("quintileExplanation")->isVisible());
}

TEST_F(SettingsPageTest, ABurstOfEditsGivesOneCountForTheLastOfThem)
{
    chooseScheme(QStringLiteral("toc"));
    nextCount();
    QSignalSpy shown(page.get(), &SettingsPage::liveCountShown);
    // Typed in quick succession: within the 200 ms delay, so the earlier values are never counted.
    for (int days : {20, 25, 28})
        thresholds()->recencyBox(1)->setValue(days);
    ASSERT_TRUE(shown.wait(kWaitMs));
    EXPECT_FALSE(shown.wait(800));
    ASSERT_EQ(shown.count(), 1);
    EXPECT_EQ(shown.first().at(0).value<ReclassificationPreview::Outcome>().changed,
              engineChanges(page->candidate().scheme, QString()));
    EXPECT_EQ(page->candidate().scheme.recencyDays[1], 28);
}

TEST_F(SettingsPageTest, BoundariesOutOfOrderAreRefusedWithAMessage)
{
    chooseScheme(QStringLiteral("toc"));
    thresholds()->recencyBox(2)->setValue(thresholds()->recencyBox(1)->value()); // equal: not rising
    auto* problems = child<QLabel>("thresholdProblems");
    EXPECT_TRUE(problems->isVisible());
    EXPECT_TRUE(problems->text().contains(QStringLiteral("R boundary 3"))) << problems->text().toStdString();
    EXPECT_FALSE(child<QPushButton>("settingsApply")->isEnabled());
    EXPECT_FALSE(page->apply());
    EXPECT_TRUE(page->messageText().contains(QStringLiteral("R boundary 3")))
        << page->messageText().toStdString();
    EXPECT_TRUE(page->liveCountText().contains(QStringLiteral("not in order")));
    EXPECT_EQ(AppSettingsStore(db->connection(), db->dialect()).load(), AppSettings{});

    // Put right, the message goes and Apply is possible again.
    thresholds()->recencyBox(2)->setValue(thresholds()->recencyBox(1)->value() + 1);
    EXPECT_FALSE(problems->isVisible());
    EXPECT_TRUE(child<QPushButton>("settingsApply")->isEnabled());
}

TEST_F(SettingsPageTest, BuiltInSchemesAreKeptAndEditsAreSavedAsANewScheme)
{
    chooseScheme(QStringLiteral("tob"));
    thresholds()->frequencyBox(3)->setValue(20.0);
    EXPECT_FALSE(page->apply());
    EXPECT_TRUE(page->messageText().contains(QStringLiteral("built in")))
        << page->messageText().toStdString();

    EXPECT_FALSE(page->saveAsNewScheme()); // no name yet
    child<QLineEdit>("newSchemeName")->setText(QStringLiteral("Key accounts 2027"));
    ASSERT_TRUE(page->saveAsNewScheme());
    EXPECT_EQ(child<QComboBox>("settingsScheme")->currentData().toString(),
              QStringLiteral("key_accounts_2027"));
    ASSERT_TRUE(page->apply());

    const AnalyticsRuleStore rules(db->connection(), db->dialect());
    EXPECT_EQ(rules.scheme(QStringLiteral("key_accounts_2027"))->ordersPerYear[3], 20.0);
    EXPECT_EQ(rules.scheme(QStringLiteral("tob"))->ordersPerYear,
              ScoringScheme::builtIn(QStringLiteral("tob"))->ordersPerYear);
    EXPECT_EQ(service.engineOptions().schemeCode, QStringLiteral("key_accounts_2027"));
}

TEST_F(SettingsPageTest, ApplyStoresAndAReopenedPageShowsTheSavedValues)
{
    const QString logoPath = ws.path(QStringLiteral("logo.png"));
    QImage logo(40, 20, QImage::Format_RGB32);
    logo.fill(Qt::darkCyan);
    ASSERT_TRUE(logo.save(logoPath));
    dialogs.fileNames << logoPath;

    chooseScheme(QStringLiteral("toc"));
    auto* model = child<QComboBox>("settingsTierModel");
    model->setCurrentIndex(model->findData(QStringLiteral("rfm11")));
    child<QRadioButton>("fixedDate")->setChecked(true);
    child<QDateEdit>("analysisDate")->setDate(QDate(2011, 9, 30));
    child<QComboBox>("currencyCode")->setCurrentText(QStringLiteral("usd"));
    child<QRadioButton>("currencyCodeStyle")->setChecked(true);
    auto* decimals = child<QComboBox>("currencyDecimals");
    decimals->setCurrentIndex(decimals->findData(0));
    child<QLineEdit>("companyName")->setText(QStringLiteral("北方贸易有限公司"));
    for (QPushButton* button : page->findChildren<QPushButton*>())
        if (button->text().contains(QStringLiteral("logo")) &&
            button->text().contains(QStringLiteral("C&hoose")))
            button->click();
    ASSERT_FALSE(child<QLabel>("logoPreview")->pixmap().isNull());
    auto* language = child<QComboBox>("settingsLanguage");
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    EXPECT_TRUE(child<QLabel>("languageNote")->isVisible());

    QSignalSpy recomputed(&service, &AnalysisService::finished);
    ASSERT_TRUE(page->apply()) << page->messageText().toStdString();
    EXPECT_TRUE(page->messageText().contains(QStringLiteral("after restart")));
    EXPECT_EQ(Translations::storedChoice(), QStringLiteral("zh_CN"));
    // The analysis follows: the stored rules and date are the service's options, and it reruns.
    EXPECT_EQ(service.engineOptions().schemeCode, QStringLiteral("toc"));
    EXPECT_EQ(service.engineOptions().tierModelCode, QStringLiteral("rfm11"));
    EXPECT_EQ(service.engineOptions().asOf, QDate(2011, 9, 30));
    ASSERT_TRUE(recomputed.wait(kWaitMs));
    EXPECT_EQ(service.result()->schemeCode, QStringLiteral("toc"));
    EXPECT_EQ(service.result()->asOf, QDate(2011, 9, 30));
    // Money everywhere in the UI follows the currency setting.
    EXPECT_EQ(SegmentFormat::money(123456), QStringLiteral("USD ") + QLocale().toString(1235));
    EXPECT_EQ(SegmentFormat::currencySymbol(), QStringLiteral("USD"));

    const AppSettings applied = page->storedSettings();
    EXPECT_EQ(applied.currencyCode, QStringLiteral("USD"));
    QFile logoFile(logoPath);
    ASSERT_TRUE(logoFile.open(QIODevice::ReadOnly));
    EXPECT_EQ(applied.logo, logoFile.readAll());
    // The logo lives in the database: the picked file may go.
    ASSERT_TRUE(QFile::remove(logoPath));

    page.reset();
    const QString path = db->filePath();
    service.setDatabase(nullptr);
    db.reset();
    db = Database::open(path);
    SettingsPage reopened;
    reopened.setDatabase(db.get());
    EXPECT_EQ(reopened.formSettings(), applied);
    EXPECT_EQ(reopened.storedSettings(), applied);
    EXPECT_EQ(reopened.formLanguage(), QStringLiteral("zh_CN"));
    auto* shownLogo = reopened.findChild<QLabel*>(QStringLiteral("logoPreview"));
    EXPECT_FALSE(shownLogo->pixmap().isNull());
    EXPECT_EQ(reopened.findChild<QDateEdit*>(QStringLiteral("analysisDate"))->date(), QDate(2011, 9, 30));
}

TEST_F(SettingsPageTest, RestoreDefaultsAndRevert)
{
    child<QLineEdit>("companyName")->setText(QStringLiteral("Acme"));
    ASSERT_TRUE(page->apply());
    page->restoreDefaults();
    EXPECT_EQ(page->formSettings(), AppSettings{});
    page->revert();
    EXPECT_EQ(page->formSettings().companyName, QStringLiteral("Acme"));
    // Restore defaults is not stored until Apply.
    EXPECT_EQ(AppSettingsStore(db->connection(), db->dialect()).load().companyName, QStringLiteral("Acme"));
}

TEST_F(SettingsPageTest, TheCompanyNameAndLogoReachTheReport)
{
    QImage logo(30, 30, QImage::Format_RGB32);
    logo.fill(Qt::red);
    const QString logoPath = ws.path(QStringLiteral("logo.png"));
    ASSERT_TRUE(logo.save(logoPath));
    dialogs.fileNames << logoPath;
    child<QLineEdit>("companyName")->setText(QStringLiteral("Northwind Trading Ltd"));
    for (QPushButton* button : page->findChildren<QPushButton*>())
        if (button->text().contains(QStringLiteral("C&hoose")))
            button->click();
    child<QRadioButton>("currencyCodeStyle")->setChecked(true);
    ASSERT_TRUE(page->apply());

    ReportOptions options; // as the Reports page gives them when its company field is left empty
    const ReportDataCollector collector(db->connection(), db->dialect());
    const std::optional<ReportData> data = collector.collect(options, QStringLiteral("test.db"));
    ASSERT_TRUE(data.has_value());
    EXPECT_EQ(data->cover.companyName, QStringLiteral("Northwind Trading Ltd"));
    EXPECT_FALSE(QImage::fromData(data->cover.logoData).isNull());
    EXPECT_EQ(data->currencySymbol, QStringLiteral("CNY "));
    // A company typed for one report wins over the stored one.
    options.companyName = QStringLiteral("Other Co.");
    EXPECT_EQ(collector.collect(options, QStringLiteral("test.db"))->cover.companyName,
              QStringLiteral("Other Co."));
}

TEST(SettingsPageWindowTest, SettingsAreReachableFromTheNavigationAndThePreferencesShortcut)
{
    QSettings().clear();
    ScriptedDialogs dialogs;
    MainWindow window;
    QAction* preferences = window.findChild<QAction*>(QStringLiteral("showSettings"));
    ASSERT_NE(preferences, nullptr);
    EXPECT_FALSE(preferences->shortcut().isEmpty());
    EXPECT_EQ(preferences->menuRole(), QAction::PreferencesRole);
    preferences->trigger();
    EXPECT_EQ(window.currentPage(), MainWindow::SettingsPageId);
    EXPECT_NE(qobject_cast<SettingsPage*>(window.page(MainWindow::SettingsPageId)), nullptr);
    EXPECT_EQ(MainWindow::pageKey(MainWindow::SettingsPageId), QStringLiteral("settings"));
    window.showPage(MainWindow::DashboardPageId);
    QAction* viaView = window.findChild<QAction*>(QStringLiteral("showPage_settings"));
    ASSERT_NE(viaView, nullptr);
    viaView->trigger();
    EXPECT_EQ(window.currentPage(), MainWindow::SettingsPageId);
    QSettings().clear();
}
