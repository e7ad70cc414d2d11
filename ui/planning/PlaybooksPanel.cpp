#include "planning/PlaybooksPanel.h"

#include "UserDialogs.h"
#include "analytics/KpiCatalog.h"
#include "planning/PlanningCodes.h"
#include "planning/PlanningEditCommand.h"
#include "planning/PlanningFormat.h"
#include "planning/PlanningValidator.h"
#include "storage/Database.h"
#include "storage/PlaybookStore.h"
#include "storage/StorageError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace clientele {

PlaybooksPanel::PlaybooksPanel(QUndoStack* undo, QWidget* parent)
    : QWidget(parent)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("playbooksPanel"));
    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(split);

    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_kindFilter = new QComboBox(left);
    m_kindFilter->setObjectName(QStringLiteral("playbookKindFilter"));
    m_kindFilter->addItem(tr("For every target"), QVariant());
    for (PlaybookTarget t :
         {PlaybookTarget::Tier, PlaybookTarget::Stage, PlaybookTarget::OnlineGroup, PlaybookTarget::Any})
        m_kindFilter->addItem(PlanningCodes::displayName(t), static_cast<int>(t));
    m_showRetired = new QCheckBox(tr("Show retired"), left);
    m_showRetired->setObjectName(QStringLiteral("playbookShowRetired"));
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_kindFilter, 1);
    filterRow->addWidget(m_showRetired);
    leftLayout->addLayout(filterRow);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("playbookList"));
    leftLayout->addWidget(m_list, 1);
    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("New"), left);
    m_new->setObjectName(QStringLiteral("newPlaybook"));
    m_duplicate = new QPushButton(tr("Duplicate"), left);
    m_duplicate->setObjectName(QStringLiteral("duplicatePlaybook"));
    m_retire = new QPushButton(tr("Retire"), left);
    m_retire->setObjectName(QStringLiteral("retirePlaybook"));
    m_reset = new QPushButton(tr("Reset"), left);
    m_reset->setObjectName(QStringLiteral("resetPlaybook"));
    m_reset->setToolTip(tr("Put the built-in template's texts back"));
    m_remove = new QPushButton(tr("Delete"), left);
    m_remove->setObjectName(QStringLiteral("deletePlaybook"));
    for (QPushButton* b : {m_new, m_duplicate, m_retire, m_reset, m_remove})
        buttons->addWidget(b);
    leftLayout->addLayout(buttons);

    auto* right = new QWidget(split);
    auto* form = new QFormLayout(right);
    m_origin = new QLabel(right);
    m_origin->setObjectName(QStringLiteral("playbookOrigin"));
    form->addRow(m_origin);
    m_name = new QLineEdit(right);
    m_name->setObjectName(QStringLiteral("playbookName"));
    form->addRow(tr("&Name:"), m_name);
    m_target = new QLabel(right);
    form->addRow(tr("For:"), m_target);
    m_goal = new QPlainTextEdit(right);
    m_goal->setObjectName(QStringLiteral("playbookGoal"));
    m_goal->setTabChangesFocus(true);
    m_goal->setMaximumHeight(m_goal->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("&Goal:"), m_goal);
    m_measures = new QPlainTextEdit(right);
    m_measures->setObjectName(QStringLiteral("playbookMeasures"));
    m_measures->setTabChangesFocus(true);
    m_measures->setToolTip(tr("One measure a line"));
    form->addRow(tr("&Measures:"), m_measures);
    m_ownerRole = new QComboBox(right);
    m_ownerRole->setObjectName(QStringLiteral("playbookOwnerRole"));
    for (OwnerRole r : {OwnerRole::Sales, OwnerRole::Service, OwnerRole::Marketing, OwnerRole::Data})
        m_ownerRole->addItem(PlanningCodes::displayName(r), static_cast<int>(r));
    form->addRow(tr("&Owner role:"), m_ownerRole);
    m_cadence = new QLineEdit(right);
    m_cadence->setObjectName(QStringLiteral("playbookCadence"));
    form->addRow(tr("&Cadence:"), m_cadence);
    m_resources = new QLineEdit(right);
    m_resources->setObjectName(QStringLiteral("playbookResources"));
    form->addRow(tr("&Resources:"), m_resources);
    m_effect = new QLineEdit(right);
    m_effect->setObjectName(QStringLiteral("playbookEffect"));
    form->addRow(tr("E&xpected effect:"), m_effect);
    m_kpi = new QComboBox(right);
    m_kpi->setObjectName(QStringLiteral("playbookKpi"));
    m_kpi->addItem(tr("(none)"), QString());
    for (const KpiDefinition& d : KpiCatalog::definitions())
        m_kpi->addItem(d.name, d.code);
    form->addRow(tr("&KPI:"), m_kpi);
    m_messages = new QLabel(right);
    m_messages->setObjectName(QStringLiteral("playbookMessages"));
    m_messages->setWordWrap(true);
    QPalette p = m_messages->palette();
    p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_messages->setPalette(p);
    form->addRow(m_messages);
    m_save = new QPushButton(tr("&Save template"), right);
    m_save->setObjectName(QStringLiteral("savePlaybook"));
    form->addRow(QString(), m_save);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &PlaybooksPanel::reload);
    connect(m_showRetired, &QCheckBox::toggled, this, &PlaybooksPanel::reload);
    connect(m_list, &QListWidget::currentRowChanged, this, &PlaybooksPanel::showCurrent);
    connect(m_save, &QPushButton::clicked, this, &PlaybooksPanel::save);
    connect(m_new, &QPushButton::clicked, this, &PlaybooksPanel::newPlaybook);
    connect(m_duplicate, &QPushButton::clicked, this, &PlaybooksPanel::duplicate);
    connect(m_retire, &QPushButton::clicked, this, &PlaybooksPanel::toggleRetired);
    connect(m_reset, &QPushButton::clicked, this, &PlaybooksPanel::resetBuiltIn);
    connect(m_remove, &QPushButton::clicked, this, &PlaybooksPanel::remove);
}

void PlaybooksPanel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

qint64 PlaybooksPanel::currentId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
}

bool PlaybooksPanel::select(qint64 playbookId)
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == playbookId) {
            m_list->setCurrentRow(row);
            return true;
        }
    return false;
}

void PlaybooksPanel::reload()
{
    const qint64 keep = currentId();
    const QSignalBlocker block(m_list);
    m_list->clear();
    m_shown.clear();
    if (m_db) {
        const QVariant kind = m_kindFilter->currentData();
        try {
            for (const Playbook& p :
                 PlaybookStore(m_db->connection(), m_db->dialect()).list(m_showRetired->isChecked())) {
                if (kind.isValid() && static_cast<int>(p.targetKind) != kind.toInt())
                    continue;
                m_shown.push_back(p);
                const QString target = PlanningCodes::targetDisplayName(p.targetKind, p.target);
                QString text = target.isEmpty() ? p.name : QStringLiteral("%1 — %2").arg(target, p.name);
                if (p.retired)
                    text += tr(" (retired)");
                else if (!p.isBuiltIn())
                    text += tr(" (own)");
                else if (p.edited)
                    text += tr(" (edited)");
                auto* item = new QListWidgetItem(text, m_list);
                item->setData(Qt::UserRole, p.id);
                item->setToolTip(p.goal);
                if (p.retired)
                    item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            }
        } catch (const StorageError& e) {
            UserDialogs::current().showError(this, tr("Playbooks"), e.message());
        }
    }
    if (!select(keep) && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showCurrent();
}

void PlaybooksPanel::showCurrent()
{
    const qint64 id = currentId();
    const Playbook* p = nullptr;
    for (const Playbook& candidate : m_shown)
        if (candidate.id == id)
            p = &candidate;
    m_messages->clear();
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_name, m_goal, m_measures, m_ownerRole, m_cadence, m_resources,
                                         m_effect, m_kpi, m_save, m_duplicate, m_retire})
        w->setEnabled(p != nullptr);
    m_new->setEnabled(m_db != nullptr);
    m_reset->setEnabled(p && p->isBuiltIn() && (p->edited || p->retired));
    m_remove->setEnabled(p && !p->isBuiltIn());
    if (!p) {
        m_origin->clear();
        m_target->clear();
        for (QLineEdit* e : {m_name, m_cadence, m_resources, m_effect})
            e->clear();
        m_goal->clear();
        m_measures->clear();
        return;
    }
    m_origin->setText(p->isBuiltIn() ? (p->edited ? tr("Built-in template, edited") : tr("Built-in template"))
                                     : tr("Your own template"));
    const QString target = PlanningCodes::targetDisplayName(p->targetKind, p->target);
    m_target->setText(target.isEmpty()
                          ? PlanningCodes::displayName(p->targetKind)
                          : QStringLiteral("%1: %2").arg(PlanningCodes::displayName(p->targetKind), target));
    m_name->setText(p->name);
    m_goal->setPlainText(p->goal);
    m_measures->setPlainText(p->measures);
    m_ownerRole->setCurrentIndex(m_ownerRole->findData(static_cast<int>(p->ownerRole)));
    m_cadence->setText(p->cadence);
    m_resources->setText(p->resources);
    m_effect->setText(p->expectedEffect);
    m_kpi->setCurrentIndex(qMax(0, m_kpi->findData(p->kpi)));
    m_retire->setText(p->retired ? tr("Restore") : tr("Retire"));
}

Playbook PlaybooksPanel::fromForm() const
{
    Playbook p;
    for (const Playbook& candidate : m_shown)
        if (candidate.id == currentId())
            p = candidate;
    p.name = m_name->text().trimmed();
    p.goal = m_goal->toPlainText().trimmed();
    p.measures = m_measures->toPlainText().trimmed();
    p.ownerRole = static_cast<OwnerRole>(m_ownerRole->currentData().toInt());
    p.cadence = m_cadence->text().trimmed();
    p.resources = m_resources->text().trimmed();
    p.expectedEffect = m_effect->text().trimmed();
    p.kpi = m_kpi->currentData().toString();
    return p;
}

void PlaybooksPanel::push(const QString& text, std::function<void()> redo, std::function<void()> undo)
{
    m_undo->push(new PlanningEditCommand(
        text, std::move(redo), std::move(undo),
        [this](const QString& message) { UserDialogs::current().showError(this, tr("Playbooks"), message); },
        [this] { reload(); }));
}

void PlaybooksPanel::save()
{
    if (!m_db || currentId() <= 0)
        return;
    const Playbook after = fromForm();
    const std::vector<PlanningIssue> issues = PlanningValidator::check(after);
    if (!issues.empty()) {
        m_messages->setText(PlanningError(issues).message());
        return;
    }
    const std::optional<Playbook> before = PlaybookStore(m_db->connection(), m_db->dialect()).find(after.id);
    if (!before)
        return;
    push(
        tr("Edit template “%1”").arg(after.name),
        [this, after] { PlaybookStore(m_db->connection(), m_db->dialect()).update(after); },
        [this, before] { PlaybookStore(m_db->connection(), m_db->dialect()).update(*before); });
}

void PlaybooksPanel::newPlaybook()
{
    if (!m_db)
        return;
    Playbook p;
    p.name = tr("New template");
    p.targetKind = PlaybookTarget::Any;
    p.measures = tr("First measure");
    auto id = std::make_shared<qint64>(0);
    push(
        tr("New template"),
        [this, p, id] {
            *id = PlaybookStore(m_db->connection(), m_db->dialect()).insert(p);
            m_kindFilter->setCurrentIndex(0);
        },
        [this, id] { PlaybookStore(m_db->connection(), m_db->dialect()).remove(*id); });
    select(*id);
    m_name->setFocus();
    m_name->selectAll();
}

void PlaybooksPanel::duplicate()
{
    const qint64 source = currentId();
    if (!m_db || source <= 0)
        return;
    auto id = std::make_shared<qint64>(0);
    push(
        tr("Duplicate template"),
        [this, source, id] { *id = PlaybookStore(m_db->connection(), m_db->dialect()).duplicate(source); },
        [this, id] { PlaybookStore(m_db->connection(), m_db->dialect()).remove(*id); });
    select(*id);
}

void PlaybooksPanel::toggleRetired()
{
    const qint64 id = currentId();
    if (!m_db || id <= 0)
        return;
    const std::optional<Playbook> p = PlaybookStore(m_db->connection(), m_db->dialect()).find(id);
    if (!p)
        return;
    const bool retire = !p->retired;
    push(
        retire ? tr("Retire template") : tr("Restore template"),
        [this, id, retire] { PlaybookStore(m_db->connection(), m_db->dialect()).setRetired(id, retire); },
        [this, id, retire] { PlaybookStore(m_db->connection(), m_db->dialect()).setRetired(id, !retire); });
}

void PlaybooksPanel::resetBuiltIn()
{
    const qint64 id = currentId();
    if (!m_db || id <= 0)
        return;
    const std::optional<Playbook> before = PlaybookStore(m_db->connection(), m_db->dialect()).find(id);
    if (!before || !before->isBuiltIn())
        return;
    push(
        tr("Reset template"), [this, id] { PlaybookStore(m_db->connection(), m_db->dialect()).reset(id); },
        [this, before] {
            PlaybookStore store(m_db->connection(), m_db->dialect());
            store.update(*before);
            store.setRetired(before->id, before->retired);
        });
}

void PlaybooksPanel::remove()
{
    const qint64 id = currentId();
    if (!m_db || id <= 0)
        return;
    const std::optional<Playbook> before = PlaybookStore(m_db->connection(), m_db->dialect()).find(id);
    if (!before || before->isBuiltIn())
        return;
    auto current = std::make_shared<qint64>(id);
    push(
        tr("Delete template"),
        [this, current] { PlaybookStore(m_db->connection(), m_db->dialect()).remove(*current); },
        [this, before, current] {
            *current = PlaybookStore(m_db->connection(), m_db->dialect()).insert(*before);
        });
}

} // namespace clientele
