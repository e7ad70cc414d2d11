#include "planning/TrackingPage.h"

#include "UserDialogs.h"
#include "analysis/AnalysisService.h"
#include "analysis/SegmentOverview.h"
#include "analytics/AnalysisPeriod.h"
#include "planning/GoalTargetChart.h"
#include "planning/NextBestActionsPanel.h"
#include "planning/PlanningCodes.h"
#include "planning/PlanningEditCommand.h"
#include "planning/PlanningFormat.h"
#include "planning/PlanningTask.h"
#include "planning/ReviewFormDialog.h"
#include "planning/RiskStatusDelegate.h"
#include "planning/RiskTableModel.h"
#include "planning/TrackingCalculator.h"
#include "planning/TrackingTableModel.h"
#include "segments/PeriodPicker.h"
#include "storage/Database.h"
#include "storage/PlanStore.h"
#include "storage/ReviewStore.h"
#include "storage/RiskRegisterStore.h"
#include "storage/StorageError.h"
#include "storage/TrackingStore.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace clientele {

namespace {

QTableView* makeView(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    return view;
}

} // namespace

TrackingPage::TrackingPage(QWidget* parent)
    : QWidget(parent)
    , m_undo(new QUndoStack(this))
    , m_asOf(QDate::currentDate())
{
    setObjectName(QStringLiteral("trackingPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("trackingTabs"));
    layout->addWidget(m_tabs);

    // --- template 3
    auto* tableTab = new QWidget(m_tabs);
    auto* tableLayout = new QVBoxLayout(tableTab);
    auto* bar = new QHBoxLayout;
    m_periods = new PeriodPicker(tableTab);
    m_tierModel = new QComboBox(tableTab);
    m_tierModel->setObjectName(QStringLiteral("trackingTierModel"));
    m_tierModel->addItem(tr("Tier model of the snapshot"), QString());
    for (const QString& code : PlanningFormat::tierModelCodes())
        m_tierModel->addItem(PlanningFormat::tierModelName(code), code);
    m_busy = new QProgressBar(tableTab);
    m_busy->setObjectName(QStringLiteral("trackingBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->hide();
    bar->addWidget(m_periods);
    bar->addWidget(new QLabel(tr("Tiers:"), tableTab));
    bar->addWidget(m_tierModel);
    bar->addStretch(1);
    bar->addWidget(m_busy);
    tableLayout->addLayout(bar);
    m_model = new TrackingTableModel(this);
    m_table = makeView(tableTab, QStringLiteral("trackingTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    tableLayout->addWidget(m_table, 1);
    m_notes = new QLabel(tableTab);
    m_notes->setObjectName(QStringLiteral("trackingNotes"));
    m_notes->setWordWrap(true);
    tableLayout->addWidget(m_notes);
    auto* hint =
        new QLabel(tr("Double-click a figure to enter it by hand (shown in italics, the computed value "
                      "in its tooltip); clear the cell to bring the computed value back."),
                   tableTab);
    hint->setWordWrap(true);
    tableLayout->addWidget(hint);
    m_tabs->addTab(tableTab, tr("Tracking table"));

    // --- target against actual
    auto* chartTab = new QWidget(m_tabs);
    auto* chartLayout = new QVBoxLayout(chartTab);
    auto* chartBar = new QHBoxLayout;
    m_plan = new QComboBox(chartTab);
    m_plan->setObjectName(QStringLiteral("trackingPlan"));
    m_plan->setMinimumContentsLength(24);
    chartBar->addWidget(new QLabel(tr("Plan:"), chartTab));
    chartBar->addWidget(m_plan);
    m_chartNote = new QLabel(chartTab);
    chartBar->addWidget(m_chartNote, 1);
    chartLayout->addLayout(chartBar);
    auto* scroll = new QScrollArea(chartTab);
    scroll->setWidgetResizable(true);
    auto* grid = new QWidget(scroll);
    m_chartGrid = new QGridLayout(grid);
    scroll->setWidget(grid);
    chartLayout->addWidget(scroll, 1);
    m_tabs->addTab(chartTab, tr("Target vs actual"));

    // --- review records
    auto* reviewTab = new QWidget(m_tabs);
    auto* reviewLayout = new QVBoxLayout(reviewTab);
    auto* reviewBar = new QHBoxLayout;
    auto* newReviewButton = new QPushButton(tr("New review…"), reviewTab);
    newReviewButton->setObjectName(QStringLiteral("newReview"));
    auto* editReviewButton = new QPushButton(tr("Edit…"), reviewTab);
    auto* deleteReviewButton = new QPushButton(tr("Delete"), reviewTab);
    reviewBar->addWidget(newReviewButton);
    reviewBar->addWidget(editReviewButton);
    reviewBar->addWidget(deleteReviewButton);
    reviewBar->addStretch(1);
    reviewLayout->addLayout(reviewBar);
    m_reviews = new QTableWidget(0, 7, reviewTab);
    m_reviews->setObjectName(QStringLiteral("reviewTable"));
    m_reviews->setHorizontalHeaderLabels({tr("Date"), tr("Cadence"), tr("Plan"), tr("Participants"),
                                          tr("Findings"), tr("Decisions"), tr("Plan changes")});
    m_reviews->verticalHeader()->hide();
    m_reviews->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reviews->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reviews->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reviews->horizontalHeader()->setStretchLastSection(true);
    reviewLayout->addWidget(m_reviews, 1);
    connect(newReviewButton, &QPushButton::clicked, this, &TrackingPage::newReview);
    connect(editReviewButton, &QPushButton::clicked, this, &TrackingPage::editReview);
    connect(deleteReviewButton, &QPushButton::clicked, this, &TrackingPage::deleteReview);
    connect(m_reviews, &QTableWidget::cellDoubleClicked, this, &TrackingPage::editReview);
    m_tabs->addTab(reviewTab, tr("Reviews"));

    // --- risk register
    auto* riskTab = new QWidget(m_tabs);
    auto* riskLayout = new QVBoxLayout(riskTab);
    auto* riskBar = new QHBoxLayout;
    auto* addRiskButton = new QPushButton(tr("Add risk"), riskTab);
    addRiskButton->setObjectName(QStringLiteral("addRisk"));
    auto* removeRiskButton = new QPushButton(tr("Remove risk"), riskTab);
    removeRiskButton->setObjectName(QStringLiteral("removeRisk"));
    riskBar->addWidget(addRiskButton);
    riskBar->addWidget(removeRiskButton);
    riskBar->addStretch(1);
    riskLayout->addLayout(riskBar);
    m_risks = new RiskTableModel(this);
    m_riskView = makeView(riskTab, QStringLiteral("riskTable"));
    m_riskView->setModel(m_risks);
    m_riskView->setItemDelegateForColumn(RiskTableModel::StatusColumn, new RiskStatusDelegate(m_riskView));
    m_riskView->setWordWrap(true);
    m_riskView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_riskView->horizontalHeader()->setSectionResizeMode(RiskTableModel::OwnerColumn,
                                                         QHeaderView::ResizeToContents);
    m_riskView->horizontalHeader()->setSectionResizeMode(RiskTableModel::StatusColumn,
                                                         QHeaderView::ResizeToContents);
    m_riskView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    riskLayout->addWidget(m_riskView, 1);
    connect(addRiskButton, &QPushButton::clicked, this, &TrackingPage::addRisk);
    connect(removeRiskButton, &QPushButton::clicked, this, &TrackingPage::removeRisk);
    m_tabs->addTab(riskTab, tr("Risk register"));

    // --- next best actions
    m_actions = new NextBestActionsPanel(m_tabs);
    m_tabs->addTab(m_actions, tr("Next best actions"));

    connect(m_periods, &PeriodPicker::periodChanged, this, &TrackingPage::computeTable);
    connect(m_tierModel, &QComboBox::activated, this, &TrackingPage::computeTable);
    connect(m_plan, &QComboBox::activated, this, &TrackingPage::measureGoals);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_actions && m_actions->list().asOf.isNull() &&
            !m_actions->isFinding())
            m_actions->setAsOf(m_asOf);
    });
    connect(m_model, &TrackingTableModel::editRefused, this, &TrackingPage::reportError);
    connect(
        m_model, &TrackingTableModel::overrideRequested, this,
        [this](const QString& period, const QString& tier, TrackingMetric metric, std::optional<double> value,
               std::optional<double> before) {
            const auto set = [this, period, tier, metric](std::optional<double> v) {
                TrackingStore store(m_db->connection(), m_db->dialect());
                if (v)
                    store.setOverride({period, tier, metric, *v, QDateTime::currentDateTimeUtc()});
                else
                    store.removeOverride(period, tier, metric);
            };
            push(
                value ? tr("Enter a tracking figure") : tr("Remove an entered figure"),
                [set, value] { set(value); }, [set, before] { set(before); }, [this] { computeTable(); });
        },
        Qt::QueuedConnection);
    connect(
        m_model, &TrackingTableModel::suggestionRequested, this,
        [this](const QString& period, const QString& tier, const QString& text, const QString& before) {
            const auto set = [this, period, tier](const QString& t) {
                TrackingStore(m_db->connection(), m_db->dialect()).setSuggestion(period, tier, t);
            };
            push(
                tr("Edit adjustment suggestion"), [set, text] { set(text); }, [set, before] { set(before); },
                [this] { computeTable(); });
        },
        Qt::QueuedConnection);
    connect(m_risks, &RiskTableModel::editRefused, this, &TrackingPage::reportError);
    connect(
        m_risks, &RiskTableModel::editRequested, this,
        [this](const RiskEntry& before, const RiskEntry& after) {
            push(
                tr("Edit risk"),
                [this, after] { RiskRegisterStore(m_db->connection(), m_db->dialect()).update(after); },
                [this, before] { RiskRegisterStore(m_db->connection(), m_db->dialect()).update(before); },
                [this] { reloadRisks(); });
        },
        Qt::QueuedConnection);
    setDatabase(nullptr);
}

TrackingPage::~TrackingPage()
{
    waitForTasks();
}

void TrackingPage::setDialogRunner(DialogRunner runner)
{
    m_runner = runner;
    m_actions->setDialogRunner(std::move(runner));
}

void TrackingPage::reportError(const QString& text)
{
    UserDialogs::current().showError(this, tr("Tracking"), text);
}

void TrackingPage::setService(AnalysisService* service)
{
    m_service = service;
    if (!service)
        return;
    connect(service, &AnalysisService::finished, this, [this] {
        const std::shared_ptr<const SegmentOverview> overview = m_service->overview();
        if (!overview)
            return;
        m_asOf = overview->asOf;
        setSpan(overview->firstPurchase.isValid() ? overview->firstPurchase : overview->asOf, overview->asOf);
        measureGoals();
    });
}

void TrackingPage::setSpan(QDate first, QDate last)
{
    m_asOf = last;
    const QString before = m_periods->currentPeriod();
    m_periods->setSpan(first, last);
    if (m_periods->currentPeriod() == before)
        computeTable();
}

bool TrackingPage::setPeriod(const QString& code)
{
    return m_periods->setCurrentPeriod(code);
}

void TrackingPage::setDatabase(Database* db)
{
    waitForTasks();
    ++m_tableGeneration;
    ++m_goalGeneration;
    m_db = db;
    m_undo->clear();
    m_model->setRows({});
    m_actions->setDatabase(db);
    setEnabled(db != nullptr);
    reload();
}

void TrackingPage::reload()
{
    reloadPlans();
    reloadReviews();
    reloadRisks();
    computeTable();
}

void TrackingPage::push(const QString& text,
                        std::function<void()> redo,
                        std::function<void()> undo,
                        std::function<void()> refresh)
{
    m_undo->push(new PlanningEditCommand(
        text, std::move(redo), std::move(undo), [this](const QString& message) { reportError(message); },
        std::move(refresh)));
}

void TrackingPage::startTask(QFuture<void> future)
{
    m_tasks.removeIf([](const QFuture<void>& f) { return f.isFinished(); });
    m_tasks << future;
    ++m_running;
    m_busy->show();
}

void TrackingPage::taskDone()
{
    m_running = qMax(0, m_running - 1);
    if (m_running == 0) {
        m_busy->hide();
        emit measured();
    }
}

void TrackingPage::waitForTasks()
{
    for (QFuture<void>& f : m_tasks)
        f.waitForFinished();
    m_tasks.clear();
    m_running = 0;
    m_busy->hide();
}

void TrackingPage::computeTable()
{
    const QString code = m_periods->currentPeriod();
    const std::optional<AnalysisPeriod> period = AnalysisPeriod::parse(code);
    if (!m_db || !period)
        return;
    const QString model = m_tierModel->currentData().toString();
    const int generation = ++m_tableGeneration;
    m_notes->setText(tr("Computing %1…").arg(code));
    startTask(runPlanningTask<TrackingTable>(
        this, m_db,
        [period = *period, model](const QSqlDatabase& db, const SqlDialect& dialect) {
            return TrackingCalculator(db, dialect).table(period, model);
        },
        [this, generation](TrackingTable table) {
            if (generation == m_tableGeneration) {
                m_model->setRows(table.rows);
                QStringList lines;
                lines << tr("Tiers at the start of %1 (end of %2).").arg(table.period, table.startPeriod);
                lines << table.notes;
                m_notes->setText(lines.join(QLatin1Char('\n')));
            }
            taskDone();
        },
        [this, generation](const QString& error) {
            if (generation == m_tableGeneration) {
                m_model->setRows({});
                m_notes->setText(error);
            }
            taskDone();
        }));
}

void TrackingPage::reloadPlans()
{
    const QVariant keep = m_plan->currentData();
    m_plan->clear();
    if (m_db)
        for (const Plan& p : PlanStore(m_db->connection(), m_db->dialect()).plans())
            m_plan->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.period), p.id);
    m_plan->setCurrentIndex(qMax(0, m_plan->findData(keep)));
    measureGoals();
}

void TrackingPage::measureGoals()
{
    for (GoalTargetChart* chart : std::as_const(m_charts))
        chart->deleteLater();
    m_charts.clear();
    if (!m_db || m_plan->currentIndex() < 0) {
        m_chartNote->setText(m_db ? tr("No plan yet: make one on the Plans page.") : QString());
        return;
    }
    const PlanStore store(m_db->connection(), m_db->dialect());
    const std::optional<Plan> plan = store.plan(m_plan->currentData().toLongLong());
    if (!plan)
        return;
    const std::vector<SmartGoal> goals = store.goals(plan->id);
    if (goals.empty()) {
        m_chartNote->setText(tr("The plan has no SMART goals yet."));
        return;
    }
    m_chartNote->setText(tr("Measuring %n goal(s) as of %1…", nullptr, static_cast<int>(goals.size()))
                             .arg(m_asOf.toString(Qt::ISODate)));
    const int generation = ++m_goalGeneration;
    const QDate asOf = m_asOf;
    startTask(runPlanningTask<QHash<qint64, GoalMeasurement>>(
        this, m_db,
        [goals, plan = *plan, asOf](const QSqlDatabase& db, const SqlDialect& dialect) {
            const GoalMeasurer measurer(db, dialect);
            QHash<qint64, GoalMeasurement> result;
            for (const SmartGoal& g : goals)
                result.insert(g.id, measurer.current(g, plan, asOf));
            return result;
        },
        [this, generation, goals, asOf](QHash<qint64, GoalMeasurement> result) {
            if (generation == m_goalGeneration) {
                int index = 0;
                for (const SmartGoal& g : goals) {
                    auto* chart = new GoalTargetChart(m_chartGrid->parentWidget());
                    chart->setGoal(g, result.value(g.id));
                    m_chartGrid->addWidget(chart, index / 2, index % 2);
                    m_charts << chart;
                    ++index;
                }
                m_chartNote->setText(tr("Actual values as of %1.").arg(asOf.toString(Qt::ISODate)));
            }
            taskDone();
        },
        [this](const QString& error) {
            m_chartNote->setText(error);
            taskDone();
        }));
}

void TrackingPage::reloadReviews()
{
    m_reviews->setRowCount(0);
    m_reviewRows.clear();
    if (!m_db)
        return;
    QHash<qint64, QString> planNames;
    for (const Plan& p : PlanStore(m_db->connection(), m_db->dialect()).plans())
        planNames.insert(p.id, p.name);
    m_reviewRows = ReviewStore(m_db->connection(), m_db->dialect()).list();
    m_reviews->setRowCount(static_cast<int>(m_reviewRows.size()));
    int row = 0;
    for (const ReviewRecord& r : m_reviewRows) {
        const QStringList cells = {r.heldOn.toString(Qt::ISODate),
                                   PlanningCodes::displayName(r.cadence),
                                   r.planId ? planNames.value(*r.planId) : tr("(general)"),
                                   r.participants,
                                   r.findings,
                                   r.decisions,
                                   r.planChanges};
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell =
                new QTableWidgetItem(QString(cells[column]).replace(QLatin1Char('\n'), QStringLiteral("; ")));
            cell->setToolTip(cells[column]);
            m_reviews->setItem(row, column, cell);
        }
        ++row;
    }
    m_reviews->resizeColumnsToContents();
}

void TrackingPage::newReview()
{
    if (!m_db)
        return;
    ReviewRecord draft;
    draft.heldOn = QDate::currentDate();
    if (m_plan->currentIndex() >= 0)
        draft.planId = m_plan->currentData().toLongLong();
    ReviewFormDialog dialog(draft, PlanStore(m_db->connection(), m_db->dialect()).plans(), this);
    if ((m_runner ? m_runner(&dialog) : dialog.exec()) != QDialog::Accepted)
        return;
    const ReviewRecord review = dialog.review();
    auto id = std::make_shared<qint64>(0);
    push(
        tr("New review record"),
        [this, review, id] { *id = ReviewStore(m_db->connection(), m_db->dialect()).insert(review); },
        [this, id] { ReviewStore(m_db->connection(), m_db->dialect()).remove(*id); },
        [this] { reloadReviews(); });
}

void TrackingPage::editReview()
{
    const int row = m_reviews->currentRow();
    if (!m_db || row < 0 || row >= static_cast<int>(m_reviewRows.size()))
        return;
    const ReviewRecord before = m_reviewRows[static_cast<size_t>(row)];
    ReviewFormDialog dialog(before, PlanStore(m_db->connection(), m_db->dialect()).plans(), this);
    if ((m_runner ? m_runner(&dialog) : dialog.exec()) != QDialog::Accepted)
        return;
    const ReviewRecord after = dialog.review();
    push(
        tr("Edit review record"),
        [this, after] { ReviewStore(m_db->connection(), m_db->dialect()).update(after); },
        [this, before] { ReviewStore(m_db->connection(), m_db->dialect()).update(before); },
        [this] { reloadReviews(); });
}

void TrackingPage::deleteReview()
{
    const int row = m_reviews->currentRow();
    if (!m_db || row < 0 || row >= static_cast<int>(m_reviewRows.size()))
        return;
    const ReviewRecord review = m_reviewRows[static_cast<size_t>(row)];
    auto id = std::make_shared<qint64>(review.id);
    push(
        tr("Delete review record"),
        [this, id] { ReviewStore(m_db->connection(), m_db->dialect()).remove(*id); },
        [this, review, id] { *id = ReviewStore(m_db->connection(), m_db->dialect()).insert(review); },
        [this] { reloadReviews(); });
}

void TrackingPage::reloadRisks()
{
    if (!m_db) {
        m_risks->setRisks({});
        return;
    }
    try {
        m_risks->setRisks(RiskRegisterStore(m_db->connection(), m_db->dialect()).list());
    } catch (const StorageError& e) {
        reportError(e.message());
    }
}

void TrackingPage::addRisk()
{
    if (!m_db)
        return;
    RiskEntry risk;
    risk.risk = tr("New risk");
    auto id = std::make_shared<qint64>(0);
    push(
        tr("Add risk"),
        [this, risk, id] { *id = RiskRegisterStore(m_db->connection(), m_db->dialect()).insert(risk); },
        [this, id] { RiskRegisterStore(m_db->connection(), m_db->dialect()).remove(*id); },
        [this] { reloadRisks(); });
    for (int row = 0; row < m_risks->rowCount(); ++row)
        if (m_risks->riskAt(row)->id == *id) {
            m_riskView->setCurrentIndex(m_risks->index(row, RiskTableModel::RiskColumn));
            m_riskView->edit(m_riskView->currentIndex());
        }
}

void TrackingPage::removeRisk()
{
    const RiskEntry* current = m_risks->riskAt(m_riskView->currentIndex().row());
    if (!m_db || !current)
        return;
    if (current->isBuiltIn()) {
        reportError(tr("“%1” is one of the built-in risks: close it instead (Status).").arg(current->risk));
        return;
    }
    const RiskEntry risk = *current;
    auto id = std::make_shared<qint64>(risk.id);
    push(
        tr("Remove risk"), [this, id] { RiskRegisterStore(m_db->connection(), m_db->dialect()).remove(*id); },
        [this, risk, id] { *id = RiskRegisterStore(m_db->connection(), m_db->dialect()).insert(risk); },
        [this] { reloadRisks(); });
}

} // namespace clientele
