#include "planning/ReviewFormDialog.h"

#include "planning/FieldMessages.h"
#include "planning/PlanningCodes.h"
#include "planning/PlanningValidator.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace clientele {

ReviewFormDialog::ReviewFormDialog(const ReviewRecord& review,
                                   const std::vector<Plan>& plans,
                                   QWidget* parent)
    : QDialog(parent)
    , m_review(review)
{
    setObjectName(QStringLiteral("reviewForm"));
    setWindowTitle(review.id > 0 ? tr("Edit review record") : tr("New review record"));
    auto* form = new QFormLayout;
    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("reviewPlan"));
    m_plan->addItem(tr("(general)"), QVariant());
    for (const Plan& p : plans)
        m_plan->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.period), p.id);
    m_plan->setCurrentIndex(review.planId ? qMax(0, m_plan->findData(*review.planId)) : 0);
    form->addRow(tr("&Plan:"), m_plan);
    m_cadence = new QComboBox(this);
    m_cadence->setObjectName(QStringLiteral("reviewCadence"));
    for (ReviewCadence c : {ReviewCadence::Monthly, ReviewCadence::Quarterly, ReviewCadence::Annual})
        m_cadence->addItem(PlanningCodes::displayName(c), static_cast<int>(c));
    m_cadence->setCurrentIndex(m_cadence->findData(static_cast<int>(review.cadence)));
    form->addRow(tr("&Cadence:"), m_cadence);
    m_heldOn = new QDateEdit(review.heldOn.isValid() ? review.heldOn : QDate::currentDate(), this);
    m_heldOn->setObjectName(QStringLiteral("reviewHeldOn"));
    m_heldOn->setCalendarPopup(true);
    m_heldOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Date:"), m_heldOn);
    m_participants = new QLineEdit(review.participants, this);
    m_participants->setObjectName(QStringLiteral("reviewParticipants"));
    form->addRow(tr("P&articipants:"), m_participants);
    m_findings = new QPlainTextEdit(review.findings, this);
    m_findings->setObjectName(QStringLiteral("reviewFindings"));
    m_decisions = new QPlainTextEdit(review.decisions, this);
    m_decisions->setObjectName(QStringLiteral("reviewDecisions"));
    m_changes = new QPlainTextEdit(review.planChanges, this);
    m_changes->setObjectName(QStringLiteral("reviewPlanChanges"));
    for (QPlainTextEdit* e : {m_findings, m_decisions, m_changes}) {
        e->setTabChangesFocus(true);
        e->setFixedHeight(e->fontMetrics().lineSpacing() * 3 + 12);
    }
    form->addRow(tr("&Findings:"), m_findings);
    form->addRow(tr("D&ecisions:"), m_decisions);
    form->addRow(tr("Plan c&hanges:"), m_changes);
    auto* general = new QLabel(this);
    m_messages = std::make_unique<FieldMessages>(general);
    m_messages->addField(QStringLiteral("held_on"), form, m_heldOn);
    m_messages->addField(QStringLiteral("findings"), form, m_findings);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

ReviewFormDialog::~ReviewFormDialog() = default;

ReviewRecord ReviewFormDialog::review() const
{
    ReviewRecord r = m_review;
    r.planId = m_plan->currentData().isValid() ? std::optional<qint64>(m_plan->currentData().toLongLong())
                                               : std::nullopt;
    r.cadence = static_cast<ReviewCadence>(m_cadence->currentData().toInt());
    r.heldOn = m_heldOn->date();
    r.participants = m_participants->text().trimmed();
    r.findings = m_findings->toPlainText().trimmed();
    r.decisions = m_decisions->toPlainText().trimmed();
    r.planChanges = m_changes->toPlainText().trimmed();
    return r;
}

QString ReviewFormDialog::fieldMessage(const QString& field) const
{
    return m_messages->message(field);
}

void ReviewFormDialog::accept()
{
    if (m_messages->show(PlanningValidator::check(review())))
        QDialog::accept();
}

} // namespace clientele
