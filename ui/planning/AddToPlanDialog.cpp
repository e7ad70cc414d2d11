#include "planning/AddToPlanDialog.h"

#include "planning/PlanningFormat.h"
#include "storage/Database.h"
#include "storage/PlanStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace clientele {

AddToPlanDialog::AddToPlanDialog(const Database& db, int customers, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("addToPlanForm"));
    setWindowTitle(tr("Add to plan"));
    auto* form = new QFormLayout;
    form->addRow(new QLabel(
        tr("Add %n selected customer(s) to the hand-picked list of an execution item.", nullptr, customers),
        this));
    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("addToPlanPlan"));
    for (const Plan& p : PlanStore(db.connection(), db.dialect()).plans())
        m_plan->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.period), p.id);
    form->addRow(tr("&Plan:"), m_plan);
    m_item = new QComboBox(this);
    m_item->setObjectName(QStringLiteral("addToPlanItem"));
    form->addRow(tr("&Execution item:"), m_item);
    m_note = new QLabel(this);
    form->addRow(m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_plan, &QComboBox::currentIndexChanged, this, &AddToPlanDialog::fillItems);
    connect(m_item, &QComboBox::currentIndexChanged, this,
            [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(itemId() > 0); });
    fillItems();
    buttons->button(QDialogButtonBox::Ok)->setEnabled(itemId() > 0);
}

void AddToPlanDialog::fillItems()
{
    m_item->clear();
    if (m_plan->currentIndex() >= 0)
        for (const ExecutionItem& i :
             PlanStore(m_db.connection(), m_db.dialect()).items(m_plan->currentData().toLongLong()))
            m_item->addItem(
                QStringLiteral("%1 — %2").arg(PlanningFormat::segment(i.segmentKind, i.segment), i.strategy),
                i.id);
    m_note->setText(m_plan->count() == 0   ? tr("No plan yet: make one on the Plans page.")
                    : m_item->count() == 0 ? tr("This plan has no execution items yet.")
                                           : QString());
}

qint64 AddToPlanDialog::itemId() const
{
    return m_item->currentIndex() >= 0 ? m_item->currentData().toLongLong() : 0;
}

} // namespace clientele
