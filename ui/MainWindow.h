#pragma once

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;

namespace clientele {

class AnalysisService;
class CustomersPage;
class Database;
class DatabaseSession;
class DashboardPage;
class ImportPage;
class NavigationList;
class PlansPage;
class TrackingPage;
class SegmentsPage;
class SettingsPage;
struct SegmentFilter;
class ReportsPage;
struct DatabaseStatistics;

// The shell: page navigation on the left, the pages in a stack, menus and a status bar with the open
// database and its counts. The open database itself is owned by session().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        DashboardPageId,
        CustomersPageId,
        SegmentsPageId,
        PlansPageId,
        TrackingPageId,
        ReportsPageId,
        ImportPageId,
        SettingsPageId,
        PageCount
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    DatabaseSession* session() const { return m_session; }

    int currentPage() const;
    void showPage(int page);
    QWidget* page(int page) const;
    // Stable, untranslated page names ("dashboard", "customers", ...), e.g. for screenshot files.
    static QString pageKey(int page);

    CustomersPage* customersPage() const;
    SegmentsPage* segmentsPage() const { return m_segments; }
    SettingsPage* settingsPage() const { return m_settings; }
    PlansPage* plansPage() const { return m_plans; }
    TrackingPage* trackingPage() const { return m_tracking; }
    AnalysisService* analysisService() const { return m_analysis; }
    // True once the Customers page has shown the open database's first rows.
    bool customersShown() const;
    QString statusText() const;

signals:
    void customersShownChanged();

public slots:
    void newDatabase();
    void openDatabase();
    void saveCopy();
    // Shows the Import page and opens the import wizard on a spreadsheet (drag and drop lands here).
    void importFile(const QString& filePath);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createPages();
    void createMenus();
    void rebuildRecentMenu();
    void onDatabaseChanged(Database* db);
    void onStatistics(const DatabaseStatistics& statistics);
    void chooseLanguage(const QString& choice);
    void showAbout();
    // A click on a Segments chart: the Customers page, filtered to what was clicked.
    void showSegmentCustomers(const SegmentFilter& filter);
    void restoreWindowState();

    DatabaseSession* m_session = nullptr;
    NavigationList* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    DashboardPage* m_dashboard = nullptr;
    CustomersPage* m_customers = nullptr;
    ImportPage* m_import = nullptr;
    SegmentsPage* m_segments = nullptr;
    AnalysisService* m_analysis = nullptr;
    ReportsPage* m_reports = nullptr;
    SettingsPage* m_settings = nullptr;
    PlansPage* m_plans = nullptr;
    TrackingPage* m_tracking = nullptr;
    bool m_customersShown = false;
    QMenu* m_recentMenu = nullptr;
    QActionGroup* m_languages = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_listCountLabel = nullptr;
};

} // namespace clientele
