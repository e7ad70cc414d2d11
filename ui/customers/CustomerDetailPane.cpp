#include "customers/CustomerDetailPane.h"

#include "analytics/RfmScorer.h"
#include "customers/AddInteractionCommand.h"
#include "customers/AddNoteCommand.h"
#include "customers/AddSurveyResponseCommand.h"
#include "customers/OrderLineTableModel.h"
#include "customers/SurveyResponseTableModel.h"
#include "import/ImportSchema.h"
#include "profile/AddInteractionDialog.h"
#include "profile/AddNoteDialog.h"
#include "profile/AddSurveyResponseDialog.h"
#include "profile/InteractionChannels.h"
#include "profile/NpsHistoryChart.h"
#include "profile/ProfileOverview.h"
#include "profile/PurchaseChart.h"
#include "storage/AnalyticsRuleStore.h"
#include "storage/CustomerNoteStore.h"
#include "storage/CustomerProfileReader.h"
#include "storage/Database.h"
#include "storage/MonthlyPurchaseReader.h"
#include "storage/StorageError.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace clientele {

namespace {

const QString kAuthorKey = QStringLiteral("CustomerProfile/noteAuthor");
constexpr int kNoteLimit = CustomerProfileReader::kDefaultActivityLimit;

QWidget* tableWithNote(QWidget* table, QLabel* note)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(table);
    layout->addWidget(note);
    note->setVisible(false);
    return page;
}

QListWidget* makeTimeline(const QString& objectName)
{
    auto* list = new QListWidget;
    list->setObjectName(objectName);
    list->setWordWrap(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    list->setSpacing(1);
    return list;
}

QString when(const QDateTime& at)
{
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// The author a new note starts with: the last one used, else the user's login name.
QString defaultAuthor()
{
    const QString saved = QSettings().value(kAuthorKey).toString();
    if (!saved.isEmpty())
        return saved;
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace

CustomerDetailPane::CustomerDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_toolbar(new QToolBar(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new ProfileOverview(this))
    , m_purchaseChart(new PurchaseChart(this))
    , m_orders(new OrderLineTableModel(this))
    , m_ordersNote(new QLabel(this))
    , m_interactionList(makeTimeline(QStringLiteral("interactionTimeline")))
    , m_interactionsNote(new QLabel(this))
    , m_npsChart(new NpsHistoryChart(this))
    , m_surveys(new SurveyResponseTableModel(this))
    , m_surveysNote(new QLabel(this))
    , m_noteList(makeTimeline(QStringLiteral("noteLog")))
{
    setObjectName(QStringLiteral("customerProfile"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);

    // The keys work wherever the page has focus (the page adds these actions to itself).
    const auto action = [this](const QString& icon, const QString& text, const QKeySequence& key,
                               const QString& toolTip, void (CustomerDetailPane::*slot)()) {
        auto* a = new QAction(QIcon::fromTheme(icon), text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(toolTip);
        connect(a, &QAction::triggered, this, slot);
        m_toolbar->addAction(a);
        return a;
    };
    m_addInteraction = action(QStringLiteral("call-start"), tr("Add &interaction…"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                              tr("Record a contact with this customer (Ctrl+Shift+I)"),
                              &CustomerDetailPane::addInteractionWithDialog);
    m_addSurvey = action(QStringLiteral("view-task"), tr("Add &survey response…"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
                         tr("Record this customer's NPS or satisfaction answer (Ctrl+Shift+U)"),
                         &CustomerDetailPane::addSurveyResponseWithDialog);
    m_addNote = action(
        QStringLiteral("document-new"), tr("Add &note…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
        tr("Write a dated note about this customer (Ctrl+Shift+M)"), &CustomerDetailPane::addNoteWithDialog);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setIconSize(QSize(16, 16));
    m_toolbar->setObjectName(QStringLiteral("profileToolbar"));

    auto* purchases = new QSplitter(Qt::Vertical);
    purchases->addWidget(m_purchaseChart);
    purchases->addWidget(tableWithNote(makeTable(m_orders), m_ordersNote));
    purchases->setChildrenCollapsible(false);
    auto* surveys = new QSplitter(Qt::Vertical);
    surveys->addWidget(m_npsChart);
    surveys->addWidget(tableWithNote(makeTable(m_surveys), m_surveysNote));
    surveys->setChildrenCollapsible(false);

    m_tabs->setObjectName(QStringLiteral("profileTabs"));
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(purchases, tr("Purchases"));
    m_tabs->addTab(tableWithNote(m_interactionList, m_interactionsNote), tr("Interactions"));
    m_tabs->addTab(surveys, tr("Surveys"));
    m_tabs->addTab(m_noteList, tr("Notes"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_tabs, 1);
    clear(tr("Select a customer to see their details."));
}

QTableView* CustomerDetailPane::makeTable(QAbstractItemModel* model)
{
    auto* table = new QTableView;
    table->setModel(model);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    // At most a few hundred rows: fitting the columns to their contents is cheap, and capped so one long
    // product name or summary does not push the rest out of sight.
    connect(model, &QAbstractItemModel::modelReset, table, [table] {
        table->resizeColumnsToContents();
        const int cap = table->fontMetrics().averageCharWidth() * 22;
        for (int column = 0; column < table->model()->columnCount(); ++column)
            table->setColumnWidth(column, std::min(table->columnWidth(column), cap));
    });
    return table;
}

QList<QAction*> CustomerDetailPane::activityActions() const
{
    return {m_addInteraction, m_addSurvey, m_addNote};
}

void CustomerDetailPane::setDatabase(Database* db)
{
    if (m_dialog)
        m_dialog->reject();
    m_db = db;
    showCustomer(0);
}

void CustomerDetailPane::setAnalysis(std::shared_ptr<const AnalyticsEngine::Result> result)
{
    m_analysis = std::move(result);
    m_analysisPending = false;
    // One pass per analysis, so looking a customer up is cheap while the user moves through the list.
    m_analysisIndex.clear();
    m_analysisBase.clear();
    m_scheme.reset();
    m_tierModels.clear();
    if (m_analysis) {
        m_analysisIndex.reserve(static_cast<qsizetype>(m_analysis->customers.size()));
        m_analysisBase.reserve(m_analysis->customers.size());
        for (size_t i = 0; i < m_analysis->customers.size(); ++i) {
            m_analysisIndex.insert(m_analysis->customers[i].figures.customerId, static_cast<int>(i));
            m_analysisBase.push_back(&m_analysis->customers[i].figures);
        }
    }
    showCustomer(m_customerId);
}

void CustomerDetailPane::setAnalysisPending(bool pending)
{
    if (pending == m_analysisPending)
        return;
    m_analysisPending = pending;
    showCustomer(m_customerId);
}

void CustomerDetailPane::setCommandTarget(QUndoStack* undoStack, const CustomerCommandContext& context)
{
    m_undoStack = undoStack;
    m_context = context;
}

const CustomerAnalysis* CustomerDetailPane::analysisOf(std::int64_t customerId) const
{
    const auto it = m_analysisIndex.constFind(customerId);
    return it == m_analysisIndex.cend() ? nullptr : &m_analysis->customers[static_cast<size_t>(*it)];
}

CustomerAnalysis CustomerDetailPane::explained(const CustomerAnalysis& analysis)
{
    CustomerAnalysis result = analysis;
    const AnalyticsRuleStore rules(m_db->connection(), m_db->dialect());
    if (result.rfm.reasons.isEmpty()) {
        if (!m_scheme)
            m_scheme = rules.scheme(m_analysis->schemeCode);
        const RfmScoring rfm =
            m_scheme ? RfmScorer::explain(*m_scheme, analysis.figures, m_analysisBase) : RfmScoring{};
        // Only the words: the scores stay the run's (the scheme may have been edited since).
        if (rfm.score.r == analysis.rfm.score.r && rfm.score.f == analysis.rfm.score.f &&
            rfm.score.m == analysis.rfm.score.m)
            result.rfm.reasons = rfm.reasons;
    }
    if (result.tier.reasons.isEmpty()) {
        // "seed4+tob4": each kind had its default model.
        const QString code = m_analysis->tierModelCode.contains(QLatin1Char('+'))
                                 ? TierModel::defaultCodeFor(analysis.figures.kind)
                                 : m_analysis->tierModelCode;
        auto it = m_tierModels.find(code);
        if (it == m_tierModels.end())
            it = m_tierModels.emplace(code, rules.tierModel(code)).first;
        if (it->second) {
            TierAssignment tier = it->second->assign(analysis.figures, analysis.rfm.score,
                                                     TierContext{m_analysis->totalNetAmountMinor});
            if (tier.segment == analysis.tier.segment)
                result.tier.reasons = tier.reasons;
        }
    }
    return result;
}

void CustomerDetailPane::showCustomer(std::int64_t id)
{
    m_customerId = id;
    if (!m_db || id == 0) {
        clear(m_db ? tr("Select a customer to see their details.") : tr("No database is open."));
        return;
    }
    try {
        const std::optional<CustomerProfile> profile =
            CustomerProfileReader(m_db->connection(), m_db->dialect()).read(id);
        if (!profile) {
            clear(tr("This customer no longer exists."));
            return;
        }
        showProfile(*profile);
    } catch (const StorageError& e) {
        clear(e.message());
    }
}

void CustomerDetailPane::clear(const QString& message)
{
    m_title->setText(message);
    m_customerCode.clear();
    m_customerName.clear();
    m_customerOwner.clear();
    m_overview->clear();
    m_purchaseChart->setMonths({});
    m_orders->setLines({});
    m_interactionList->clear();
    m_npsChart->setResponses({});
    m_surveys->setResponses({});
    m_noteList->clear();
    m_ordersNote->setVisible(false);
    m_interactionsNote->setVisible(false);
    m_surveysNote->setVisible(false);
    m_tabs->setTabText(PurchasesTab, tr("Purchases"));
    m_tabs->setTabText(InteractionsTab, tr("Interactions"));
    m_tabs->setTabText(SurveysTab, tr("Surveys"));
    m_tabs->setTabText(NotesTab, tr("Notes"));
    m_tabs->setEnabled(false);
    updateActions();
}

void CustomerDetailPane::updateActions()
{
    const bool can = m_db && !m_customerCode.isEmpty() && m_undoStack;
    for (QAction* a : activityActions())
        a->setEnabled(can);
}

QStringList CustomerDetailPane::sourceLines(const CustomerProfile& profile)
{
    const QLocale locale;
    auto importName = [&](std::int64_t batchId) {
        const ImportSource source = profile.imports.value(batchId);
        const QString when = locale.toString(source.importedAt, QLocale::ShortFormat);
        return source.sheet.isEmpty() ? tr("import #%1 of %2 on %3").arg(batchId).arg(source.fileName, when)
                                      : tr("import #%1 of %2, sheet %3, on %4")
                                            .arg(batchId)
                                            .arg(source.fileName, source.sheet, when);
    };
    QStringList lines;
    if (profile.createdBy)
        lines << tr("created by %1, row %2")
                     .arg(importName(profile.createdBy->batchId))
                     .arg(profile.createdBy->sourceRow);
    for (const ImportChangeSource& change : profile.changedBy) {
        // Stored column names, shown with the labels of the import's customer fields.
        QStringList fields;
        for (const QString& column : change.fields) {
            const auto spec = ImportSchema::field(ImportKind::Customers, column == QLatin1String("name")
                                                                             ? QStringLiteral("customer_name")
                                                                             : column);
            fields << (spec ? spec->label : column);
        }
        lines << tr("%1 changed by %2").arg(fields.join(QStringLiteral(", ")), importName(change.batchId));
    }
    if (lines.isEmpty())
        lines << tr("not imported");
    return lines;
}

void CustomerDetailPane::showProfile(const CustomerProfile& profile)
{
    const Customer& c = profile.record.customer;
    const QLocale locale;
    m_customerCode = c.code;
    m_customerName = c.name;
    m_customerOwner = c.owner;
    m_title->setText(QStringLiteral("%1  ·  %2").arg(c.code, c.name));

    ProfileOverview::AnalysisState state;
    std::optional<CustomerAnalysis> analysis;
    if (m_analysis) {
        state.asOf = m_analysis->asOf;
        if (const CustomerAnalysis* stored = analysisOf(c.id)) {
            analysis = explained(*stored);
            state.customer = &*analysis;
        }
    }
    state.pending = m_analysisPending;
    m_overview->showProfile(profile, state);

    QHash<std::int64_t, QString> lineSources;
    for (auto it = profile.orderLineSources.cbegin(); it != profile.orderLineSources.cend(); ++it)
        lineSources.insert(it.key(), tr("%1, row %2")
                                         .arg(profile.imports.value(it.value().batchId).fileName)
                                         .arg(it.value().sourceRow));
    m_orders->setLines(profile.record.orderLines, lineSources);
    m_purchaseChart->setMonths(MonthlyPurchaseReader(m_db->connection(), m_db->dialect()).read(c.id));

    m_interactionList->clear();
    for (const Interaction& i : profile.record.interactions) {
        QStringList head{when(i.occurredAt), InteractionChannels::displayName(i.channel)};
        if (!i.type.isEmpty())
            head << i.type;
        QStringList lines{head.join(QStringLiteral("  ·  "))};
        if (!i.summary.isEmpty())
            lines << i.summary;
        QStringList tail;
        if (!i.outcome.isEmpty())
            tail << tr("Outcome: %1").arg(i.outcome);
        if (!i.owner.isEmpty())
            tail << tr("by %1").arg(i.owner);
        if (!tail.isEmpty())
            lines << tail.join(QStringLiteral("  ·  "));
        auto* item = new QListWidgetItem(lines.join(QLatin1Char('\n')), m_interactionList);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(i.id));
    }

    m_surveys->setResponses(profile.record.surveyResponses);
    m_npsChart->setResponses(profile.record.surveyResponses);

    // Read with the profile (same connection, same moment); a failure lands in showCustomer's catch.
    const CustomerNoteStore noteStore(m_db->connection(), m_db->dialect());
    const QList<CustomerNote> notes = noteStore.notesOf(c.id, kNoteLimit);
    const int noteCount =
        notes.size() < kNoteLimit ? static_cast<int>(notes.size()) : noteStore.countOf(c.id);
    m_noteList->clear();
    for (const CustomerNote& n : notes) {
        const QString head = n.author.isEmpty()
                                 ? when(n.writtenAt)
                                 : QStringLiteral("%1  ·  %2").arg(when(n.writtenAt), n.author);
        auto* item = new QListWidgetItem(head + QLatin1Char('\n') + n.body, m_noteList);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(n.id));
    }

    auto note = [&locale](QLabel* label, bool truncated, qsizetype shown, int total) {
        label->setVisible(truncated);
        if (truncated)
            label->setText(tr("Showing the newest %1 of %2.")
                               .arg(locale.toString(static_cast<qlonglong>(shown)), locale.toString(total)));
    };
    note(m_ordersNote, profile.orderLinesTruncated(), profile.record.orderLines.size(),
         profile.counts.orderLines);
    note(m_interactionsNote, profile.interactionsTruncated(), profile.record.interactions.size(),
         profile.counts.interactions);
    note(m_surveysNote, profile.surveyResponsesTruncated(), profile.record.surveyResponses.size(),
         profile.counts.surveyResponses);

    m_tabs->setTabText(PurchasesTab, tr("Purchases (%1)").arg(locale.toString(profile.counts.orders)));
    m_tabs->setTabText(InteractionsTab,
                       tr("Interactions (%1)").arg(locale.toString(profile.counts.interactions)));
    m_tabs->setTabText(SurveysTab, tr("Surveys (%1)").arg(locale.toString(profile.counts.surveyResponses)));
    m_tabs->setTabText(NotesTab, tr("Notes (%1)").arg(locale.toString(noteCount)));
    m_tabs->setEnabled(true);
    updateActions();
}

QString CustomerDetailPane::customerLabel() const
{
    return QStringLiteral("%1 %2").arg(m_customerCode, m_customerName);
}

void CustomerDetailPane::addInteraction(Interaction& interaction)
{
    if (interaction.customerId == 0)
        interaction.customerId = m_customerId;
    std::unique_ptr<AddInteractionCommand> command =
        AddInteractionCommand::execute(m_context, interaction, customerLabel());
    m_undoStack->push(command.release());
    m_context.changed(interaction.customerId);
}

void CustomerDetailPane::addSurveyResponse(SurveyResponse& response)
{
    if (response.customerId == 0)
        response.customerId = m_customerId;
    std::unique_ptr<AddSurveyResponseCommand> command =
        AddSurveyResponseCommand::execute(m_context, response, customerLabel());
    m_undoStack->push(command.release());
    m_context.changed(response.customerId);
}

void CustomerDetailPane::addNote(CustomerNote& note)
{
    if (note.customerId == 0)
        note.customerId = m_customerId;
    std::unique_ptr<AddNoteCommand> command = AddNoteCommand::execute(m_context, note, customerLabel());
    m_undoStack->push(command.release());
    m_context.changed(note.customerId);
}

void CustomerDetailPane::openEntryDialog(ProfileEntryDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    // open(), not exec(): window-modal without a nested event loop, and tests can drive it directly.
    dialog->open();
}

void CustomerDetailPane::addInteractionWithDialog()
{
    if (!m_addInteraction->isEnabled() || m_dialog)
        return;
    // The dialog belongs to the customer shown when it opened.
    Interaction initial;
    initial.customerId = m_customerId;
    initial.owner = m_customerOwner;
    openEntryDialog(new AddInteractionDialog(
        initial, [this](Interaction& i) { addInteraction(i); }, this));
    m_dialog->setWindowTitle(tr("Add interaction: %1").arg(customerLabel()));
}

void CustomerDetailPane::addSurveyResponseWithDialog()
{
    if (!m_addSurvey->isEnabled() || m_dialog)
        return;
    openEntryDialog(new AddSurveyResponseDialog(
        SurveyResponse{0, m_customerId, {}, {}, {}, {}}, [this](SurveyResponse& r) { addSurveyResponse(r); },
        this));
    m_dialog->setWindowTitle(tr("Add survey response: %1").arg(customerLabel()));
}

void CustomerDetailPane::addNoteWithDialog()
{
    if (!m_addNote->isEnabled() || m_dialog)
        return;
    CustomerNote initial;
    initial.customerId = m_customerId;
    initial.author = defaultAuthor();
    openEntryDialog(new AddNoteDialog(
        initial,
        [this](CustomerNote& n) {
            addNote(n);
            QSettings().setValue(kAuthorKey, n.author);
        },
        this));
    m_dialog->setWindowTitle(tr("Add note: %1").arg(customerLabel()));
}

} // namespace clientele
