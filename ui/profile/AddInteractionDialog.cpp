#include "profile/AddInteractionDialog.h"

#include "model/ActivityValidator.h"
#include "profile/InteractionChannels.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace clientele {

AddInteractionDialog::AddInteractionDialog(const Interaction& initial, SaveFunction save, QWidget* parent)
    : ProfileEntryDialog(tr("Add interaction"), parent)
    , m_initial(initial)
    , m_save(std::move(save))
{
    m_when = addWhenField(tr("&When"));
    if (initial.occurredAt.isValid())
        m_when->setDateTime(initial.occurredAt);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    // Editable: an imported channel name may be anything; the offered ones are stored by key.
    m_channel->setEditable(true);
    for (const QString& key : InteractionChannels::keys())
        m_channel->addItem(InteractionChannels::displayName(key), key);
    m_type = new QLineEdit(initial.type, this);
    m_type->setPlaceholderText(tr("e.g. follow-up, complaint, after-sales"));
    m_type->setMaxLength(ActivityValidator::kMaxTypeLength);
    m_summary = new QPlainTextEdit(initial.summary, this);
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 4);
    m_outcome = new QLineEdit(initial.outcome, this);
    m_owner = new QLineEdit(initial.owner, this);
    m_owner->setMaxLength(ActivityValidator::kMaxPersonLength);
    form()->addRow(tr("&Channel"), m_channel);
    form()->addRow(tr("T&ype"), m_type);
    form()->addRow(tr("&Summary"), m_summary);
    form()->addRow(tr("&Outcome"), m_outcome);
    form()->addRow(tr("O&wner"), m_owner);
    m_summary->setFocus();
}

Interaction AddInteractionDialog::interaction() const
{
    Interaction i = m_initial;
    i.occurredAt = m_when->dateTime();
    const QString text = m_channel->currentText().trimmed();
    const int index = m_channel->currentIndex();
    i.channel =
        index >= 0 && m_channel->itemText(index) == text ? m_channel->itemData(index).toString() : text;
    i.type = m_type->text().trimmed();
    i.summary = m_summary->toPlainText().trimmed();
    i.outcome = m_outcome->text().trimmed();
    i.owner = m_owner->text().trimmed();
    return i;
}

QList<FieldProblem> AddInteractionDialog::check() const
{
    return ActivityValidator::validate(interaction());
}

void AddInteractionDialog::save()
{
    Interaction i = interaction();
    if (m_save)
        m_save(i);
}

} // namespace clientele
