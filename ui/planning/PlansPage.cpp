#include "planning/PlansPage.h"

#include "UserDialogs.h"
#include "analysis/AnalysisService.h"
#include "analysis/SegmentOverview.h"
#include "analytics/AnalysisPeriod.h"
#include "planning/EffectMeasurement.h"
#include "planning/GoalFormDialog.h"
#include "planning/GoalMeasurer.h"
#include "planning/GoalTableModel.h"
#include "planning/ItemEditDelegate.h"
#include "planning/ItemFilterProxy.h"
#include "planning/ItemFormDialog.h"
#include "planning/ItemTableModel.h"
#include "planning/PlanFormDialog.h"
#include "planning/PlanningCodes.h"
#include "planning/PlanningEditCommand.h"
#include "planning/PlanningFormat.h"
#include "planning/PlanningTask.h"
#include "planning/PlanningValidator.h"
#include "planning/PlaybooksPanel.h"
#include "planning/ProgressBarDelegate.h"
#include "storage/Database.h"
#include "storage/PlanStore.h"
#include "storage/PlaybookStore.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace clientele {

namespace {

QTableView* makeTable(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
}

QAction* makeAction(QWidget* owner, const QString& text, const QString& icon, const QString& name)
{
    auto* action = new QAction(QIcon::fromTheme(icon), text, owner);
    action->setObjectName(name);
    return action;
}

// An item with its linked customers and notes, so a delete can be undone.
struct ItemSnapshot
{
    ExecutionItem item;
    std::vector<qint64> customers;
    std::vector<ExecutionNote> notes;
};

} // namespace

PlansPage::PlansPage(QWidget* parent)
    : QWidget(parent)
    , m_undo(new QUndoStack(this))
    , m_asOf(QDate::currentDate())
    , m_planIds(std::make_shared<PlanningIdMap>())
    , m_goalIds(std::make_shared<PlanningIdMap>())
    , m_itemIds(std::make_shared<PlanningIdMap>())
{
    setObjectName(QStringLiteral("plansPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("plansTabs"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    outer->addWidget(m_tabs);

    // --- the plans tab
    auto* plansTab = new QWidget(m_tabs);
    auto* split = new QSplitter(Qt::Horizontal, plansTab);
    auto* planLayout = new QVBoxLayout(plansTab);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(split);

    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("<b>Plans</b>"), left));
    m_planList = new QListWidget(left);
    m_planList->setObjectName(QStringLiteral("planList"));
    leftLayout->addWidget(m_planList, 1);
    auto* planBar = new QToolBar(left);
    QAction* newPlanAction =
        makeAction(this, tr("New…"), QStringLiteral("document-new"), QStringLiteral("newPlan"));
    QAction* editPlanAction =
        makeAction(this, tr("Edit…"), QStringLiteral("document-edit"), QStringLiteral("editPlan"));
    QAction* deletePlanAction =
        makeAction(this, tr("Delete"), QStringLiteral("edit-delete"), QStringLiteral("deletePlan"));
    connect(newPlanAction, &QAction::triggered, this, &PlansPage::newPlan);
    connect(editPlanAction, &QAction::triggered, this, &PlansPage::editPlan);
    connect(deletePlanAction, &QAction::triggered, this, &PlansPage::deletePlan);
    planBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    planBar->addActions({newPlanAction, editPlanAction, deletePlanAction});
    leftLayout->addWidget(planBar);
    m_planActions = {newPlanAction, editPlanAction, deletePlanAction};

    auto* right = new QWidget(split);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* titleRow = new QHBoxLayout;
    m_planTitle = new QLabel(right);
    m_planTitle->setObjectName(QStringLiteral("planTitle"));
    QFont titleFont = m_planTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_planTitle->setFont(titleFont);
    m_busy = new QProgressBar(right);
    m_busy->setObjectName(QStringLiteral("planningBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_busyLabel = new QLabel(tr("Measuring…"), right);
    m_busyLabel->hide();
    titleRow->addWidget(m_planTitle, 1);
    titleRow->addWidget(m_busyLabel);
    titleRow->addWidget(m_busy);
    rightLayout->addLayout(titleRow);

    auto* vsplit = new QSplitter(Qt::Vertical, right);
    rightLayout->addWidget(vsplit, 1);

    // Goals
    auto* goalsBox = new QWidget(vsplit);
    auto* goalsLayout = new QVBoxLayout(goalsBox);
    goalsLayout->setContentsMargins(0, 0, 0, 0);
    auto* goalBar = new QToolBar(goalsBox);
    goalBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* goalsTitle = new QLabel(tr("<b>SMART goals</b>"), goalsBox);
    goalBar->addWidget(goalsTitle);
    goalBar->addSeparator();
    m_goalModel = new GoalTableModel(this);
    m_goalView = makeTable(goalsBox, QStringLiteral("goalTable"));
    m_goalView->setModel(m_goalModel);
    m_goalView->setItemDelegateForColumn(GoalTableModel::ProgressColumn,
                                         new ProgressBarDelegate(GoalTableModel::ProgressRole, m_goalView));
    m_goalView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_goalView->horizontalHeader()->setSectionResizeMode(GoalTableModel::ProgressColumn, QHeaderView::Fixed);
    m_goalView->setColumnWidth(GoalTableModel::ProgressColumn, 120);
    QAction* newGoalAction =
        makeAction(this, tr("New goal…"), QStringLiteral("list-add"), QStringLiteral("newGoal"));
    newGoalAction->setShortcut(QKeySequence(Qt::Key_Insert));
    newGoalAction->setToolTip(tr("Add a SMART goal (Ins)"));
    QAction* editGoalAction =
        makeAction(this, tr("Edit goal…"), QStringLiteral("document-edit"), QStringLiteral("editGoal"));
    editGoalAction->setShortcut(QKeySequence(Qt::Key_F2));
    QAction* deleteGoalAction =
        makeAction(this, tr("Delete goal"), QStringLiteral("list-remove"), QStringLiteral("deleteGoal"));
    deleteGoalAction->setShortcut(QKeySequence::Delete);
    QAction* measureAction =
        makeAction(this, tr("Measure again"), QStringLiteral("view-refresh"), QStringLiteral("measureGoals"));
    for (QAction* a : {newGoalAction, editGoalAction, deleteGoalAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_goalView->addAction(a);
    }
    connect(newGoalAction, &QAction::triggered, this, &PlansPage::newGoal);
    connect(editGoalAction, &QAction::triggered, this, &PlansPage::editGoal);
    connect(deleteGoalAction, &QAction::triggered, this, &PlansPage::deleteGoal);
    connect(measureAction, &QAction::triggered, this, &PlansPage::measureGoals);
    connect(m_goalView, &QTableView::doubleClicked, this, &PlansPage::editGoal);
    goalBar->addActions({newGoalAction, editGoalAction, deleteGoalAction, measureAction});
    goalsLayout->addWidget(goalBar);
    goalsLayout->addWidget(m_goalView, 1);
    m_planActions << newGoalAction << editGoalAction << deleteGoalAction << measureAction;

    // Execution items
    auto* itemsBox = new QWidget(vsplit);
    auto* itemsLayout = new QVBoxLayout(itemsBox);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    auto* itemBar = new QToolBar(itemsBox);
    itemBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    itemBar->addWidget(new QLabel(tr("<b>Execution plan</b>"), itemsBox));
    itemBar->addSeparator();
    m_itemModel = new ItemTableModel(this);
    auto* proxy = new ItemFilterProxy(this);
    m_itemProxy = proxy;
    proxy->setSourceModel(m_itemModel);
    m_itemView = makeTable(itemsBox, QStringLiteral("itemTable"));
    m_itemView->setModel(m_itemProxy);
    m_itemView->setSortingEnabled(true);
    m_itemView->sortByColumn(ItemTableModel::StartColumn, Qt::AscendingOrder);
    m_itemView->setItemDelegate(new ItemEditDelegate(m_itemView));
    m_itemView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::AnyKeyPressed);
    m_itemView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    QAction* newItemAction =
        makeAction(this, tr("New item…"), QStringLiteral("list-add"), QStringLiteral("newItem"));
    newItemAction->setShortcut(QKeySequence(Qt::Key_Insert));
    newItemAction->setToolTip(tr("Add an execution item (Ins)"));
    QAction* editItemAction =
        makeAction(this, tr("Open item…"), QStringLiteral("document-edit"), QStringLiteral("editItem"));
    editItemAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    QAction* deleteItemAction =
        makeAction(this, tr("Delete item"), QStringLiteral("list-remove"), QStringLiteral("deleteItem"));
    deleteItemAction->setShortcut(QKeySequence::Delete);
    for (QAction* a : {newItemAction, editItemAction, deleteItemAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_itemView->addAction(a);
    }
    connect(newItemAction, &QAction::triggered, this, &PlansPage::newItem);
    connect(editItemAction, &QAction::triggered, this, &PlansPage::editItem);
    connect(deleteItemAction, &QAction::triggered, this, &PlansPage::deleteItem);
    itemBar->addActions({newItemAction, editItemAction, deleteItemAction});
    itemBar->addSeparator();
    m_itemFilter = new QLineEdit(itemsBox);
    m_itemFilter->setObjectName(QStringLiteral("itemFilter"));
    m_itemFilter->setPlaceholderText(tr("Filter items"));
    m_itemFilter->setClearButtonEnabled(true);
    m_itemFilter->setMaximumWidth(220);
    m_statusFilter = new QComboBox(itemsBox);
    m_statusFilter->setObjectName(QStringLiteral("itemStatusFilter"));
    m_statusFilter->addItem(tr("Any status"), QVariant());
    for (ItemStatus s : {ItemStatus::Planned, ItemStatus::Running, ItemStatus::Done, ItemStatus::Cancelled})
        m_statusFilter->addItem(PlanningCodes::displayName(s), static_cast<int>(s));
    itemBar->addWidget(m_itemFilter);
    itemBar->addWidget(m_statusFilter);
    connect(m_itemFilter, &QLineEdit::textChanged, proxy, &ItemFilterProxy::setText);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this, proxy] {
        const QVariant v = m_statusFilter->currentData();
        proxy->setStatus(v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt);
    });
    itemsLayout->addWidget(itemBar);
    itemsLayout->addWidget(m_itemView, 1);
    m_planActions << newItemAction << editItemAction << deleteItemAction;

    // The selected item: its progress notes and measured effect.
    auto* detail = new QWidget(vsplit);
    auto* detailLayout = new QHBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto* notesBox = new QVBoxLayout;
    notesBox->addWidget(new QLabel(tr("<b>Progress notes</b>"), detail));
    m_notes = new QListWidget(detail);
    m_notes->setObjectName(QStringLiteral("itemNotes"));
    m_notes->setWordWrap(true);
    notesBox->addWidget(m_notes, 1);
    auto* noteRow = new QHBoxLayout;
    m_noteEdit = new QLineEdit(detail);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("What happened? (Enter adds the note)"));
    auto* addNoteButton = new QPushButton(tr("Add note"), detail);
    addNoteButton->setObjectName(QStringLiteral("addNote"));
    connect(m_noteEdit, &QLineEdit::returnPressed, this, &PlansPage::addNote);
    connect(addNoteButton, &QPushButton::clicked, this, &PlansPage::addNote);
    noteRow->addWidget(m_noteEdit, 1);
    noteRow->addWidget(addNoteButton);
    notesBox->addLayout(noteRow);
    auto* effectBox = new QVBoxLayout;
    effectBox->addWidget(new QLabel(tr("<b>Measured effect</b>"), detail));
    m_effect = new QLabel(tr("Select an execution item."), detail);
    m_effect->setObjectName(QStringLiteral("itemEffect"));
    m_effect->setWordWrap(true);
    m_effect->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_effect->setTextInteractionFlags(Qt::TextSelectableByMouse);
    effectBox->addWidget(m_effect, 1);
    m_effectButton = new QPushButton(tr("Measure the effect"), detail);
    m_effectButton->setObjectName(QStringLiteral("measureEffect"));
    m_effectButton->setToolTip(tr("Compare the item's customers with control customers over its dates"));
    connect(m_effectButton, &QPushButton::clicked, this, &PlansPage::measureEffect);
    effectBox->addWidget(m_effectButton, 0, Qt::AlignLeft);
    detailLayout->addLayout(notesBox, 1);
    detailLayout->addLayout(effectBox, 1);
    vsplit->setStretchFactor(0, 2);
    vsplit->setStretchFactor(1, 3);
    vsplit->setStretchFactor(2, 1);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 5);
    split->setSizes({220, 1000});
    m_tabs->addTab(plansTab, tr("Plans"));

    // --- the playbook library
    m_playbooks = new PlaybooksPanel(m_undo, m_tabs);
    m_tabs->addTab(m_playbooks, tr("Playbooks"));

    connect(m_planList, &QListWidget::currentRowChanged, this, &PlansPage::showPlan);
    connect(m_itemView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlansPage::showItemDetail);
    connect(m_itemModel, &QAbstractItemModel::modelReset, this, &PlansPage::showItemDetail);
    connect(m_itemModel, &ItemTableModel::editRefused, this, &PlansPage::reportError);
    connect(
        m_itemModel, &ItemTableModel::editRequested, this,
        [this](const ExecutionItem& before, const ExecutionItem& after) {
            auto ids = m_itemIds;
            const qint64 id = before.id;
            push(
                tr("Edit execution item"),
                [this, ids, id, after] {
                    ExecutionItem i = after;
                    i.id = ids->current(id);
                    PlanStore(m_db->connection(), m_db->dialect()).updateItem(i);
                },
                [this, ids, id, before] {
                    ExecutionItem i = before;
                    i.id = ids->current(id);
                    PlanStore(m_db->connection(), m_db->dialect()).updateItem(i);
                });
        },
        // After the delegate has let go of its editor: the command reloads the model.
        Qt::QueuedConnection);
    setDatabase(nullptr);
}

PlansPage::~PlansPage()
{
    waitForTasks();
}

void PlansPage::setDialogRunner(DialogRunner runner)
{
    m_runner = std::move(runner);
}

void PlansPage::setService(AnalysisService* service)
{
    if (!service)
        return;
    // The goals' current values stand for the analysis date (the data's last day, or the date set).
    connect(service, &AnalysisService::finished, this, [this, service] {
        if (const std::shared_ptr<const SegmentOverview> overview = service->overview())
            if (overview->asOf.isValid() && overview->asOf != m_asOf)
                setAsOf(overview->asOf);
    });
}

void PlansPage::setAsOf(QDate day)
{
    m_asOf = day;
    measureGoals();
}

int PlansPage::runDialog(QDialog* dialog)
{
    return m_runner ? m_runner(dialog) : dialog->exec();
}

void PlansPage::reportError(const QString& text)
{
    UserDialogs::current().showError(this, tr("Plans"), text);
}

void PlansPage::setDatabase(Database* db)
{
    waitForTasks();
    ++m_generation;
    m_db = db;
    m_undo->clear();
    m_planIds->clear();
    m_goalIds->clear();
    m_itemIds->clear();
    m_playbooks->setDatabase(db);
    for (QAction* a : std::as_const(m_planActions))
        a->setEnabled(db != nullptr);
    reloadPlans(0);
}

void PlansPage::reload()
{
    const std::optional<Plan> p = currentPlan();
    reloadPlans(p ? p->id : 0);
}

void PlansPage::reloadPlans(qint64 select)
{
    const QSignalBlocker block(m_planList);
    m_planList->clear();
    if (m_db) {
        try {
            for (const Plan& p : PlanStore(m_db->connection(), m_db->dialect()).plans()) {
                auto* item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(p.name, p.period), m_planList);
                item->setData(Qt::UserRole, p.id);
                item->setToolTip(p.notes);
                if (p.id == select)
                    m_planList->setCurrentItem(item);
            }
        } catch (const StorageError& e) {
            reportError(e.message());
        }
    }
    if (!m_planList->currentItem() && m_planList->count() > 0)
        m_planList->setCurrentRow(0);
    showPlan();
}

std::optional<Plan> PlansPage::currentPlan() const
{
    if (!m_db || !m_planList->currentItem())
        return std::nullopt;
    return PlanStore(m_db->connection(), m_db->dialect())
        .plan(m_planList->currentItem()->data(Qt::UserRole).toLongLong());
}

bool PlansPage::selectPlan(qint64 planId)
{
    for (int row = 0; row < m_planList->count(); ++row)
        if (m_planList->item(row)->data(Qt::UserRole).toLongLong() == planId) {
            m_planList->setCurrentRow(row);
            return true;
        }
    return false;
}

void PlansPage::showPlan()
{
    const std::optional<Plan> plan = currentPlan();
    const qint64 keepGoal = selectedGoalId();
    const qint64 keepItem = selectedItemId();
    if (!plan) {
        m_planTitle->setText(m_db ? tr("No plan yet: “New plan…” starts one.") : tr("No database is open."));
        m_goalModel->setGoals({});
        m_itemModel->setItems({}, {});
        for (int i = 1; i < m_planActions.size(); ++i)
            m_planActions[i]->setEnabled(false);
        return;
    }
    for (QAction* a : std::as_const(m_planActions))
        a->setEnabled(true);
    m_planTitle->setText(
        tr("%1 — %2, %3").arg(plan->name, plan->period, PlanningFormat::tierModelName(plan->tierModel)));
    const PlanStore store(m_db->connection(), m_db->dialect());
    m_goalModel->setGoals(store.goals(plan->id));
    std::vector<ExecutionItem> items = store.items(plan->id);
    QHash<qint64, ItemCustomerCounts> counts;
    for (const ExecutionItem& i : items)
        counts.insert(i.id, store.itemCustomerCounts(i.id));
    m_itemModel->setItems(std::move(items), counts);
    // Long strategies and effects are cut to a readable width; the tooltip has the measures.
    m_itemView->resizeColumnsToContents();
    for (int column : {ItemTableModel::StrategyColumn, ItemTableModel::EffectColumn})
        m_itemView->setColumnWidth(column, qMin(m_itemView->columnWidth(column), 320));
    if (const int row = m_goalModel->rowOf(keepGoal); row >= 0)
        m_goalView->selectRow(row);
    if (const int row = m_itemModel->rowOf(keepItem); row >= 0)
        m_itemView->selectRow(m_itemProxy->mapFromSource(m_itemModel->index(row, 0)).row());
    measureGoals();
}

void PlansPage::showItemDetail()
{
    m_notes->clear();
    const qint64 id = selectedItemId();
    const bool has = m_db && id > 0;
    m_noteEdit->setEnabled(has);
    m_effectButton->setEnabled(has);
    if (!has) {
        m_effect->setText(tr("Select an execution item."));
        return;
    }
    for (const ExecutionNote& n : PlanStore(m_db->connection(), m_db->dialect()).notes(id)) {
        auto* row = new QListWidgetItem(
            QStringLiteral("%1  %2%3")
                .arg(n.writtenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     n.author.isEmpty() ? QString() : n.author + QStringLiteral(": "), n.body),
            m_notes);
        row->setData(Qt::UserRole, n.id);
    }
    const ExecutionItem* item = m_itemModel->itemAt(m_itemModel->rowOf(id));
    if (item && item->endsOn.isValid() && item->endsOn < m_asOf)
        m_effect->setText(tr("The item ended on %1: “Measure the effect” compares its customers with control "
                             "customers.")
                              .arg(item->endsOn.toString(Qt::ISODate)));
    else
        m_effect->setText(tr("The effect can be measured once the item has ended."));
}

qint64 PlansPage::selectedGoalId() const
{
    const QModelIndex index = m_goalView->currentIndex();
    return index.isValid() ? index.data(GoalTableModel::IdRole).toLongLong() : 0;
}

qint64 PlansPage::selectedItemId() const
{
    const QModelIndex index = m_itemView->currentIndex();
    return index.isValid() ? index.data(ItemTableModel::IdRole).toLongLong() : 0;
}

void PlansPage::push(const QString& text, std::function<void()> redo, std::function<void()> undo)
{
    auto* command = new PlanningEditCommand(
        text, std::move(redo), std::move(undo), [this](const QString& message) { reportError(message); },
        [this] {
            reload();
            emit planningChanged();
        });
    m_undo->push(command);
}

// --- plans

void PlansPage::newPlan()
{
    if (!m_db)
        return;
    Plan draft;
    draft.period = AnalysisPeriod::containing(QDate::currentDate(), AnalysisPeriod::Kind::Quarter).code();
    draft.tierModel = QStringLiteral("seed4");
    PlanFormDialog dialog(draft, this);
    if (runDialog(&dialog) != QDialog::Accepted)
        return;
    const Plan plan = dialog.plan();
    auto ids = m_planIds;
    auto first = std::make_shared<qint64>(0);
    push(
        tr("New plan “%1”").arg(plan.name),
        [this, plan, ids, first] {
            const qint64 id = PlanStore(m_db->connection(), m_db->dialect()).insertPlan(plan);
            if (*first == 0)
                *first = id;
            else
                ids->moved(ids->current(*first), id);
            reloadPlans(id);
        },
        [this, ids, first] {
            PlanStore(m_db->connection(), m_db->dialect()).removePlan(ids->current(*first));
        });
    if (*first > 0)
        selectPlan(*first);
}

void PlansPage::editPlan()
{
    const std::optional<Plan> before = currentPlan();
    if (!before)
        return;
    PlanFormDialog dialog(*before, this);
    if (runDialog(&dialog) != QDialog::Accepted)
        return;
    const Plan after = dialog.plan();
    auto ids = m_planIds;
    push(
        tr("Edit plan “%1”").arg(after.name),
        [this, ids, after] {
            Plan p = after;
            p.id = ids->current(after.id);
            PlanStore(m_db->connection(), m_db->dialect()).updatePlan(p);
        },
        [this, ids, before] {
            Plan p = *before;
            p.id = ids->current(before->id);
            PlanStore(m_db->connection(), m_db->dialect()).updatePlan(p);
        });
}

void PlansPage::deletePlan()
{
    const std::optional<Plan> plan = currentPlan();
    if (!plan)
        return;
    // Asked first because a plan takes its goals, items, their customers and notes with it; Undo puts
    // all of it back with the same ids.
    if (!UserDialogs::current().askYesNo(
            this, tr("Delete plan"),
            tr("Delete the plan “%1” with its goals, execution items and their notes? Edit ▸ Undo puts "
               "them back.")
                .arg(plan->name),
            false))
        return;
    auto ids = m_planIds;
    auto archive = std::make_shared<PlanArchive>();
    push(
        tr("Delete plan “%1”").arg(plan->name),
        [this, ids, id = plan->id, archive] {
            PlanStore store(m_db->connection(), m_db->dialect());
            *archive = store.archivePlan(ids->current(id));
            store.removePlan(archive->planId);
            reloadPlans(0);
        },
        [this, archive] {
            PlanStore(m_db->connection(), m_db->dialect()).restorePlan(*archive);
            reloadPlans(archive->planId);
        });
}

// --- goals

void PlansPage::newGoal()
{
    const std::optional<Plan> plan = currentPlan();
    if (!plan)
        return;
    SmartGoal draft;
    draft.planId = plan->id;
    GoalFormDialog dialog(*plan, draft, m_db, this);
    if (runDialog(&dialog) != QDialog::Accepted)
        return;
    const SmartGoal goal = dialog.goal();
    auto planIds = m_planIds;
    auto ids = m_goalIds;
    auto first = std::make_shared<qint64>(0);
    push(
        tr("New goal"),
        [this, goal, planIds, ids, first] {
            SmartGoal g = goal;
            g.planId = planIds->current(goal.planId);
            const qint64 id = PlanStore(m_db->connection(), m_db->dialect()).insertGoal(g);
            if (*first == 0)
                *first = id;
            else
                ids->moved(ids->current(*first), id);
        },
        [this, ids, first] {
            PlanStore(m_db->connection(), m_db->dialect()).removeGoal(ids->current(*first));
        });
}

void PlansPage::editGoal()
{
    const std::optional<Plan> plan = currentPlan();
    const SmartGoal* current = m_goalModel->goalAt(m_goalView->currentIndex().row());
    if (!plan || !current)
        return;
    const SmartGoal before = *current;
    GoalFormDialog dialog(*plan, before, m_db, this);
    if (runDialog(&dialog) != QDialog::Accepted)
        return;
    const SmartGoal after = dialog.goal();
    auto ids = m_goalIds;
    auto update = [this, ids](SmartGoal g) {
        g.id = ids->current(g.id);
        PlanStore(m_db->connection(), m_db->dialect()).updateGoal(g);
    };
    push(
        tr("Edit goal"), [update, after] { update(after); }, [update, before] { update(before); });
}

void PlansPage::deleteGoal()
{
    const SmartGoal* current = m_goalModel->goalAt(m_goalView->currentIndex().row());
    if (!current)
        return;
    const SmartGoal goal = *current;
    auto ids = m_goalIds;
    auto planIds = m_planIds;
    push(
        tr("Delete goal"),
        [this, ids, goal] {
            PlanStore(m_db->connection(), m_db->dialect()).removeGoal(ids->current(goal.id));
        },
        [this, ids, planIds, goal] {
            SmartGoal g = goal;
            g.planId = planIds->current(goal.planId);
            ids->moved(ids->current(goal.id), PlanStore(m_db->connection(), m_db->dialect()).insertGoal(g));
        });
}

// --- items

void PlansPage::newItem()
{
    const std::optional<Plan> plan = currentPlan();
    if (!plan)
        return;
    ExecutionItem draft;
    draft.planId = plan->id;
    ItemFormDialog dialog(*plan, draft, PlaybookStore(m_db->connection(), m_db->dialect()).list(false), 0,
                          this);
    if (runDialog(&dialog) != QDialog::Accepted)
        return;
    const ExecutionItem item = dialog.item();
    const bool link = dialog.linkSegmentCustomers();
    auto planIds = m_planIds;
    auto ids = m_itemIds;
    auto first = std::make_shared<qint64>(0);
    push(
        tr("New execution item"),
        [this, item, link, planIds, ids, first] {
            ExecutionItem i = item;
            i.planId = planIds->current(item.planId);
            PlanStore store(m_db->connection(), m_db->dialect());
            const qint64 id = store.insertItem(i);
            if (*first == 0)
                *first = id;
            else
                ids->moved(ids->current(*first), id);
            if (link)
                store.linkSegmentCustomers(id, i.holdoutShare);
        },
        [this, ids, first] {
            PlanStore(m_db->connection(), m_db->dialect()).removeItem(ids->current(*first));
        });
}

void PlansPage::editItem()
{
    const std::optional<Plan> plan = currentPlan();
    const qint64 id = selectedItemId();
    if (!plan || id <= 0)
        return;
    PlanStore store(m_db->connection(), m_db->dialect());
    const std::optional<ExecutionItem> before = store.item(id);
    if (!before)
        return;
    const ItemCustomerCounts counts = store.itemCustomerCounts(id);
    ItemFormDialog dialog(*plan, *before, PlaybookStore(m_db->connection(), m_db->dialect()).list(false),
                          counts.targets + counts.controls, this);
    if (runDialog(&dialog) != QDialog::Accepted)
        return;
    const ExecutionItem after = dialog.item();
    const bool link = dialog.linkSegmentCustomers();
    const std::vector<qint64> customersBefore = [&] {
        std::vector<qint64> all;
        for (const ItemCustomer& c : store.itemCustomers(id))
            all.push_back(c.customerId);
        return all;
    }();
    auto ids = m_itemIds;
    push(
        tr("Edit execution item"),
        [this, ids, after, link, customersBefore] {
            ExecutionItem i = after;
            i.id = ids->current(after.id);
            PlanStore s(m_db->connection(), m_db->dialect());
            s.updateItem(i);
            if (link)
                s.linkSegmentCustomers(i.id, i.holdoutShare);
            else if (!customersBefore.empty())
                s.setItemCustomers(i.id, customersBefore, i.holdoutShare);
        },
        [this, ids, before, customersBefore] {
            ExecutionItem i = *before;
            i.id = ids->current(before->id);
            PlanStore s(m_db->connection(), m_db->dialect());
            s.updateItem(i);
            s.setItemCustomers(i.id, customersBefore, before->holdoutShare);
        });
}

void PlansPage::deleteItem()
{
    const qint64 id = selectedItemId();
    if (!m_db || id <= 0)
        return;
    const PlanStore store(m_db->connection(), m_db->dialect());
    const std::optional<ExecutionItem> item = store.item(id);
    if (!item)
        return;
    auto snapshot = std::make_shared<ItemSnapshot>();
    snapshot->item = *item;
    for (const ItemCustomer& c : store.itemCustomers(id))
        snapshot->customers.push_back(c.customerId);
    snapshot->notes = store.notes(id);
    auto ids = m_itemIds;
    auto planIds = m_planIds;
    push(
        tr("Delete execution item"),
        [this, ids, id] { PlanStore(m_db->connection(), m_db->dialect()).removeItem(ids->current(id)); },
        [this, ids, planIds, snapshot, id] {
            PlanStore s(m_db->connection(), m_db->dialect());
            ExecutionItem i = snapshot->item;
            i.planId = planIds->current(i.planId);
            const qint64 back = s.insertItem(i);
            ids->moved(ids->current(id), back);
            if (!snapshot->customers.empty())
                s.setItemCustomers(back, snapshot->customers, i.holdoutShare);
            for (ExecutionNote n : snapshot->notes) {
                n.itemId = back;
                s.insertNote(n);
            }
        });
}

void PlansPage::addCustomersToItem(qint64 itemId, const QList<qint64>& customerIds)
{
    if (!m_db || customerIds.isEmpty())
        return;
    const PlanStore store(m_db->connection(), m_db->dialect());
    const std::optional<ExecutionItem> item = store.item(itemId);
    if (!item)
        return;
    std::vector<qint64> before;
    for (const ItemCustomer& c : store.itemCustomers(itemId))
        before.push_back(c.customerId);
    QSet<qint64> seen(before.begin(), before.end());
    std::vector<qint64> after = before;
    for (qint64 id : customerIds)
        if (!seen.contains(id)) {
            seen.insert(id);
            after.push_back(id);
        }
    const double share = item->holdoutShare;
    auto ids = m_itemIds;
    push(
        tr("Add %n customer(s) to “%1”", nullptr, static_cast<int>(after.size() - before.size()))
            .arg(item->strategy),
        [this, ids, itemId, after, share] {
            PlanStore(m_db->connection(), m_db->dialect())
                .setItemCustomers(ids->current(itemId), after, share);
        },
        [this, ids, itemId, before, share] {
            PlanStore(m_db->connection(), m_db->dialect())
                .setItemCustomers(ids->current(itemId), before, share);
        });
}

void PlansPage::addNote()
{
    const qint64 id = selectedItemId();
    const QString body = m_noteEdit->text().trimmed();
    if (!m_db || id <= 0 || body.isEmpty())
        return;
    ExecutionNote note;
    note.itemId = id;
    note.body = body;
    note.writtenAt = QDateTime::currentDateTimeUtc();
    const std::vector<PlanningIssue> issues = PlanningValidator::check(note);
    if (!issues.empty()) {
        reportError(PlanningError(issues).message());
        return;
    }
    m_noteEdit->clear();
    auto ids = m_itemIds;
    auto noteId = std::make_shared<qint64>(0);
    push(
        tr("Add progress note"),
        [this, ids, note, noteId] {
            ExecutionNote n = note;
            n.itemId = ids->current(note.itemId);
            *noteId = PlanStore(m_db->connection(), m_db->dialect()).insertNote(n);
        },
        [this, noteId] { PlanStore(m_db->connection(), m_db->dialect()).removeNote(*noteId); });
}

// --- measurements

void PlansPage::startTask(QFuture<void> future)
{
    m_tasks.removeIf([](const QFuture<void>& f) { return f.isFinished(); });
    m_tasks << future;
    ++m_running;
    m_busy->show();
    m_busyLabel->show();
}

void PlansPage::taskDone()
{
    m_running = qMax(0, m_running - 1);
    if (m_running == 0) {
        m_busy->hide();
        m_busyLabel->hide();
        emit measured();
    }
}

void PlansPage::waitForTasks()
{
    for (QFuture<void>& f : m_tasks)
        f.waitForFinished();
    m_tasks.clear();
    // Results of the old tasks are still queued; the generation check drops them.
    m_running = 0;
    m_busy->hide();
    m_busyLabel->hide();
}

void PlansPage::measureGoals()
{
    const std::optional<Plan> plan = currentPlan();
    if (!plan || m_goalModel->rowCount() == 0)
        return;
    m_goalModel->clearMeasurements();
    std::vector<SmartGoal> goals;
    for (int row = 0; row < m_goalModel->rowCount(); ++row)
        goals.push_back(*m_goalModel->goalAt(row));
    const QDate asOf = m_asOf;
    const int generation = ++m_generation;
    const Plan p = *plan;
    startTask(runPlanningTask<QHash<qint64, GoalMeasurement>>(
        this, m_db,
        [goals, p, asOf](const QSqlDatabase& db, const SqlDialect& dialect) {
            const GoalMeasurer measurer(db, dialect);
            QHash<qint64, GoalMeasurement> result;
            for (const SmartGoal& g : goals)
                result.insert(g.id, measurer.current(g, p, asOf));
            return result;
        },
        [this, generation](QHash<qint64, GoalMeasurement> result) {
            if (generation == m_generation)
                m_goalModel->setMeasurements(result);
            taskDone();
        },
        [this](const QString& error) {
            taskDone();
            m_busyLabel->setText(error);
            m_busyLabel->show();
        }));
}

void PlansPage::measureEffect()
{
    const qint64 id = selectedItemId();
    if (!m_db || id <= 0)
        return;
    m_effect->setText(tr("Measuring the effect…"));
    m_effectButton->setEnabled(false);
    startTask(runPlanningTask<EffectResult>(
        this, m_db,
        [id](const QSqlDatabase& db, const SqlDialect& dialect) {
            return EffectMeasurement(db, dialect).measure(id);
        },
        [this, id](EffectResult r) {
            m_effectButton->setEnabled(true);
            if (selectedItemId() == id) {
                QStringList lines;
                lines << tr("%1 to %2: %3 target and %4 control customers (%5).")
                             .arg(r.start.toString(Qt::ISODate), r.end.toString(Qt::ISODate))
                             .arg(r.targets)
                             .arg(r.controls)
                             .arg(r.controlSource == ControlSource::HeldOut   ? tr("held out")
                                  : r.controlSource == ControlSource::Matched ? tr("matched on tier and RFM")
                                                                              : tr("no control group"));
                for (const EffectComparison& c : r.comparisons)
                    lines << QStringLiteral("• ") + c.statement;
                for (const QString& note : std::as_const(r.notes))
                    lines << note;
                m_effect->setText(lines.join(QLatin1Char('\n')));
            }
            taskDone();
        },
        [this](const QString& error) {
            m_effectButton->setEnabled(true);
            m_effect->setText(error);
            taskDone();
        }));
}

} // namespace clientele
