#pragma once

#include "planning/ExecutionItem.h"
#include "planning/ExecutionNote.h"
#include "planning/Plan.h"
#include "planning/PlanningIdMap.h"
#include "planning/SmartGoal.h"

#include <QFuture>
#include <QList>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace clientele {

class AnalysisService;
class Database;
class GoalTableModel;
class ItemTableModel;
class PlaybooksPanel;

// The Plans page (策略规划): the plans of the database; for the selected one its SMART goals with
// the current value measured from the data and the progress towards the target, and its execution
// items (seed 001 template 2) — sortable, filterable and edited in place — with their progress notes
// and, once an item has ended, its measured effect in words. A second tab holds the playbook library.
// Every change is a command on the page's undo stack; measurements run on worker threads with their
// own database connection.
class PlansPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlansPage(QWidget* parent = nullptr);
    ~PlansPage() override;

    void setDatabase(Database* db);
    QUndoStack* undoStack() const { return m_undo; }

    // Opens a form and returns its result; tests replace it to fill the form without a modal loop.
    using DialogRunner = std::function<int(QDialog* dialog)>;
    void setDialogRunner(DialogRunner runner);
    // The analysis whose date the goals' current values stand for.
    void setService(AnalysisService* service);
    // The day the goals' current values stand for (default: today, then the analysis date).
    void setAsOf(QDate day);

    std::optional<Plan> currentPlan() const;
    bool selectPlan(qint64 planId);
    GoalTableModel* goalModel() const { return m_goalModel; }
    ItemTableModel* itemModel() const { return m_itemModel; }
    QSortFilterProxyModel* itemProxy() const { return m_itemProxy; }
    QTableView* itemView() const { return m_itemView; }
    PlaybooksPanel* playbooks() const { return m_playbooks; }
    // True while a measurement runs in the background.
    bool isMeasuring() const { return m_running > 0; }

    // Adds customers to an execution item's hand-picked list (undoable).
    void addCustomersToItem(qint64 itemId, const QList<qint64>& customerIds);

public slots:
    void newPlan();
    void editPlan();
    void deletePlan();
    void newGoal();
    void editGoal();
    void deleteGoal();
    void newItem();
    void editItem();
    void deleteItem();
    void addNote();
    void measureEffect();
    void reload();

signals:
    // Every background measurement of the page has come back.
    void measured();
    // Plans, goals or items changed (other pages re-read them).
    void planningChanged();

private:
    void reloadPlans(qint64 select);
    void showPlan();
    void showItemDetail();
    void measureGoals();
    void startTask(QFuture<void> future);
    void taskDone();
    void waitForTasks();
    int runDialog(QDialog* dialog);
    void push(const QString& text, std::function<void()> redo, std::function<void()> undo);
    void reportError(const QString& text);
    qint64 selectedGoalId() const;
    qint64 selectedItemId() const;

    Database* m_db = nullptr;
    QUndoStack* m_undo = nullptr;
    DialogRunner m_runner;
    QDate m_asOf;
    std::shared_ptr<PlanningIdMap> m_planIds;
    std::shared_ptr<PlanningIdMap> m_goalIds;
    std::shared_ptr<PlanningIdMap> m_itemIds;
    QList<QFuture<void>> m_tasks;
    int m_running = 0;
    int m_generation = 0;

    QTabWidget* m_tabs = nullptr;
    QListWidget* m_planList = nullptr;
    QLabel* m_planTitle = nullptr;
    GoalTableModel* m_goalModel = nullptr;
    QTableView* m_goalView = nullptr;
    ItemTableModel* m_itemModel = nullptr;
    QSortFilterProxyModel* m_itemProxy = nullptr;
    QTableView* m_itemView = nullptr;
    QLineEdit* m_itemFilter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QListWidget* m_notes = nullptr;
    QLineEdit* m_noteEdit = nullptr;
    QLabel* m_effect = nullptr;
    QPushButton* m_effectButton = nullptr;
    QLabel* m_busyLabel = nullptr;
    QProgressBar* m_busy = nullptr;
    QList<QAction*> m_planActions;
    PlaybooksPanel* m_playbooks = nullptr;
};

} // namespace clientele
