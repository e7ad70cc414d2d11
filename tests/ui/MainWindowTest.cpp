#include "MainWindow.h"

#include "DatabaseSession.h"
#include "ScriptedDialogs.h"
#include "TestSupport.h"
#include "Translations.h"
#include "customers/CustomersPage.h"
#include "model/Customer.h"
#include "pages/DashboardPage.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace clientele;

// Readable QString values in failure messages.
inline void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        auto db = m_ws.openDatabase();
        CustomerRepository repo(db->connection(), db->dialect());
        for (int i = 0; i < 3; ++i) {
            Customer c;
            c.code = QStringLiteral("K%1").arg(i);
            c.name = QStringLiteral("Kunde %1").arg(i);
            repo.insert(c);
        }
    }
    void TearDown() override { QSettings().clear(); }

    void openIn(MainWindow& window)
    {
        window.session()->setBackupRoot(m_ws.backupRoot());
        ASSERT_TRUE(window.session()->openFile(m_ws.databasePath()));
    }

    test::TempWorkspace m_ws;
    ScriptedDialogs m_ui;
};

QListWidget* navigation(const MainWindow& window)
{
    return window.findChild<QListWidget*>(QStringLiteral("navigationList"));
}

TEST_F(MainWindowTest, WithoutADatabaseTheTitleIsTheAppName)
{
    MainWindow window;
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Clientele"));
    EXPECT_EQ(window.currentPage(), MainWindow::DashboardPageId);
}

TEST_F(MainWindowTest, OpensAGivenDatabaseAndShowsItsNameAndCounts)
{
    Translations english; // the English catalogue holds the plural forms
    ASSERT_TRUE(english.install(QStringLiteral("en")));
    MainWindow window;
    QSignalSpy ready(window.session(), &DatabaseSession::statisticsReady);
    openIn(window);
    EXPECT_EQ(window.windowTitle(), QStringLiteral("test.db — Clientele"));
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_EQ(window.statusText(), QStringLiteral("test.db — 3 customers · 0 orders · 0 interactions"));
    auto* dashboard = qobject_cast<DashboardPage*>(window.page(MainWindow::DashboardPageId));
    ASSERT_NE(dashboard, nullptr);
    EXPECT_EQ(dashboard->cardValue(DashboardPage::Customers), QStringLiteral("3"));
    EXPECT_EQ(dashboard->cardValue(DashboardPage::OrderLines), QStringLiteral("0"));
}

TEST_F(MainWindowTest, StatusBarShowsTheCustomerListCountOnTheCustomersPage)
{
    Translations english;
    ASSERT_TRUE(english.install(QStringLiteral("en")));
    MainWindow window;
    openIn(window);
    window.show();
    auto* listCount = window.findChild<QLabel*>(QStringLiteral("customerListStatus"));
    ASSERT_NE(listCount, nullptr);
    window.showPage(MainWindow::CustomersPageId);
    EXPECT_TRUE(listCount->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(listCount->text(), QStringLiteral("3 customers"), 10000);
    window.customersPage()->searchEdit()->setText(QStringLiteral("zz-nobody"));
    QTest::keyClick(window.customersPage()->searchEdit(), Qt::Key_Return);
    // The search runs on the list's worker thread; the status bar says so meanwhile.
    QTRY_COMPARE_WITH_TIMEOUT(listCount->text(), QStringLiteral("0 of 3 customers"), 10000);
    window.showPage(MainWindow::DashboardPageId);
    EXPECT_FALSE(listCount->isVisible());
}

TEST_F(MainWindowTest, CtrlNumberShortcutsSwitchPages)
{
    MainWindow window;
    openIn(window);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pageStack"));
    ASSERT_NE(stack, nullptr);
    const int order[] = {3, 7, 2, 5, 1, 6, 4};
    for (int key : order) {
        QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_0 + key), Qt::ControlModifier);
        EXPECT_EQ(window.currentPage(), key - 1) << "Ctrl+" << key;
        EXPECT_EQ(stack->currentIndex(), key - 1);
        EXPECT_EQ(navigation(window)->currentRow(), key - 1);
    }
}

TEST_F(MainWindowTest, FileOpenAndNewDatabaseUseThePickedFiles)
{
    MainWindow window;
    window.session()->setBackupRoot(m_ws.backupRoot());
    m_ui.fileNames = {m_ws.databasePath(), m_ws.path(QStringLiteral("fresh"))};
    window.openDatabase();
    EXPECT_EQ(window.windowTitle(), QStringLiteral("test.db — Clientele"));
    window.newDatabase(); // no suffix given: .clientele is added
    EXPECT_EQ(window.windowTitle(), QStringLiteral("fresh.clientele — Clientele"));
    EXPECT_TRUE(QFileInfo::exists(m_ws.path(QStringLiteral("fresh.clientele"))));
    EXPECT_TRUE(m_ui.errors.isEmpty());
    const QStringList recent = window.session()->recentFiles();
    ASSERT_EQ(recent.size(), 2);
    EXPECT_TRUE(recent.first().endsWith(QStringLiteral("fresh.clientele")));
}

TEST_F(MainWindowTest, RemembersTheCurrentPageAcrossRestarts)
{
    {
        MainWindow window;
        window.showPage(MainWindow::ReportsPageId);
        window.close();
    }
    MainWindow again;
    EXPECT_EQ(again.currentPage(), MainWindow::ReportsPageId);
}

TEST_F(MainWindowTest, OpenRecentMenuListsOpenedDatabases)
{
    MainWindow window;
    openIn(window);
    QMenu* recent = nullptr;
    for (QMenu* menu : window.menuBar()->findChildren<QMenu*>())
        if (menu->title() == QStringLiteral("Open &Recent"))
            recent = menu;
    ASSERT_NE(recent, nullptr);
    ASSERT_FALSE(recent->actions().isEmpty());
    EXPECT_EQ(recent->actions().first()->text(), QStringLiteral("&1 test.db"));
}

TEST_F(MainWindowTest, ChineseCatalogueTranslatesTheNavigation)
{
    Translations translations;
    ASSERT_TRUE(translations.install(QStringLiteral("zh_CN")));
    {
        MainWindow window;
        QListWidget* list = navigation(window);
        ASSERT_NE(list, nullptr);
        ASSERT_EQ(list->count(), MainWindow::PageCount);
        const QStringList expected = {QStringLiteral("仪表盘"),   QStringLiteral("客户"),
                                      QStringLiteral("客户分层"), QStringLiteral("策略规划"),
                                      QStringLiteral("效果跟踪"), QStringLiteral("报告"),
                                      QStringLiteral("导入"),     QStringLiteral("设置")};
        for (int row = 0; row < list->count(); ++row)
            EXPECT_EQ(list->item(row)->text(), expected[row]);
        openIn(window);
        EXPECT_EQ(window.windowTitle(), QStringLiteral("test.db — Clientele"));
        // Qt's own catalogue is installed too, so standard buttons are Chinese.
        EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    }
    translations.install(QStringLiteral("en"));
    EXPECT_EQ(QCoreApplication::translate("clientele::MainWindow", "Dashboard"), QStringLiteral("Dashboard"));
}

TEST_F(MainWindowTest, LanguageChoiceIsStoredAndAppliesAfterRestart)
{
    MainWindow window;
    QAction* chinese = nullptr;
    for (QAction* action : window.findChildren<QAction*>())
        if (action->data().toString() == QStringLiteral("zh_CN"))
            chinese = action;
    ASSERT_NE(chinese, nullptr);
    chinese->trigger();
    EXPECT_EQ(Translations::storedChoice(), QStringLiteral("zh_CN"));
    ASSERT_EQ(m_ui.information.size(), 1);
    EXPECT_TRUE(m_ui.information.first().contains(QStringLiteral("after restart")));
}

} // namespace
