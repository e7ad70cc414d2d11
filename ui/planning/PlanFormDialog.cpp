#include "planning/PlanFormDialog.h"

#include "planning/FieldMessages.h"
#include "planning/PlanningFormat.h"
#include "planning/PlanningValidator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace clientele {

PlanFormDialog::PlanFormDialog(const Plan& plan, QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("planForm"));
    setWindowTitle(plan.id > 0 ? tr("Edit plan") : tr("New plan"));
    auto* form = new QFormLayout;
    m_name = new QLineEdit(plan.name, this);
    m_name->setObjectName(QStringLiteral("planName"));
    form->addRow(tr("&Name:"), m_name);
    m_period = new QLineEdit(plan.period, this);
    m_period->setObjectName(QStringLiteral("planPeriod"));
    m_period->setPlaceholderText(tr("2024, 2024Q2 or 2024-05"));
    form->addRow(tr("&Period:"), m_period);
    m_tierModel = new QComboBox(this);
    m_tierModel->setObjectName(QStringLiteral("planTierModel"));
    for (const QString& code : PlanningFormat::tierModelCodes())
        m_tierModel->addItem(PlanningFormat::tierModelName(code), code);
    m_tierModel->setCurrentIndex(qMax(0, m_tierModel->findData(plan.tierModel)));
    form->addRow(tr("&Tier model:"), m_tierModel);
    m_notes = new QLineEdit(plan.notes, this);
    m_notes->setObjectName(QStringLiteral("planNotes"));
    form->addRow(tr("N&otes:"), m_notes);

    auto* general = new QLabel(this);
    m_messages = std::make_unique<FieldMessages>(general);
    m_messages->addField(QStringLiteral("name"), form, m_name);
    m_messages->addField(QStringLiteral("period"), form, m_period);
    m_messages->addField(QStringLiteral("tier_model"), form, m_tierModel);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

PlanFormDialog::~PlanFormDialog() = default;

Plan PlanFormDialog::plan() const
{
    Plan p = m_plan;
    p.name = m_name->text().trimmed();
    p.period = m_period->text().trimmed();
    p.tierModel = m_tierModel->currentData().toString();
    p.notes = m_notes->text().trimmed();
    return p;
}

QString PlanFormDialog::fieldMessage(const QString& field) const
{
    return m_messages->message(field);
}

void PlanFormDialog::accept()
{
    if (m_messages->show(PlanningValidator::check(plan())))
        QDialog::accept();
}

} // namespace clientele
