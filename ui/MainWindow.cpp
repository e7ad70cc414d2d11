#include "MainWindow.h"

#include "DatabaseSession.h"
#include "NavigationList.h"
#include "Translations.h"
#include "UserDialogs.h"
#include "analysis/AnalysisProgressWidget.h"
#include "analysis/AnalysisService.h"
#include "customers/CustomersPage.h"
#include "import/ImportPage.h"
#include "pages/DashboardPage.h"
#include "pages/ReportsPage.h"
#include "planning/AddToPlanDialog.h"
#include "planning/PlansPage.h"
#include "planning/TrackingPage.h"
#include "segments/SegmentsPage.h"
#include "settings/SettingsPage.h"
#include "storage/Database.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace clientele {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kPageKey = QStringLiteral("mainWindow/page");

QString databaseFilter()
{
    return MainWindow::tr("Clientele databases (*.clientele *.db *.sqlite);;All files (*)");
}

// Spreadsheet files dropped on the window open the import wizard.
QString droppedSpreadsheet(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && ImportPage::isSpreadsheetFile(url.toLocalFile()))
            return url.toLocalFile();
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_session(new DatabaseSession(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_session->setDialogParent(this);
    createPages();
    createMenus();

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("databaseStatus"));
    statusBar()->addWidget(m_statusLabel, 1);
    // The Customers page's "1,234 of 100,000 customers", shown while that page is.
    m_listCountLabel = new QLabel(this);
    m_listCountLabel->setObjectName(QStringLiteral("customerListStatus"));
    statusBar()->addPermanentWidget(m_listCountLabel);
    connect(m_customers, &CustomersPage::listCountChanged, m_listCountLabel, &QLabel::setText);
    connect(m_stack, &QStackedWidget::currentChanged, m_listCountLabel,
            [this] { m_listCountLabel->setVisible(m_stack->currentWidget() == m_customers); });
    m_listCountLabel->setVisible(m_stack->currentWidget() == m_customers);
    statusBar()->addPermanentWidget(new AnalysisProgressWidget(m_analysis, this));

    connect(m_session, &DatabaseSession::databaseChanged, this, &MainWindow::onDatabaseChanged);
    connect(m_session, &DatabaseSession::statisticsReady, this, &MainWindow::onStatistics);
    connect(m_session, &DatabaseSession::recentFilesChanged, this, &MainWindow::rebuildRecentMenu);
    onDatabaseChanged(nullptr);
    rebuildRecentMenu();
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    // The session (and its database) goes before the pages: their background measurements must
    // be finished first.
    m_plans->setDatabase(nullptr);
    m_tracking->setDatabase(nullptr);
}

void MainWindow::createPages()
{
    m_navigation = new NavigationList(this);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pageStack"));

    m_dashboard = new DashboardPage(m_stack);
    m_customers = new CustomersPage(m_stack);
    // The page's own questions and errors go through UserDialogs, like the shell's.
    m_customers->setConfirmation([this](const QString& title, const QString& text) {
        return UserDialogs::current().askYesNo(this, title, text, false);
    });
    m_customers->setErrorReport([this](const QString& title, const QString& text) {
        UserDialogs::current().showError(this, title, text);
    });
    connect(m_customers, &CustomersPage::customersChanged, m_session, &DatabaseSession::refreshStatistics);
    connect(m_customers, &CustomersPage::firstRowsShown, this, [this] {
        m_customersShown = true;
        emit customersShownChanged();
    });
    // Demo data lands behind the page's back: reload it.
    connect(m_session, &DatabaseSession::contentsChanged, m_customers, [this] {
        m_customers->setDatabase(nullptr);
        m_customers->setDatabase(m_session->database());
    });
    m_import = new ImportPage(m_stack);
    // The analysis behind the Segments page (and the customer list's tier filters) follows the data.
    m_analysis = new AnalysisService(this);
    m_segments = new SegmentsPage(m_stack);
    m_segments->setService(m_analysis);
    m_customers->setAnalysisService(m_analysis); // the profile's scores
    connect(m_session, &DatabaseSession::contentsChanged, m_analysis, &AnalysisService::recompute);
    connect(m_import, &ImportPage::dataChanged, m_analysis, &AnalysisService::recompute);
    connect(m_customers, &CustomersPage::customersChanged, m_analysis, &AnalysisService::scheduleRecompute);
    connect(m_segments, &SegmentsPage::customersRequested, this, &MainWindow::showSegmentCustomers);
    // A finished analysis: the list's analysis columns and filters, and the counts, are read again.
    connect(m_analysis, &AnalysisService::finished, m_customers, &CustomersPage::refreshAnalysis);
    connect(m_analysis, &AnalysisService::finished, m_session, &DatabaseSession::refreshStatistics);
    m_reports = new ReportsPage(m_stack);
    m_plans = new PlansPage(m_stack);
    m_plans->setService(m_analysis);
    // Data changed behind the Plans page's back: its goals are measured again.
    connect(m_session, &DatabaseSession::contentsChanged, m_plans, &PlansPage::reload);
    connect(m_import, &ImportPage::dataChanged, m_plans, &PlansPage::reload);
    m_tracking = new TrackingPage(m_stack);
    m_tracking->setService(m_analysis);
    connect(m_plans, &PlansPage::planningChanged, m_tracking, &TrackingPage::reloadPlans);
    // The Customers page's "Add to plan…": the Plans page keeps the change (and its undo).
    connect(m_customers, &CustomersPage::addToPlanRequested, this, [this](const QList<std::int64_t>& ids) {
        Database* db = m_session->database();
        if (!db || ids.isEmpty())
            return;
        AddToPlanDialog dialog(*db, static_cast<int>(ids.size()), this);
        if (dialog.exec() != QDialog::Accepted || dialog.itemId() <= 0)
            return;
        m_plans->addCustomersToItem(dialog.itemId(), QList<qint64>(ids.begin(), ids.end()));
        statusBar()->showMessage(tr("%n customer(s) added to the plan (undo on the Plans page)", nullptr,
                                    static_cast<int>(ids.size())),
                                 5000);
    });
    connect(m_session, &DatabaseSession::contentsChanged, m_tracking, &TrackingPage::reload);
    connect(m_import, &ImportPage::dataChanged, m_tracking, &TrackingPage::reload);
    m_settings = new SettingsPage(m_stack);
    m_settings->setService(m_analysis);
    // An import or a rollback changed the data behind the pages' backs: recount and reload.
    connect(m_import, &ImportPage::dataChanged, m_session, &DatabaseSession::refreshStatistics);
    connect(m_import, &ImportPage::dataChanged, m_customers, [this] {
        m_customers->setDatabase(nullptr);
        m_customers->setDatabase(m_session->database());
    });
    setAcceptDrops(true);
    struct Entry
    {
        QString title;
        QWidget* widget;
    };
    const Entry entries[PageCount] = {
        {tr("Dashboard"), m_dashboard}, {tr("Customers"), m_customers}, {tr("Segments"), m_segments},
        {tr("Plans"), m_plans},         {tr("Tracking"), m_tracking},   {tr("Reports"), m_reports},
        {tr("Import"), m_import},       {tr("Settings"), m_settings},
    };
    for (const Entry& entry : entries) {
        m_navigation->addPage(entry.title);
        m_stack->addWidget(entry.widget);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        // Settings not applied are applied, discarded or kept (staying on the page) first.
        if (m_stack->currentWidget() == m_settings && row != SettingsPageId && !m_settings->confirmLeave()) {
            const QSignalBlocker blocker(m_navigation);
            m_navigation->setCurrentRow(SettingsPageId);
            return;
        }
        m_stack->setCurrentIndex(row);
    });
    m_navigation->setCurrentRow(DashboardPageId);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New database…"), this, &MainWindow::newDatabase);
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* openAction = file->addAction(tr("&Open…"), this, &MainWindow::openDatabase);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    QAction* copyAction = file->addAction(tr("&Save a copy…"), this, &MainWindow::saveCopy);
    copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    copyAction->setEnabled(false);
    connect(m_session, &DatabaseSession::databaseChanged, copyAction,
            [copyAction](Database* db) { copyAction->setEnabled(db != nullptr); });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // Undo and redo act on the current page's stack: the Plans, Tracking and Settings pages have
    // their own, the others the customer edits'.
    auto* undoGroup = new QUndoGroup(this);
    undoGroup->addStack(m_customers->undoStack());
    undoGroup->addStack(m_plans->undoStack());
    undoGroup->addStack(m_tracking->undoStack());
    undoGroup->addStack(m_settings->undoStack());
    undoGroup->setActiveStack(m_customers->undoStack());
    connect(m_stack, &QStackedWidget::currentChanged, undoGroup, [this, undoGroup] {
        QWidget* page = m_stack->currentWidget();
        undoGroup->setActiveStack(page == m_plans      ? m_plans->undoStack()
                                  : page == m_tracking ? m_tracking->undoStack()
                                  : page == m_settings ? m_settings->undoStack()
                                                       : m_customers->undoStack());
    });
    QAction* undo = undoGroup->createUndoAction(edit, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = undoGroup->createRedoAction(edit, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // The customer commands work from anywhere: they bring the Customers page forward first.
    QAction* add = edit->addAction(tr("&New customer…"), this, [this] {
        showPage(CustomersPageId);
        m_customers->addCustomer();
    });
    add->setShortcut(QKeySequence::New);
    QAction* change = edit->addAction(tr("&Edit customer…"), this, [this] {
        showPage(CustomersPageId);
        m_customers->editSelected();
    });
    change->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction* remove = edit->addAction(tr("&Delete customer"), this, [this] {
        showPage(CustomersPageId);
        m_customers->deleteSelected();
    });
    remove->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    QAction* find = edit->addAction(tr("&Find customer"), this, [this] {
        showPage(CustomersPageId);
        m_customers->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Settings…"), this, [this] { showPage(SettingsPageId); });
    preferences->setObjectName(QStringLiteral("showSettings"));
    preferences->setMenuRole(QAction::PreferencesRole);
    // The platform's Preferences keys where it has them (Cmd+, on macOS), Ctrl+, elsewhere.
    preferences->setShortcut(QKeySequence(QKeySequence::Preferences).isEmpty()
                                 ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                 : QKeySequence(QKeySequence::Preferences));
    for (QAction* action : {add, change, remove, find}) {
        action->setEnabled(false);
        connect(m_session, &DatabaseSession::databaseChanged, action,
                [action](Database* db) { action->setEnabled(db != nullptr); });
    }

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int page = 0; page < PageCount; ++page) {
        QAction* go =
            view->addAction(m_navigation->item(page)->text(), this, [this, page] { showPage(page); });
        go->setObjectName(QStringLiteral("showPage_%1").arg(pageKey(page)));
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + page)));
        go->setShortcutContext(Qt::WindowShortcut);
    }
    view->addSeparator();
    QMenu* language = view->addMenu(tr("&Language"));
    m_languages = new QActionGroup(this);
    // Language names are written in their own language, so anyone can find theirs.
    const std::pair<QString, QString> choices[] = {{QStringLiteral("system"), tr("System default")},
                                                   {QStringLiteral("en"), QStringLiteral("English")},
                                                   {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    const QString stored = Translations::storedChoice();
    for (const auto& [choice, label] : choices) {
        QAction* action = language->addAction(label, this, [this, choice] { chooseLanguage(choice); });
        action->setCheckable(true);
        action->setChecked(choice == stored);
        action->setData(choice);
        m_languages->addAction(action);
    }
    connect(m_settings, &SettingsPage::languageChosen, this, [this](const QString& chosen) {
        for (QAction* action : m_languages->actions())
            action->setChecked(action->data().toString() == chosen);
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Clientele"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_session->recentFiles();
    int number = 1;
    for (const QString& file : files) {
        const QString text = QStringLiteral("&%1 %2").arg(number++).arg(QFileInfo(file).fileName());
        QAction* action = m_recentMenu->addAction(text, this, [this, file] {
            if (m_settings->confirmLeave())
                m_session->openFile(file);
        });
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear list"), m_session, &DatabaseSession::clearRecentFiles);
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

void MainWindow::showPage(int page)
{
    if (page >= 0 && page < PageCount)
        m_navigation->setCurrentRow(page);
}

QWidget* MainWindow::page(int page) const
{
    return m_stack->widget(page);
}

QString MainWindow::pageKey(int page)
{
    static const char* const keys[PageCount] = {"dashboard", "customers", "segments", "plans",
                                                "tracking",  "reports",   "import",   "settings"};
    return page >= 0 && page < PageCount ? QString::fromLatin1(keys[page]) : QString();
}

bool MainWindow::customersShown() const
{
    return m_session->database() && m_customersShown;
}

CustomersPage* MainWindow::customersPage() const
{
    return m_customers;
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::onDatabaseChanged(Database* db)
{
    m_customersShown = false;
    m_customers->setDatabase(db);
    m_import->setDatabase(db);
    // Before the analysis starts: the database's stored scheme, model and date are its options.
    m_settings->setDatabase(db);
    m_analysis->setDatabase(db);
    m_reports->setDatabase(db);
    m_plans->setDatabase(db);
    m_tracking->setDatabase(db);
    if (!db) {
        setWindowTitle(tr("Clientele"));
        m_statusLabel->setText(tr("No database is open."));
        m_dashboard->setDatabaseName(QString());
        return;
    }
    const QString name = QFileInfo(db->filePath()).fileName();
    setWindowTitle(tr("%1 — Clientele").arg(name));
    m_statusLabel->setText(tr("%1 — counting…").arg(name));
    m_statusLabel->setToolTip(QDir::toNativeSeparators(db->filePath()));
    m_dashboard->setDatabaseName(name);
    m_dashboard->showCounting();
}

void MainWindow::onStatistics(const DatabaseStatistics& statistics)
{
    const Database* db = m_session->database();
    if (!db)
        return;
    const QString name = QFileInfo(db->filePath()).fileName();
    const QString separator = QStringLiteral(" · ");
    m_statusLabel->setText(name + QStringLiteral(" — ") +
                           tr("%Ln customer(s)", nullptr, static_cast<int>(statistics.customers)) +
                           separator + tr("%Ln order(s)", nullptr, static_cast<int>(statistics.orders)) +
                           separator +
                           tr("%Ln interaction(s)", nullptr, static_cast<int>(statistics.interactions)));
    m_dashboard->setStatistics(statistics);
}

void MainWindow::showSegmentCustomers(const SegmentFilter& filter)
{
    CustomerQuery query;
    query.tier = filter.tier;
    query.stage = filter.stage;
    query.riskLevel = filter.riskLevel;
    query.r = filter.r;
    query.f = filter.f;
    query.search = filter.customerCode; // one customer: found by code, then selected
    showPage(CustomersPageId);
    m_customers->showFiltered(query);
    if (filter.customerId != 0)
        m_customers->selectCustomer(filter.customerId);
    statusBar()->showMessage(tr("Customers: %1").arg(filter.description()), 5000);
}

void MainWindow::newDatabase()
{
    if (!m_settings->confirmLeave())
        return;
    QString path = UserDialogs::current().saveFileName(this, tr("New database"), databaseFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".clientele");
    m_session->createFile(path);
}

void MainWindow::openDatabase()
{
    if (!m_settings->confirmLeave())
        return;
    const QString path = UserDialogs::current().openFileName(this, tr("Open database"), databaseFilter());
    if (!path.isEmpty())
        m_session->openFile(path);
}

void MainWindow::saveCopy()
{
    QString path = UserDialogs::current().saveFileName(this, tr("Save a copy"), databaseFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".clientele");
    if (m_session->saveCopy(path))
        statusBar()->showMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::chooseLanguage(const QString& choice)
{
    if (choice == Translations::storedChoice())
        return;
    Translations::storeChoice(choice);
    m_settings->showStoredLanguage();
    UserDialogs::current().showInformation(this, tr("Language"),
                                           tr("The new language applies after restart."));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Clientele"),
                       tr("<h3>Clientele %1</h3><p>A customer-lifecycle manager for account managers: "
                          "customers, orders, segments, plans and quarterly reviews.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(kStateKey).toByteArray());
    showPage(settings.value(kPageKey, DashboardPageId).toInt());
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_session->database() && !droppedSpreadsheet(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString file = droppedSpreadsheet(event->mimeData());
    if (file.isEmpty() || !m_session->database())
        return;
    event->acceptProposedAction();
    importFile(file);
}

void MainWindow::importFile(const QString& filePath)
{
    showPage(ImportPageId);
    m_import->startImport(filePath);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_settings->confirmLeave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPageKey, currentPage());
    QMainWindow::closeEvent(event);
}

} // namespace clientele
