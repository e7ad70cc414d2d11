#include "customers/CustomersPage.h"

#include "analysis/AnalysisService.h"
#include "analytics/TierNames.h"
#include "customers/AddCustomerCommand.h"
#include "customers/AssignOwnerCommand.h"
#include "customers/CustomerDetailPane.h"
#include "customers/CustomerEditDialog.h"
#include "customers/CustomerEditQueue.h"
#include "customers/CustomerExportJob.h"
#include "customers/CustomerFilterBar.h"
#include "customers/CustomerListLoader.h"
#include "customers/CustomerTableModel.h"
#include "customers/DeleteCustomerCommand.h"
#include "customers/EditCustomerCommand.h"
#include "customers/OwnerPickerDialog.h"
#include "customers/TagCustomersCommand.h"
#include "customers/TagPickerDialog.h"
#include "storage/CustomerBulkEditor.h"
#include "storage/CustomerProfileReader.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace clientele {

namespace {

const QString kHeaderKey = QStringLiteral("CustomersPage/header");
const QString kSplitterKey = QStringLiteral("CustomersPage/splitter");
// How many columns the saved header state holds; layouts saved before it was written had the eight
// columns before the analysis ones.
const QString kHeaderColumnsKey = QStringLiteral("CustomersPage/headerColumns");
constexpr int kColumnsBeforeAnalysis = CustomerTableModel::kFirstAnalysisColumn;
constexpr int kSearchDelayMs = 250;
constexpr int kStatusTimeoutMs = 8000;

} // namespace

CustomersPage::CustomersPage(QWidget* parent)
    : QWidget(parent)
    , m_undoStack(new QUndoStack(this))
    , m_model(new CustomerTableModel(nullptr, this))
    , m_view(new QTableView(this))
    , m_searchEdit(new QLineEdit(this))
    , m_countLabel(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_detail(new CustomerDetailPane(this))
    , m_searchTimer(new QTimer(this))
    , m_filterBar(new CustomerFilterBar(this))
    , m_exportJob(new CustomerExportJob(this))
    , m_edits(new CustomerEditQueue(this))
{
    buildActions();
    buildLayout();
    restoreViewState();

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CustomersPage::applySearch);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    // Enter in the search box searches at once rather than waiting for the timer.
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &CustomersPage::applySearch);

    // The list is read on a worker thread: the selection (and, after a new analysis, the scroll position)
    // is noted when the rows go and put back when the new ones are in.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &CustomersPage::noteSelection);
    connect(m_model, &CustomerTableModel::listReset, this, &CustomersPage::onListReset);
    connect(m_model, &CustomerTableModel::loadingChanged, this, &CustomersPage::showLoading);
    connect(m_model, &CustomerTableModel::loadFailed, this,
            [this](const QString& message) { reportError(tr("Customers"), message); });
    connect(m_model->loader(), &CustomerListLoader::filterChoicesLoaded, this,
            [this](const CustomerFilterChoices& choices) {
                m_choicesPending = std::max(0, m_choicesPending - 1);
                m_filterBar->setChoices(choices.owners, choices.tags);
                // A tier or stage the new analysis no longer gives leaves the filter (and reloads the list).
                m_filterBar->setAnalysisChoices(choices.analysisCodes);
            });
    connect(m_model->loader(), &CustomerListLoader::filterChoicesFailed, this,
            [this](const QString& message) {
                m_choicesPending = std::max(0, m_choicesPending - 1);
                reportError(tr("Customers"), message);
            });
    // Both: a view may move the current row before it updates the selection, or select without moving.
    const auto selectionMoved = [this] {
        updateActions();
        showCurrentDetail();
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, selectionMoved);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, selectionMoved);
    qRegisterMetaType<clientele::CustomerExportResult>();
    connect(m_view, &QTableView::doubleClicked, this, &CustomersPage::editSelected);
    connect(m_filterBar, &CustomerFilterBar::filterChanged, this, &CustomersPage::applyFilter);
    // The clear button also drops the R/F drill-down kept beside the bar (applyFilter follows).
    connect(m_filterBar, &CustomerFilterBar::cleared, this, [this] { m_segmentFilter = CustomerQuery(); });

    // A bulk write in flight: the other writes wait for it (they would queue behind its lock).
    connect(m_edits, &CustomerEditQueue::busyChanged, this, [this](bool busy) {
        updateActions();
        if (busy)
            m_view->viewport()->setCursor(Qt::BusyCursor);
        else
            showLoading(m_model->isLoading());
    });
    connect(m_exportJob, &CustomerExportJob::progress, this, [this](int done, int total) {
        if (m_exportProgress) {
            m_exportProgress->setMaximum(total);
            m_exportProgress->setValue(done);
        }
    });
    connect(m_exportJob, &CustomerExportJob::finished, this, &CustomersPage::onExportFinished);
    connect(m_exportJob, &CustomerExportJob::failed, this, [this](const QString& message) {
        if (m_exportProgress)
            m_exportProgress->deleteLater();
        updateActions();
        reportError(tr("Export customers"), message);
        emit exportFailed(message);
    });

    updateCountLabel();
    updateActions();
}

CustomersPage::~CustomersPage()
{
    saveViewState();
    // The worker reads through m_db: stop it (it leaves no file) before anything goes away.
    m_exportJob->cancel();
    m_exportJob->waitForFinished();
}

void CustomersPage::buildActions()
{
    m_addAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New customer…"), this);
    m_addAction->setShortcuts({QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::Key_N)});
    m_addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_addAction->setToolTip(tr("Add a customer (Ins, Ctrl+N)"));
    connect(m_addAction, &QAction::triggered, this, &CustomersPage::addCustomer);
    addAction(m_addAction);

    // Edit and Delete act on the table only, so F2 and Del keep their meaning in the search box.
    m_editAction = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), this);
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editAction->setShortcutContext(Qt::WidgetShortcut);
    m_editAction->setToolTip(tr("Edit the selected customer (F2, Enter)"));
    connect(m_editAction, &QAction::triggered, this, &CustomersPage::editSelected);
    m_view->addAction(m_editAction);
    for (const QKeySequence& key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(key, m_view, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &CustomersPage::editSelected);
    }

    m_deleteAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete…"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteAction->setToolTip(tr("Delete the selected customer (Del)"));
    connect(m_deleteAction, &QAction::triggered, this, &CustomersPage::deleteSelected);
    m_view->addAction(m_deleteAction);

    // The multi-select actions work from anywhere on the page (list, search box, filter bar).
    const auto pageAction = [this](const QString& icon, const QString& text, const QKeySequence& key,
                                   const QString& toolTip, void (CustomersPage::*slot)()) {
        auto* action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(toolTip);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_addTagAction =
        pageAction(QStringLiteral("tag-new"), tr("Add &tag…"), QKeySequence(Qt::CTRL | Qt::Key_T),
                   tr("Add a tag to the selected customers (Ctrl+T)"), &CustomersPage::addTagToSelection);
    m_removeTagAction = pageAction(QStringLiteral("tag-delete"), tr("&Remove tag…"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                                   tr("Remove a tag from the selected customers (Ctrl+Shift+T)"),
                                   &CustomersPage::removeTagFromSelection);
    m_assignOwnerAction = pageAction(QStringLiteral("user-identity"), tr("Assign o&wner…"),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                                     tr("Assign an owner to the selected customers (Ctrl+Shift+O)"),
                                     &CustomersPage::assignOwnerToSelection);
    m_exportAction =
        pageAction(QStringLiteral("document-export"), tr("E&xport…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                   tr("Export the selected customers, or the whole list, to XLSX or CSV (Ctrl+E)"),
                   &CustomersPage::exportCustomers);
    // The Plans page links them to an execution item (MainWindow asks which).
    m_addToPlanAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add to &plan…"), this);
    m_addToPlanAction->setObjectName(QStringLiteral("addToPlan"));
    m_addToPlanAction->setToolTip(tr("Add the selected customers to an execution item of a plan"));
    connect(m_addToPlanAction, &QAction::triggered, this,
            [this] { emit addToPlanRequested(selectedCustomerIds()); });

    auto* findAction = new QAction(tr("Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, &CustomersPage::focusSearch);
    addAction(findAction);

    // The profile's add actions (interaction, survey response, note): their keys work on the whole page.
    addActions(m_detail->activityActions());
}

void CustomersPage::buildLayout()
{
    auto* toolbar = new QToolBar(tr("Customers"), this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_addAction);
    toolbar->addAction(m_editAction);
    toolbar->addAction(m_deleteAction);
    toolbar->addSeparator();
    toolbar->addAction(m_addTagAction);
    toolbar->addAction(m_assignOwnerAction);
    toolbar->addAction(m_exportAction);
    toolbar->addSeparator();
    m_searchEdit->setObjectName(QStringLiteral("customerSearch"));
    m_searchEdit->setPlaceholderText(tr("Search code, name, city or tag"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setToolTip(tr("Search (Ctrl+F)"));
    m_searchEdit->setMinimumWidth(260);
    m_searchEdit->setMaximumWidth(420);
    toolbar->addWidget(m_searchEdit);
    auto* spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_countLabel->setObjectName(QStringLiteral("customerCount"));
    m_countLabel->setContentsMargins(8, 0, 8, 0);
    toolbar->addWidget(m_countLabel);

    m_view->setObjectName(QStringLiteral("customerTable"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never measures rows, which keeps 100,000 rows cheap.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    const std::pair<int, int> widths[] = {{CustomerTableModel::Code, 9},     {CustomerTableModel::Name, 24},
                                          {CustomerTableModel::Kind, 5},     {CustomerTableModel::City, 11},
                                          {CustomerTableModel::Region, 12},  {CustomerTableModel::Owner, 13},
                                          {CustomerTableModel::Industry, 12}};
    for (const auto& [column, chars] : widths)
        header->resizeSection(column, charWidth * chars + 16);
    applyColumnDefaults(CustomerTableModel::kFirstAnalysisColumn);
    header->setSortIndicator(CustomerTableModel::Name, Qt::AscendingOrder);
    // The column chooser: right-click a column header.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &CustomersPage::showColumnMenu);
    // The list's own menu offers what the keys do.
    m_view->addActions(
        {m_addTagAction, m_removeTagAction, m_assignOwnerAction, m_exportAction, m_addToPlanAction});
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_splitter->setObjectName(QStringLiteral("customerSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    m_filterBar->setObjectName(QStringLiteral("customerFilters"));
    layout->addWidget(m_filterBar);
    m_segmentNote = new QLabel(this);
    m_segmentNote->setObjectName(QStringLiteral("segmentFilterNote"));
    m_segmentNote->setContentsMargins(8, 4, 8, 4);
    m_segmentNote->hide();
    connect(m_segmentNote, &QLabel::linkActivated, this, [this] {
        m_segmentFilter = CustomerQuery();
        applyFilter();
    });
    layout->addWidget(m_segmentNote);
    layout->addWidget(m_splitter, 1);
}

void CustomersPage::applyColumnDefaults(int firstColumn)
{
    QHeaderView* header = m_view->horizontalHeader();
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    // Tier, stage, RFM, amount and risk are shown at first; the rest is a right-click away.
    const struct
    {
        int column;
        int chars;
        bool shown;
    } defaults[] = {{CustomerTableModel::Tier, 12, true},   {CustomerTableModel::Stage, 9, true},
                    {CustomerTableModel::Rfm, 5, true},     {CustomerTableModel::Recency, 8, false},
                    {CustomerTableModel::Orders, 7, false}, {CustomerTableModel::Amount, 13, true},
                    {CustomerTableModel::PAlive, 7, false}, {CustomerTableModel::Clv, 13, false},
                    {CustomerTableModel::Risk, 10, true}};
    for (const auto& d : defaults) {
        if (d.column < firstColumn)
            continue;
        header->setSectionHidden(d.column, !d.shown);
        // At least as wide as the header text, which in Chinese is wider than the Latin estimate.
        header->resizeSection(d.column,
                              std::max(charWidth * d.chars + 16, header->sectionSizeHint(d.column)));
        // After every column the saved layout placed, in their own order.
        header->moveSection(header->visualIndex(d.column), header->count() - 1);
    }
}

void CustomersPage::saveViewState() const
{
    QSettings settings;
    settings.setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
    settings.setValue(kHeaderColumnsKey, m_model->columnCount());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

void CustomersPage::restoreViewState()
{
    const QSettings settings;
    const QByteArray headerState = settings.value(kHeaderKey).toByteArray();
    if (!headerState.isEmpty() && m_view->horizontalHeader()->restoreState(headerState)) {
        const int savedColumns = settings.value(kHeaderColumnsKey, kColumnsBeforeAnalysis).toInt();
        if (savedColumns < m_model->columnCount())
            applyColumnDefaults(savedColumns);
    } else {
        // A first start shows who the customer is and what the analysis says of them (code, name, kind,
        // owner, tier, stage, RFM, amount, risk); the address and master data are a right-click away.
        for (const int column : {CustomerTableModel::City, CustomerTableModel::Region,
                                 CustomerTableModel::Industry, CustomerTableModel::Created})
            m_view->horizontalHeader()->setSectionHidden(column, true);
    }
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({760, 440});
    // Turning sorting on sorts by the restored indicator; the model has no database yet, so it is free.
    m_view->setSortingEnabled(true);
}

void CustomersPage::setDatabase(Database* db)
{
    // The export reads the database being replaced: stop it first (it leaves no file).
    cancelExport();
    m_exportJob->waitForFinished();
    // Bulk writes queued for the database being replaced run to their end first.
    m_edits->waitForWrites();
    m_undoStack->clear();
    m_db = db;
    m_searchTimer->stop();
    m_detail->setDatabase(db);
    CustomerCommandContext activity;
    activity.db = db;
    activity.changed = [this](std::int64_t customerId) {
        onActivityChanged(customerId);
    };
    activity.failed = [this](const QString& message) {
        reportError(tr("Undo"), message);
    };
    m_detail->setCommandTarget(m_undoStack, activity);
    // The analysis at hand is of the database being replaced; the service reports the new one.
    m_detail->setAnalysis(nullptr);
    ++m_databaseGeneration;
    m_pendingSelection.reset();
    m_choicesPending = 0; // the loader drops those of the previous database
    // The first rows of the new database, when they arrive, get the first row selected.
    m_firstRowsPending = db != nullptr;
    m_model->setDatabase(db);
    refreshFilterChoices();
}

QUndoStack* CustomersPage::undoStack() const
{
    return m_undoStack;
}

void CustomersPage::setConfirmation(Confirmation confirmation)
{
    m_confirmation = std::move(confirmation);
}

void CustomersPage::setErrorReport(ErrorReport report)
{
    m_errorReport = std::move(report);
}

void CustomersPage::setSaveFileChooser(SaveFileChooser chooser)
{
    m_saveFileChooser = std::move(chooser);
}

QDialog* CustomersPage::openPicker() const
{
    return m_picker;
}

CustomerEditDialog* CustomersPage::openDialog() const
{
    return m_dialog;
}

std::int64_t CustomersPage::selectedCustomerId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && m_view->selectionModel()->isRowSelected(current.row())
               ? m_model->idAt(current.row())
               : 0;
}

bool CustomersPage::isLoading() const
{
    return m_model->isLoading() || m_choicesPending > 0 || m_edits->isBusy();
}

void CustomersPage::selectCustomer(std::int64_t id)
{
    // The list being read again would lose it: it is selected again when the rows are in.
    if (m_model->isListLoading())
        m_pendingSelection = PendingSelection{{id}, id, -1};
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, CustomerTableModel::Code);
    // Not QAbstractItemView::setCurrentIndex(), whose selection follows the keyboard modifiers held.
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void CustomersPage::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void CustomersPage::applySearch()
{
    m_searchTimer->stop();
    // The selection is kept when the new rows arrive (noteSelection, onListReset).
    m_model->setSearch(m_searchEdit->text().trimmed());
}

void CustomersPage::noteSelection()
{
    if (m_pendingSelection)
        return; // one was asked for explicitly
    const QModelIndex current = m_view->currentIndex();
    m_pendingSelection =
        PendingSelection{selectedCustomerIds(), current.isValid() ? m_model->idAt(current.row()) : 0, -1};
}

void CustomersPage::onListReset()
{
    if (m_firstRowsPending && m_model->isListLoading())
        return; // the database was just set: its rows are still on their way
    const std::optional<PendingSelection> selection = std::exchange(m_pendingSelection, std::nullopt);
    if (m_firstRowsPending && m_db) {
        m_firstRowsPending = false;
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, CustomerTableModel::Code));
        const int generation = m_databaseGeneration;
        // Queued: the view lays out and paints the rows first. Only the latest database counts.
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_databaseGeneration)
                emit firstRowsShown();
        });
    } else if (selection) {
        reselect(selection->ids, selection->current);
        if (selection->scroll >= 0)
            m_view->verticalScrollBar()->setValue(selection->scroll);
    }
    updateCountLabel();
    updateActions();
    showCurrentDetail();
}

void CustomersPage::showLoading(bool loading)
{
    // The rows of the previous query stay usable meanwhile; the cursor and the count say a newer
    // answer is on its way.
    if (loading && m_model->isListLoading())
        m_view->viewport()->setCursor(Qt::BusyCursor);
    else if (!loading && !m_edits->isBusy())
        m_view->viewport()->unsetCursor();
    updateCountLabel();
}

QString CustomersPage::countText() const
{
    if (!m_db)
        return tr("No database");
    if (m_model->isListLoading() && m_firstRowsPending)
        return tr("Loading customers…");
    const int total = m_model->totalCount();
    const int all = m_model->unfilteredCount();
    const QString count = total == all
                              ? tr("%Ln customer(s)", nullptr, total)
                              : tr("%1 of %Ln customer(s)", nullptr, all).arg(QLocale().toString(total));
    // The rows shown are still the previous query's until the new ones arrive.
    return m_model->isListLoading() ? tr("%1 · loading…").arg(count) : count;
}

void CustomersPage::updateCountLabel()
{
    const QString count = countText();
    const auto selected = m_db ? static_cast<int>(m_view->selectionModel()->selectedRows().size()) : 0;
    const QString text = selected > 1 ? tr("%1, %Ln selected", nullptr, selected).arg(count) : count;
    if (text == m_countLabel->text())
        return;
    m_countLabel->setText(text);
    emit listCountChanged(text);
}

void CustomersPage::updateActions()
{
    // While a bulk write runs, the page's other writes wait: theirs would queue behind its lock.
    const bool hasDb = m_db != nullptr && !m_edits->isBusy();
    const auto selected = m_view->selectionModel()->selectedRows().size();
    // Edit and Delete act on one customer: with several selected they would surprise.
    const bool single = selected == 1 && selectedCustomerId() != 0;
    m_addAction->setEnabled(hasDb);
    m_editAction->setEnabled(hasDb && single);
    m_deleteAction->setEnabled(hasDb && single);
    m_addTagAction->setEnabled(hasDb && selected > 0);
    m_removeTagAction->setEnabled(hasDb && selected > 0);
    m_assignOwnerAction->setEnabled(hasDb && selected > 0);
    m_addToPlanAction->setEnabled(hasDb && selected > 0);
    m_exportAction->setEnabled(m_db && !m_exportJob->isRunning() && m_model->totalCount() > 0);
    updateCountLabel();
}

void CustomersPage::showCurrentDetail()
{
    const std::int64_t id = selectedCustomerId();
    if (id != m_detail->customerId() || id == 0)
        m_detail->showCustomer(id);
}

void CustomersPage::setAnalysisService(AnalysisService* service)
{
    if (m_analysis)
        disconnect(m_analysis, nullptr, this, nullptr);
    m_analysis = service;
    m_detail->setAnalysis(service ? service->result() : nullptr);
    if (!service)
        return;
    connect(service, &AnalysisService::started, this, [this] { m_detail->setAnalysisPending(true); });
    connect(service, &AnalysisService::finished, this,
            [this] { m_detail->setAnalysis(m_analysis->result()); });
    // A failed run leaves the last result standing; it no longer claims to be replaced.
    connect(service, &AnalysisService::failed, this, [this] { m_detail->setAnalysisPending(false); });
}

void CustomersPage::onActivityChanged(std::int64_t customerId)
{
    // An undo may concern a customer other than the selected one: go to it, so the change is seen.
    if (selectedCustomerId() != customerId)
        selectCustomer(customerId);
    if (m_analysis) {
        // The scores are stale now; the run is delayed and coalesced, never waited for.
        m_analysis->scheduleRecompute();
        m_detail->setAnalysisPending(true);
    }
    // The selected customer, read again (the changed one unless it is not in the list).
    m_detail->showCustomer(selectedCustomerId());
    updateActions();
    emit customersChanged();
}

CustomerCommandContext CustomersPage::commandContext()
{
    CustomerCommandContext context;
    context.db = m_db;
    context.edits = m_edits;
    context.changed = [this](std::int64_t selectId) {
        onDataChanged(selectId);
    };
    context.failed = [this](const QString& message) {
        reportError(tr("Undo"), message);
    };
    return context;
}

void CustomersPage::onDataChanged(std::int64_t selectId)
{
    // Without a customer to go to, keep the selection (a bulk action leaves its customers selected).
    const QList<std::int64_t> keep = selectId != 0 ? QList<std::int64_t>{selectId} : selectedCustomerIds();
    const QModelIndex current = m_view->currentIndex();
    const std::int64_t currentId =
        selectId != 0 ? selectId : (current.isValid() ? m_model->idAt(current.row()) : 0);
    // Selected again when the rows read again arrive; selected now as far as the old rows go.
    m_pendingSelection = PendingSelection{keep, currentId, -1};
    m_model->reload();
    reselect(keep, currentId);
    // A new tag or owner appears in the filters; one that is gone leaves them.
    refreshFilterChoices();
    // The detail may show the changed customer: read it again.
    m_detail->showCustomer(selectedCustomerId());
    updateActions();
    emit customersChanged();
}

void CustomersPage::openEditor(const Customer& customer, std::function<void(Customer&)> save)
{
    auto* dialog = new CustomerEditDialog(customer, std::move(save), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    // open(), not exec(): window-modal without a nested event loop, and tests can drive it directly.
    dialog->open();
}

void CustomersPage::addCustomer()
{
    if (!m_db || m_dialog)
        return;
    Customer blank;
    blank.createdOn = QDate::currentDate();
    openEditor(blank, [this](Customer& customer) {
        std::unique_ptr<AddCustomerCommand> command = AddCustomerCommand::execute(commandContext(), customer);
        m_undoStack->push(command.release());
        onDataChanged(customer.id);
    });
}

void CustomersPage::editSelected()
{
    const std::int64_t id = selectedCustomerId();
    if (!m_db || m_dialog || id == 0)
        return;
    std::optional<Customer> before;
    try {
        before = CustomerRepository(m_db->connection(), m_db->dialect()).findById(id);
    } catch (const StorageError& e) {
        reportError(tr("Edit customer"), e.message());
        return;
    }
    if (!before) {
        reportError(tr("Edit customer"), tr("This customer no longer exists."));
        onDataChanged(0);
        return;
    }
    openEditor(*before, [this, original = *before](Customer& customer) {
        std::unique_ptr<EditCustomerCommand> command =
            EditCustomerCommand::execute(commandContext(), original, customer);
        m_undoStack->push(command.release());
        onDataChanged(customer.id);
    });
}

void CustomersPage::deleteSelected()
{
    const std::int64_t id = selectedCustomerId();
    if (!m_db || m_dialog || id == 0)
        return;
    const Customer* customer = m_model->customerAt(m_model->rowOf(id));
    if (!customer)
        return;
    try {
        const ActivityCounts counts = CustomerProfileReader(m_db->connection(), m_db->dialect()).counts(id);
        QString text = tr("Delete the customer %1 \"%2\"?").arg(customer->code, customer->name);
        if (counts.orders + counts.interactions + counts.surveyResponses > 0)
            text +=
                QLatin1Char('\n') + tr("These go with them: %1, %2 and %3.")
                                        .arg(tr("%Ln order(s)", nullptr, counts.orders),
                                             tr("%Ln interaction(s)", nullptr, counts.interactions),
                                             tr("%Ln survey response(s)", nullptr, counts.surveyResponses));
        text += QLatin1Char('\n') + tr("You can undo this.");
        if (!confirm(tr("Delete customer"), text))
            return;
        // Keep the selection in place: the next row, or the previous one at the end.
        const int row = m_model->rowOf(id);
        const std::int64_t neighbour =
            row + 1 < m_model->rowCount() ? m_model->idAt(row + 1) : m_model->idAt(row - 1);
        std::unique_ptr<DeleteCustomerCommand> command = DeleteCustomerCommand::execute(commandContext(), id);
        m_undoStack->push(command.release());
        onDataChanged(neighbour);
    } catch (const StorageError& e) {
        reportError(tr("Delete customer"), e.message());
        onDataChanged(0);
    }
}

QList<std::int64_t> CustomersPage::selectedCustomerIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<std::int64_t> ids;
    ids.reserve(rows.size());
    for (const QModelIndex& row : rows)
        if (const std::int64_t id = m_model->idAt(row.row()); id != 0)
            ids << id;
    return ids;
}

bool CustomersPage::hasSelection() const
{
    return m_db && m_view->selectionModel()->hasSelection();
}

void CustomersPage::reselect(const QList<std::int64_t>& ids, std::int64_t current)
{
    if (ids.isEmpty() && current == 0)
        return;
    // One pass over the loaded rows, then contiguous ranges: 100,000 selected rows stay cheap.
    QHash<std::int64_t, int> rowOfId;
    rowOfId.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        rowOfId.insert(m_model->idAt(row), row);
    QList<int> rows;
    rows.reserve(ids.size());
    for (std::int64_t id : ids)
        if (auto it = rowOfId.constFind(id); it != rowOfId.cend())
            rows << *it;
    std::sort(rows.begin(), rows.end());
    QItemSelection selection;
    const int lastColumn = m_model->columnCount() - 1;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        selection.select(m_model->index(rows.at(i), 0), m_model->index(rows.at(j), lastColumn));
        i = j + 1;
    }
    QItemSelectionModel* model = m_view->selectionModel();
    if (const auto it = rowOfId.constFind(current); it != rowOfId.cend()) {
        model->setCurrentIndex(m_model->index(*it, CustomerTableModel::Code), QItemSelectionModel::NoUpdate);
        m_view->scrollTo(m_model->index(*it, CustomerTableModel::Code));
    }
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void CustomersPage::applyFilter()
{
    CustomerQuery filter;
    m_filterBar->applyTo(filter);
    filter.r = m_segmentFilter.r;
    filter.f = m_segmentFilter.f;
    m_model->setFilter(filter);
    updateSegmentNote();
}

void CustomersPage::showFiltered(const CustomerQuery& query)
{
    // Tier, stage and risk go into the filter bar; R and F (the R × F grid) into the note above the list.
    m_segmentFilter = CustomerQuery();
    m_segmentFilter.r = query.r;
    m_segmentFilter.f = query.f;
    {
        const QSignalBlocker blocker(m_filterBar);
        m_filterBar->setOwner(query.owner);
        m_filterBar->setTag(query.tag);
        m_filterBar->setKind(query.kind);
        m_filterBar->setTier(query.tier);
        m_filterBar->setStage(query.stage);
        m_filterBar->setRiskLevel(query.riskLevel);
    }
    m_searchEdit->setText(query.search);
    applyFilter();
    applySearch();
}

void CustomersPage::updateSegmentNote()
{
    const CustomerQuery& f = m_segmentFilter;
    QStringList parts;
    if (f.r > 0)
        parts << QStringLiteral("R %1").arg(f.r);
    if (f.f > 0)
        parts << QStringLiteral("F %1").arg(f.f);
    m_segmentNote->setVisible(!parts.isEmpty());
    m_filterBar->setExternalFilter(!parts.isEmpty());
    if (!parts.isEmpty())
        m_segmentNote->setText(tr("From the latest analysis: %1 · <a href=\"clear\">Show all customers</a>")
                                   .arg(parts.join(QStringLiteral(" · ")).toHtmlEscaped()));
}

void CustomersPage::refreshFilterChoices()
{
    if (!m_db) {
        m_filterBar->setChoices({}, {});
        m_filterBar->setAnalysisChoices({});
        return;
    }
    // Owners, tags and the analysis codes, read on the list's worker (filterChoicesLoaded).
    ++m_choicesPending;
    m_model->loader()->loadFilterChoices();
}

void CustomersPage::refreshAnalysis()
{
    if (!m_db)
        return;
    // The tier, stage and risk choices of the new analysis (a choice it no longer gives leaves the
    // filter, which reads the list again).
    refreshFilterChoices();
    const QModelIndex current = m_view->currentIndex();
    // When the rows are read again (the order or the filter depends on the analysis), the selection
    // goes back where it still is, and the view where it was.
    m_pendingSelection =
        PendingSelection{selectedCustomerIds(), current.isValid() ? m_model->idAt(current.row()) : 0,
                         m_view->verticalScrollBar()->value()};
    if (!m_model->refreshAnalysis())
        m_pendingSelection.reset(); // read in place: the selection and the view stay as they are
    showCurrentDetail();
}

void CustomersPage::showColumnMenu(const QPoint& position)
{
    QHeaderView* header = m_view->horizontalHeader();
    QMenu menu(this);
    int visible = 0;
    for (int column = 0; column < m_model->columnCount(); ++column)
        visible += header->isSectionHidden(column) ? 0 : 1;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column stays: a table without columns cannot be right-clicked back.
        action->setEnabled(header->isSectionHidden(column) || visible > 1);
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            saveViewState();
        });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Show all columns")), &QAction::triggered, this, [this, header] {
        for (int column = 0; column < m_model->columnCount(); ++column)
            header->setSectionHidden(column, false);
        saveViewState();
    });
    menu.exec(header->mapToGlobal(position));
}

void CustomersPage::showStatus(const QString& text)
{
    emit statusMessage(text);
    if (auto* mainWindow = qobject_cast<QMainWindow*>(window()))
        mainWindow->statusBar()->showMessage(text, kStatusTimeoutMs);
}

bool CustomersPage::addTag(const QString& tagName, TagKind kind)
{
    const QList<std::int64_t> ids = selectedCustomerIds();
    if (!m_db || ids.isEmpty() || m_edits->isBusy())
        return false;
    try {
        const QString name = CustomerBulkEditor::checkedTagName(tagName);
        m_undoStack->push(TagCustomersCommand::start(
                              commandContext(), TagCustomersCommand::Change::Add, ids, name, kind,
                              [this, name](int changed, const QString& error) {
                                  if (!error.isEmpty())
                                      reportError(tr("Add tag"), error);
                                  else
                                      showStatus(
                                          tr("Tag %1 added to %Ln customer(s).", nullptr, changed).arg(name));
                              })
                              .release());
        showStatus(tr("Adding tag %1 to %Ln customer(s)…", nullptr, static_cast<int>(ids.size())).arg(name));
        return true;
    } catch (const StorageError& e) {
        reportError(tr("Add tag"), e.message());
        return false;
    }
}

bool CustomersPage::removeTag(const QString& tagName)
{
    const QList<std::int64_t> ids = selectedCustomerIds();
    if (!m_db || ids.isEmpty() || m_edits->isBusy())
        return false;
    try {
        const QString name = CustomerBulkEditor::checkedTagName(tagName);
        m_undoStack->push(
            TagCustomersCommand::start(
                commandContext(), TagCustomersCommand::Change::Remove, ids, name, TagKind::Static,
                [this, name](int changed, const QString& error) {
                    if (!error.isEmpty())
                        reportError(tr("Remove tag"), error);
                    else
                        showStatus(tr("Tag %1 removed from %Ln customer(s).", nullptr, changed).arg(name));
                })
                .release());
        showStatus(
            tr("Removing tag %1 from %Ln customer(s)…", nullptr, static_cast<int>(ids.size())).arg(name));
        return true;
    } catch (const StorageError& e) {
        reportError(tr("Remove tag"), e.message());
        return false;
    }
}

bool CustomersPage::assignOwner(const QString& owner)
{
    const QList<std::int64_t> ids = selectedCustomerIds();
    if (!m_db || ids.isEmpty() || m_edits->isBusy())
        return false;
    try {
        const QString name = CustomerBulkEditor::checkedOwner(owner);
        m_undoStack->push(
            AssignOwnerCommand::start(
                commandContext(), ids, name,
                [this, name](int changed, const QString& error) {
                    if (!error.isEmpty())
                        reportError(tr("Assign owner"), error);
                    else
                        showStatus(name.isEmpty()
                                       ? tr("Owner cleared for %Ln customer(s).", nullptr, changed)
                                       : tr("%Ln customer(s) assigned to %1.", nullptr, changed).arg(name));
                })
                .release());
        const int selected = static_cast<int>(ids.size());
        showStatus(name.isEmpty() ? tr("Clearing the owner of %Ln customer(s)…", nullptr, selected)
                                  : tr("Assigning %Ln customer(s) to %1…", nullptr, selected).arg(name));
        return true;
    } catch (const StorageError& e) {
        reportError(tr("Assign owner"), e.message());
        return false;
    }
}

void CustomersPage::addTagToSelection()
{
    if (!hasSelection() || m_dialog || m_picker)
        return;
    QList<Tag> tags;
    try {
        tags = CustomerBulkEditor(m_db->connection(), m_db->dialect()).tags();
    } catch (const StorageError& e) {
        reportError(tr("Add tag"), e.message());
        return;
    }
    auto* picker = new TagPickerDialog(TagPickerDialog::Purpose::Add, tags,
                                       static_cast<int>(selectedCustomerIds().size()), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this,
            [this, picker] { addTag(picker->tagName(), picker->tagKind()); });
    m_picker = picker;
    picker->open();
}

void CustomersPage::removeTagFromSelection()
{
    if (!hasSelection() || m_dialog || m_picker)
        return;
    QList<Tag> tags;
    try {
        tags = CustomerBulkEditor(m_db->connection(), m_db->dialect()).tags();
    } catch (const StorageError& e) {
        reportError(tr("Remove tag"), e.message());
        return;
    }
    auto* picker = new TagPickerDialog(TagPickerDialog::Purpose::Remove, tags,
                                       static_cast<int>(selectedCustomerIds().size()), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] { removeTag(picker->tagName()); });
    m_picker = picker;
    picker->open();
}

void CustomersPage::assignOwnerToSelection()
{
    if (!hasSelection() || m_dialog || m_picker)
        return;
    QStringList owners;
    try {
        owners = CustomerBulkEditor(m_db->connection(), m_db->dialect()).owners();
    } catch (const StorageError& e) {
        reportError(tr("Assign owner"), e.message());
        return;
    }
    const Customer* current = m_model->customerAt(m_view->currentIndex().row());
    auto* picker = new OwnerPickerDialog(owners, current ? current->owner : QString(),
                                         static_cast<int>(selectedCustomerIds().size()), this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QDialog::accepted, this, [this, picker] { assignOwner(picker->owner()); });
    m_picker = picker;
    picker->open();
}

void CustomersPage::exportCustomers()
{
    if (!m_db || m_exportJob->isRunning() || m_model->totalCount() == 0)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(tr("customers") + QStringLiteral(".xlsx"));
    QString path;
    if (m_saveFileChooser) {
        path = m_saveFileChooser(suggested);
    } else {
        const auto selected = selectedCustomerIds().size();
        const QString title =
            selected > 1 ? tr("Export %Ln selected customer(s)", nullptr, static_cast<int>(selected))
                         : tr("Export the %Ln customer(s) of the list", nullptr, m_model->totalCount());
        const QString xlsx = tr("Excel workbook (*.xlsx)");
        const QString csv = tr("CSV, UTF-8 (*.csv)");
        QString filter = xlsx;
        path =
            QFileDialog::getSaveFileName(this, title, suggested, xlsx + QStringLiteral(";;") + csv, &filter);
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
            path += filter == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    }
    if (!path.isEmpty())
        exportTo(path);
}

void CustomersPage::exportTo(const QString& filePath)
{
    if (!m_db || m_exportJob->isRunning())
        return;
    CustomerExportRequest request;
    request.filePath = filePath;
    request.format = exportFormatForPath(filePath);
    const QList<std::int64_t> selected = selectedCustomerIds();
    // One selected row is where the cursor happens to be; two or more are a choice.
    if (selected.size() > 1)
        request.customerIds = selected;
    request.query = m_model->query();

    auto* progress = new QProgressDialog(tr("Exporting customers…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Export customers"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, this, &CustomersPage::cancelExport);
    m_exportProgress = progress;
    m_exportJob->start(m_db, request);
    updateActions();
}

bool CustomersPage::isExporting() const
{
    return m_exportJob->isRunning();
}

void CustomersPage::cancelExport()
{
    m_exportJob->cancel();
}

void CustomersPage::onExportFinished(const CustomerExportResult& result, const QString& filePath)
{
    if (m_exportProgress)
        m_exportProgress->deleteLater();
    updateActions();
    if (result.cancelled) {
        showStatus(tr("Export cancelled; no file was written."));
        return;
    }
    showStatus(
        tr("Exported %Ln customer(s) to %1.", nullptr, result.rows).arg(QDir::toNativeSeparators(filePath)));
    emit exportFinished(result.rows, filePath);
}

bool CustomersPage::confirm(const QString& title, const QString& text)
{
    if (m_confirmation)
        return m_confirmation(title, text);
    return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

void CustomersPage::reportError(const QString& title, const QString& text)
{
    if (m_errorReport) {
        m_errorReport(title, text);
        return;
    }
    QMessageBox::warning(this, title, text);
}

} // namespace clientele
