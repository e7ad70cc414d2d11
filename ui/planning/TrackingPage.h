#pragma once

#include "planning/GoalMeasurer.h"
#include "planning/ReviewRecord.h"
#include "planning/RiskEntry.h"
#include "planning/TrackingRow.h"

#include <QDate>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDialog;
class QGridLayout;
class QLabel;
class QProgressBar;
class QTabWidget;
class QTableView;
class QTableWidget;
class QUndoStack;

namespace clientele {

class AnalysisService;
class Database;
class GoalTargetChart;
class NextBestActionsPanel;
class PeriodPicker;
class RiskTableModel;
class TrackingTableModel;

// The Tracking page (效果跟踪): the tracking table of a period (seed 001 template 3) with entered
// figures and suggestions, a target-against-actual chart for every goal of a plan, the review
// records, the risk register and the next best actions. The table and the goals are measured on
// worker threads; edits are commands on the page's undo stack.
class TrackingPage : public QWidget
{
    Q_OBJECT

public:
    explicit TrackingPage(QWidget* parent = nullptr);
    ~TrackingPage() override;

    void setDatabase(Database* db);
    // The analysis gives the span of periods offered and the day of the next best actions.
    void setService(AnalysisService* service);
    void setSpan(QDate first, QDate last);
    QUndoStack* undoStack() const { return m_undo; }
    using DialogRunner = std::function<int(QDialog* dialog)>;
    void setDialogRunner(DialogRunner runner);

    bool setPeriod(const QString& code);
    bool isBusy() const { return m_running > 0; }
    TrackingTableModel* trackingModel() const { return m_model; }
    RiskTableModel* riskModel() const { return m_risks; }
    NextBestActionsPanel* actions() const { return m_actions; }
    QTabWidget* tabs() const { return m_tabs; }
    QList<GoalTargetChart*> goalCharts() const { return m_charts; }

public slots:
    void reload();
    void reloadPlans();
    void newReview();
    void editReview();
    void deleteReview();
    void addRisk();
    void removeRisk();

signals:
    // Every background measurement has come back.
    void measured();

private:
    void computeTable();
    void measureGoals();
    void reloadReviews();
    void reloadRisks();
    void startTask(QFuture<void> future);
    void taskDone();
    void waitForTasks();
    void push(const QString& text,
              std::function<void()> redo,
              std::function<void()> undo,
              std::function<void()> refresh);
    void reportError(const QString& text);

    Database* m_db = nullptr;
    AnalysisService* m_service = nullptr;
    QUndoStack* m_undo = nullptr;
    DialogRunner m_runner;
    QList<QFuture<void>> m_tasks;
    int m_running = 0;
    int m_tableGeneration = 0;
    int m_goalGeneration = 0;
    QDate m_asOf;

    QTabWidget* m_tabs = nullptr;
    PeriodPicker* m_periods = nullptr;
    QComboBox* m_tierModel = nullptr;
    QProgressBar* m_busy = nullptr;
    TrackingTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_notes = nullptr;
    QComboBox* m_plan = nullptr;
    QGridLayout* m_chartGrid = nullptr;
    QLabel* m_chartNote = nullptr;
    QList<GoalTargetChart*> m_charts;
    QTableWidget* m_reviews = nullptr;
    std::vector<ReviewRecord> m_reviewRows;
    RiskTableModel* m_risks = nullptr;
    QTableView* m_riskView = nullptr;
    NextBestActionsPanel* m_actions = nullptr;
};

} // namespace clientele
