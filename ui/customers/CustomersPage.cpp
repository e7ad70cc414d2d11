#include "customers/CustomersPage.h"

#include "customers/AddCustomerCommand.h"
#include "customers/CustomerDetailPane.h"
#include "customers/CustomerEditDialog.h"
#include "customers/CustomerTableModel.h"
#include "customers/DeleteCustomerCommand.h"
#include "customers/EditCustomerCommand.h"
#include "storage/CustomerProfileReader.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace clientele {

namespace {

const QString kHeaderKey = QStringLiteral("CustomersPage/header");
const QString kSplitterKey = QStringLiteral("CustomersPage/splitter");
constexpr int kSearchDelayMs = 250;

// "1 order" / "12,345 orders". Explicit forms rather than %n plurals, which need a loaded English
// translation to lose their "(s)".
QString counted(int n, const QString& one, const QString& many)
{
    return n == 1 ? one : many.arg(QLocale().toString(n));
}

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

    connect(m_model, &CustomerTableModel::listReset, this, [this] {
        updateCountLabel();
        updateActions();
        showCurrentDetail();
    });
    connect(m_model, &CustomerTableModel::loadFailed, this,
            [this](const QString& message) { reportError(tr("Customers"), message); });
    // Both: a view may move the current row before it updates the selection, or select without moving.
    const auto selectionMoved = [this] {
        updateActions();
        showCurrentDetail();
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, selectionMoved);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, selectionMoved);
    connect(m_view, &QTableView::doubleClicked, this, &CustomersPage::editSelected);

    updateCountLabel();
    updateActions();
}

CustomersPage::~CustomersPage()
{
    saveViewState();
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

    auto* findAction = new QAction(tr("Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, &CustomersPage::focusSearch);
    addAction(findAction);
}

void CustomersPage::buildLayout()
{
    auto* toolbar = new QToolBar(tr("Customers"), this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_addAction);
    toolbar->addAction(m_editAction);
    toolbar->addAction(m_deleteAction);
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
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
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
    const std::pair<int, int> widths[] = {{CustomerTableModel::Code, 9},     {CustomerTableModel::Name, 30},
                                          {CustomerTableModel::Kind, 5},     {CustomerTableModel::City, 11},
                                          {CustomerTableModel::Region, 12},  {CustomerTableModel::Owner, 13},
                                          {CustomerTableModel::Industry, 12}};
    for (const auto& [column, chars] : widths)
        header->resizeSection(column, charWidth * chars + 16);
    header->setSortIndicator(CustomerTableModel::Name, Qt::AscendingOrder);

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
    layout->addWidget(m_splitter, 1);
}

void CustomersPage::saveViewState() const
{
    QSettings settings;
    settings.setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

void CustomersPage::restoreViewState()
{
    const QSettings settings;
    m_view->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({760, 440});
    // Turning sorting on sorts by the restored indicator; the model has no database yet, so it is free.
    m_view->setSortingEnabled(true);
}

void CustomersPage::setDatabase(Database* db)
{
    m_undoStack->clear();
    m_db = db;
    m_searchTimer->stop();
    m_detail->setDatabase(db);
    m_model->setDatabase(db);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, CustomerTableModel::Code));
    const int generation = ++m_databaseGeneration;
    if (db) {
        // Queued: the view lays out and paints the rows first. Only the latest database counts.
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_databaseGeneration)
                emit firstRowsShown();
        });
    }
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

void CustomersPage::selectCustomer(std::int64_t id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, CustomerTableModel::Code);
    m_view->setCurrentIndex(index);
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
    const std::int64_t keep = selectedCustomerId();
    m_model->setSearch(m_searchEdit->text().trimmed());
    selectCustomer(keep);
}

void CustomersPage::updateCountLabel()
{
    if (!m_db) {
        m_countLabel->setText(tr("No database"));
        return;
    }
    m_countLabel->setText(counted(m_model->totalCount(), tr("1 customer"), tr("%1 customers")));
}

void CustomersPage::updateActions()
{
    const bool hasDb = m_db != nullptr;
    const bool hasSelection = selectedCustomerId() != 0;
    m_addAction->setEnabled(hasDb);
    m_editAction->setEnabled(hasDb && hasSelection);
    m_deleteAction->setEnabled(hasDb && hasSelection);
}

void CustomersPage::showCurrentDetail()
{
    const std::int64_t id = selectedCustomerId();
    if (id != m_detail->customerId() || id == 0)
        m_detail->showCustomer(id);
}

CustomerCommandContext CustomersPage::commandContext()
{
    CustomerCommandContext context;
    context.db = m_db;
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
    m_model->reload();
    if (selectId != 0)
        selectCustomer(selectId);
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
                QLatin1Char('\n') +
                tr("These go with them: %1, %2 and %3.")
                    .arg(counted(counts.orders, tr("1 order"), tr("%1 orders")),
                         counted(counts.interactions, tr("1 interaction"), tr("%1 interactions")),
                         counted(counts.surveyResponses, tr("1 survey response"), tr("%1 survey responses")));
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
