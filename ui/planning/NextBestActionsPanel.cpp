#include "planning/NextBestActionsPanel.h"

#include "UserDialogs.h"
#include "planning/NextBestActionFinder.h"
#include "planning/PlanningTask.h"
#include "profile/InteractionChannels.h"
#include "storage/CustomerBulkEditor.h"
#include "storage/Database.h"
#include "storage/PlaybookStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele {

namespace {

QTableWidget* makeTable(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

// The playbook's name and first measure, the thing to do.
QString measureOf(const Database* db, const QString& code)
{
    if (!db || code.isEmpty())
        return code;
    const std::optional<Playbook> p = PlaybookStore(db->connection(), db->dialect()).findByCode(code);
    if (!p)
        return code;
    const QString first = p->measures.section(QLatin1Char('\n'), 0, 0).trimmed();
    return first.isEmpty() ? p->name : QStringLiteral("%1: %2").arg(p->name, first);
}

} // namespace

NextBestActionsPanel::NextBestActionsPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("nextBestActions"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("actionOwner"));
    m_owner->setMinimumContentsLength(16);
    m_day = new QDateEdit(QDate::currentDate(), this);
    m_day->setObjectName(QStringLiteral("actionDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_log = new QPushButton(tr("&Log contact…"), this);
    m_log->setObjectName(QStringLiteral("logContact"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("actionStatus"));
    bar->addWidget(new QLabel(tr("Account manager:"), this));
    bar->addWidget(m_owner);
    bar->addWidget(new QLabel(tr("As of:"), this));
    bar->addWidget(m_day);
    bar->addWidget(m_log);
    bar->addWidget(m_status, 1);
    layout->addLayout(bar);
    const QStringList headers = {tr("Code"), tr("Customer"), tr("Account manager"), tr("Why"),
                                 tr("Playbook measure")};
    m_actions = makeTable(this, QStringLiteral("actionTable"), headers);
    layout->addWidget(m_actions, 3);
    layout->addWidget(new QLabel(
        tr("<b>Held back</b> (no marketing consent, or the month's contact limit reached)"), this));
    m_heldBack =
        makeTable(this, QStringLiteral("heldBackTable"),
                  {tr("Code"), tr("Customer"), tr("Account manager"), tr("Held back because"), tr("Why")});
    layout->addWidget(m_heldBack, 1);

    connect(m_owner, &QComboBox::activated, this, &NextBestActionsPanel::find);
    connect(m_day, &QDateEdit::dateChanged, this, &NextBestActionsPanel::find);
    connect(m_log, &QPushButton::clicked, this, &NextBestActionsPanel::logContact);
    connect(m_actions, &QTableWidget::itemSelectionChanged, this,
            [this] { m_log->setEnabled(m_actions->currentRow() >= 0 && !m_finding); });
    connect(m_actions, &QTableWidget::cellDoubleClicked, this, &NextBestActionsPanel::logContact);
    m_log->setEnabled(false);
}

NextBestActionsPanel::~NextBestActionsPanel()
{
    m_task.waitForFinished();
}

void NextBestActionsPanel::setDialogRunner(DialogRunner runner)
{
    m_runner = std::move(runner);
}

void NextBestActionsPanel::setDatabase(Database* db)
{
    m_task.waitForFinished();
    ++m_generation;
    m_finding = false;
    m_db = db;
    m_list = {};
    m_actions->setRowCount(0);
    m_heldBack->setRowCount(0);
    fillOwners();
}

void NextBestActionsPanel::setAsOf(QDate day)
{
    if (m_day->date() == day)
        find();
    else
        m_day->setDate(day); // finds through dateChanged
}

void NextBestActionsPanel::fillOwners()
{
    const QString keep = m_owner->currentData().toString();
    m_owner->clear();
    m_owner->addItem(tr("All account managers"), QString());
    if (m_db)
        for (const QString& owner : CustomerBulkEditor(m_db->connection(), m_db->dialect()).owners())
            m_owner->addItem(owner, owner);
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(keep)));
}

void NextBestActionsPanel::find()
{
    if (!m_db)
        return;
    m_task.waitForFinished();
    const int generation = ++m_generation;
    m_finding = true;
    m_log->setEnabled(false);
    m_status->setText(tr("Finding…"));
    const QString owner = m_owner->currentData().toString();
    const QDate day = m_day->date();
    m_task = runPlanningTask<NextBestActionList>(
        this, m_db,
        [owner, day](const QSqlDatabase& db, const SqlDialect& dialect) {
            return NextBestActionFinder(db, dialect).find(owner, day);
        },
        [this, generation](NextBestActionList list) {
            if (generation != m_generation)
                return;
            m_finding = false;
            show(list);
            emit found();
        },
        [this, generation](const QString& error) {
            if (generation != m_generation)
                return;
            m_finding = false;
            m_status->setText(error);
            emit found();
        });
}

void NextBestActionsPanel::show(const NextBestActionList& list)
{
    m_list = list;
    m_actions->setRowCount(static_cast<int>(list.actions.size()));
    int row = 0;
    for (const NextBestAction& a : list.actions) {
        const QStringList cells = {a.customerCode, a.customerName, a.owner, a.why,
                                   measureOf(m_db, a.playbookCode)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QTableWidgetItem(cells[column]);
            cell->setToolTip(cells[column]);
            m_actions->setItem(row, column, cell);
        }
        ++row;
    }
    m_heldBack->setRowCount(static_cast<int>(list.heldBack.size()));
    row = 0;
    for (const HeldBackAction& h : list.heldBack) {
        const QStringList cells = {h.action.customerCode, h.action.customerName, h.action.owner, h.why,
                                   h.action.why};
        for (int column = 0; column < cells.size(); ++column) {
            auto* cell = new QTableWidgetItem(cells[column]);
            cell->setToolTip(cells[column]);
            m_heldBack->setItem(row, column, cell);
        }
        ++row;
    }
    m_actions->resizeColumnsToContents();
    m_heldBack->resizeColumnsToContents();
    QString text = tr("%n customer(s) to contact", nullptr, static_cast<int>(list.actions.size()));
    if (!list.heldBack.empty())
        text += tr(", %n held back", nullptr, static_cast<int>(list.heldBack.size()));
    if (!list.notes.isEmpty())
        text += QStringLiteral(" — ") + list.notes.join(QStringLiteral("; "));
    m_status->setText(text);
    m_log->setEnabled(m_actions->currentRow() >= 0);
}

void NextBestActionsPanel::logContact()
{
    const int row = m_actions->currentRow();
    if (!m_db || row < 0 || row >= static_cast<int>(m_list.actions.size()))
        return;
    const NextBestAction action = m_list.actions[static_cast<size_t>(row)];
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("logContactForm"));
    dialog.setWindowTitle(tr("Log contact with %1").arg(action.customerName));
    auto* form = new QFormLayout;
    auto* channel = new QComboBox(&dialog);
    channel->setObjectName(QStringLiteral("contactChannel"));
    for (const QString& key : InteractionChannels::keys())
        channel->addItem(InteractionChannels::displayName(key), key);
    auto* summary = new QLineEdit(measureOf(m_db, action.playbookCode), &dialog);
    summary->setObjectName(QStringLiteral("contactSummary"));
    auto* outcome = new QLineEdit(&dialog);
    outcome->setObjectName(QStringLiteral("contactOutcome"));
    form->addRow(tr("Why:"), new QLabel(action.why, &dialog));
    form->addRow(tr("&Channel:"), channel);
    form->addRow(tr("&Summary:"), summary);
    form->addRow(tr("&Outcome:"), outcome);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.resize(520, dialog.sizeHint().height());
    if ((m_runner ? m_runner(&dialog) : dialog.exec()) != QDialog::Accepted)
        return;
    try {
        const qint64 id = NextBestActionFinder(m_db->connection(), m_db->dialect())
                              .logContact(action, QDateTime(m_day->date(), QTime::currentTime()),
                                          channel->currentData().toString(), summary->text().trimmed(),
                                          outcome->text().trimmed());
        emit contactLogged(id);
        find();
    } catch (const StorageError& e) {
        UserDialogs::current().showError(this, tr("Next best actions"), e.message());
    }
}

} // namespace clientele
