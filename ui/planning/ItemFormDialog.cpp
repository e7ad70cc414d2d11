#include "planning/ItemFormDialog.h"

#include "analytics/AnalysisPeriod.h"
#include "analytics/TierNames.h"
#include "planning/FieldMessages.h"
#include "planning/PlanningCodes.h"
#include "planning/PlanningFormat.h"
#include "planning/PlanningValidator.h"
#include "segments/SegmentFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <cmath>

namespace clientele {

ItemFormDialog::ItemFormDialog(const Plan& plan,
                               const ExecutionItem& item,
                               std::vector<Playbook> playbooks,
                               qint64 linkedCustomers,
                               QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_item(item)
    , m_playbooks(std::move(playbooks))
{
    setObjectName(QStringLiteral("itemForm"));
    setWindowTitle(item.id > 0 ? tr("Edit execution item") : tr("New execution item"));
    auto* form = new QFormLayout;

    m_playbook = new QComboBox(this);
    m_playbook->setObjectName(QStringLiteral("itemPlaybook"));
    m_playbook->addItem(tr("(written freely)"), QVariant());
    for (const Playbook& p : m_playbooks) {
        const QString target =
            p.target.isEmpty() ? QString() : PlanningCodes::targetDisplayName(p.targetKind, p.target);
        m_playbook->addItem(target.isEmpty() ? p.name : QStringLiteral("%1 — %2").arg(target, p.name), p.id);
    }
    form->addRow(tr("&Playbook:"), m_playbook);

    auto* segmentRow = new QHBoxLayout;
    segmentRow->setContentsMargins(0, 0, 0, 0);
    m_segmentKind = new QComboBox(this);
    m_segmentKind->setObjectName(QStringLiteral("itemSegmentKind"));
    for (SegmentKind kind : {SegmentKind::Tier, SegmentKind::Stage, SegmentKind::Custom})
        m_segmentKind->addItem(PlanningCodes::displayName(kind), static_cast<int>(kind));
    m_segment = new QComboBox(this);
    m_segment->setObjectName(QStringLiteral("itemSegment"));
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("itemSegmentLabel"));
    m_label->setPlaceholderText(tr("a name for the list"));
    segmentRow->addWidget(m_segmentKind);
    segmentRow->addWidget(m_segment, 1);
    segmentRow->addWidget(m_label, 1);
    auto* segmentBox = new QWidget(this);
    segmentBox->setLayout(segmentRow);
    form->addRow(tr("&Tier / segment:"), segmentBox);

    m_strategy = new QLineEdit(this);
    m_strategy->setObjectName(QStringLiteral("itemStrategy"));
    form->addRow(tr("&Strategy:"), m_strategy);
    m_measures = new QPlainTextEdit(this);
    m_measures->setObjectName(QStringLiteral("itemMeasures"));
    m_measures->setTabChangesFocus(true);
    m_measures->setFixedHeight(m_measures->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Measures:"), m_measures);
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("itemOwner"));
    form->addRow(tr("&Owner:"), m_owner);
    auto* dateRow = new QHBoxLayout;
    dateRow->setContentsMargins(0, 0, 0, 0);
    m_start = new QDateEdit(this);
    m_start->setObjectName(QStringLiteral("itemStart"));
    m_end = new QDateEdit(this);
    m_end->setObjectName(QStringLiteral("itemEnd"));
    for (QDateEdit* e : {m_start, m_end}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    dateRow->addWidget(m_start);
    dateRow->addWidget(new QLabel(tr("to"), this));
    dateRow->addWidget(m_end);
    dateRow->addStretch(1);
    auto* dateBox = new QWidget(this);
    dateBox->setLayout(dateRow);
    form->addRow(tr("&Dates:"), dateBox);
    m_resources = new QLineEdit(this);
    m_resources->setObjectName(QStringLiteral("itemResources"));
    form->addRow(tr("&Resources:"), m_resources);
    m_budget = new QLineEdit(this);
    m_budget->setObjectName(QStringLiteral("itemBudget"));
    m_budget->setPlaceholderText(SegmentFormat::currencySymbol());
    form->addRow(tr("&Budget:"), m_budget);
    m_effect = new QLineEdit(this);
    m_effect->setObjectName(QStringLiteral("itemExpectedEffect"));
    form->addRow(tr("E&xpected effect:"), m_effect);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("itemStatus"));
    for (ItemStatus s : {ItemStatus::Planned, ItemStatus::Running, ItemStatus::Done, ItemStatus::Cancelled})
        m_status->addItem(PlanningCodes::displayName(s), static_cast<int>(s));
    form->addRow(tr("St&atus:"), m_status);
    m_holdout = new QDoubleSpinBox(this);
    m_holdout->setObjectName(QStringLiteral("itemHoldout"));
    m_holdout->setRange(0.0, 90.0);
    m_holdout->setDecimals(0);
    m_holdout->setSuffix(QStringLiteral(" %"));
    m_holdout->setToolTip(tr("Share of the linked customers held out as a control group (never contacted)"));
    form->addRow(tr("&Held out:"), m_holdout);
    m_link = new QCheckBox(tr("&Link the customers of this tier or stage (latest analysis)"), this);
    m_link->setObjectName(QStringLiteral("itemLinkSegment"));
    m_linked = new QLabel(tr("%n customer(s) linked", nullptr, static_cast<int>(linkedCustomers)), this);
    m_linked->setObjectName(QStringLiteral("itemLinked"));
    auto* linkBox = new QWidget(this);
    auto* linkRow = new QVBoxLayout(linkBox);
    linkRow->setContentsMargins(0, 0, 0, 0);
    linkRow->addWidget(m_link);
    linkRow->addWidget(m_linked);
    form->addRow(tr("Customers:"), linkBox);

    auto* general = new QLabel(this);
    general->setObjectName(QStringLiteral("itemMessages"));
    m_messages = std::make_unique<FieldMessages>(general);
    m_messages->addField(QStringLiteral("segment"), form, segmentBox);
    m_messages->addField(QStringLiteral("strategy"), form, m_strategy);
    m_messages->addField(QStringLiteral("owner"), form, m_owner);
    m_messages->addField(QStringLiteral("ends_on"), form, dateBox);
    m_messages->addField(QStringLiteral("budget"), form, m_budget);
    m_messages->addField(QStringLiteral("holdout_share"), form, m_holdout);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ItemFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);

    // The item into the fields; a new item runs over the plan's period.
    const std::optional<AnalysisPeriod> period = AnalysisPeriod::parse(plan.period);
    m_playbook->setCurrentIndex(item.playbookId ? qMax(0, m_playbook->findData(*item.playbookId)) : 0);
    m_segmentKind->setCurrentIndex(m_segmentKind->findData(static_cast<int>(item.segmentKind)));
    fillSegments();
    if (item.segmentKind == SegmentKind::Custom)
        m_label->setText(item.segment);
    else
        m_segment->setCurrentIndex(qMax(0, m_segment->findData(item.segment)));
    m_strategy->setText(item.strategy);
    m_measures->setPlainText(item.measures);
    m_owner->setText(item.owner);
    m_start->setDate(item.startsOn.isValid() ? item.startsOn
                     : period                ? period->start()
                                             : QDate::currentDate());
    m_end->setDate(item.endsOn.isValid() ? item.endsOn : period ? period->end() : QDate::currentDate());
    m_resources->setText(item.resources);
    if (item.budgetMinor)
        m_budget->setText(QLocale().toString(static_cast<double>(*item.budgetMinor) / 100.0, 'f', 2));
    m_effect->setText(item.expectedEffect);
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(item.status)));
    m_holdout->setValue(item.holdoutShare * 100.0);
    m_link->setChecked(item.id == 0 && item.segmentKind != SegmentKind::Custom);

    connect(m_segmentKind, &QComboBox::currentIndexChanged, this, &ItemFormDialog::fillSegments);
    connect(m_playbook, &QComboBox::activated, this, [this] {
        if (m_playbook->currentData().isValid())
            applyPlaybook(m_playbook->currentData().toLongLong());
    });
    resize(640, sizeHint().height());
}

ItemFormDialog::~ItemFormDialog() = default;

void ItemFormDialog::fillSegments()
{
    const auto kind = static_cast<SegmentKind>(m_segmentKind->currentData().toInt());
    const QString keep = m_segment->currentData().toString();
    m_segment->clear();
    const QStringList codes = kind == SegmentKind::Tier    ? PlanningFormat::tierCodes(m_plan.tierModel)
                              : kind == SegmentKind::Stage ? PlanningFormat::stageCodes()
                                                           : QStringList();
    for (const QString& code : codes)
        m_segment->addItem(TierNames::displayName(code), code);
    m_segment->setCurrentIndex(qMax(0, m_segment->findData(keep)));
    m_segment->setVisible(kind != SegmentKind::Custom);
    m_label->setVisible(kind == SegmentKind::Custom);
    m_link->setEnabled(kind != SegmentKind::Custom);
    if (kind == SegmentKind::Custom)
        m_link->setChecked(false);
}

void ItemFormDialog::applyPlaybook(qint64 playbookId)
{
    for (const Playbook& p : m_playbooks) {
        if (p.id != playbookId)
            continue;
        m_playbook->setCurrentIndex(qMax(0, m_playbook->findData(p.id)));
        m_strategy->setText(p.name);
        m_measures->setPlainText(p.measures);
        m_effect->setText(p.expectedEffect);
        m_resources->setText(p.resources);
        if (m_owner->text().trimmed().isEmpty())
            m_owner->setText(PlanningCodes::displayName(p.ownerRole));
        // A tier or stage playbook points at its segment.
        if (p.targetKind == PlaybookTarget::Tier && p.tierModel == m_plan.tierModel) {
            m_segmentKind->setCurrentIndex(m_segmentKind->findData(static_cast<int>(SegmentKind::Tier)));
            m_segment->setCurrentIndex(qMax(0, m_segment->findData(p.target)));
        }
        return;
    }
}

ExecutionItem ItemFormDialog::item() const
{
    ExecutionItem i = m_item;
    i.planId = m_plan.id;
    i.playbookId = m_playbook->currentData().isValid()
                       ? std::optional<qint64>(m_playbook->currentData().toLongLong())
                       : std::nullopt;
    i.segmentKind = static_cast<SegmentKind>(m_segmentKind->currentData().toInt());
    i.segment = i.segmentKind == SegmentKind::Custom ? m_label->text().trimmed()
                                                     : m_segment->currentData().toString();
    i.strategy = m_strategy->text().trimmed();
    i.measures = m_measures->toPlainText().trimmed();
    i.owner = m_owner->text().trimmed();
    i.startsOn = m_start->date();
    i.endsOn = m_end->date();
    i.resources = m_resources->text().trimmed();
    const QString budget = m_budget->text().trimmed();
    i.budgetMinor.reset();
    if (!budget.isEmpty()) {
        bool ok = false;
        double value = QLocale().toDouble(budget, &ok);
        if (!ok)
            value = QLocale::c().toDouble(budget, &ok);
        if (ok)
            i.budgetMinor = static_cast<MinorUnits>(std::llround(value * 100.0));
    }
    i.expectedEffect = m_effect->text().trimmed();
    i.status = static_cast<ItemStatus>(m_status->currentData().toInt());
    i.holdoutShare = m_holdout->value() / 100.0;
    return i;
}

bool ItemFormDialog::linkSegmentCustomers() const
{
    return m_link->isEnabled() && m_link->isChecked();
}

QString ItemFormDialog::fieldMessage(const QString& field) const
{
    return m_messages->message(field);
}

void ItemFormDialog::accept()
{
    const ExecutionItem i = item();
    std::vector<PlanningIssue> issues = PlanningValidator::check(i);
    const QString budget = m_budget->text().trimmed();
    if (!budget.isEmpty() && !i.budgetMinor)
        issues.push_back({QStringLiteral("budget"), tr("Budget: enter an amount such as 5000 or 5,000.00.")});
    if (!m_messages->show(issues))
        return;
    QDialog::accept();
}

} // namespace clientele
