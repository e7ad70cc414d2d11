#include "profile/AddNoteDialog.h"

#include "model/ActivityValidator.h"

#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace clientele {

AddNoteDialog::AddNoteDialog(const CustomerNote& initial, SaveFunction save, QWidget* parent)
    : ProfileEntryDialog(tr("Add note"), parent)
    , m_initial(initial)
    , m_save(std::move(save))
{
    m_when = addWhenField(tr("&When"));
    if (initial.writtenAt.isValid())
        m_when->setDateTime(initial.writtenAt);
    m_author = new QLineEdit(initial.author, this);
    m_author->setObjectName(QStringLiteral("authorEdit"));
    m_author->setMaxLength(ActivityValidator::kMaxPersonLength);
    m_body = new QPlainTextEdit(initial.body, this);
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(m_body->fontMetrics().lineSpacing() * 6);
    form()->addRow(tr("&Author"), m_author);
    form()->addRow(tr("&Note"), m_body);
    m_body->setFocus();
}

CustomerNote AddNoteDialog::note() const
{
    CustomerNote n = m_initial;
    n.writtenAt = m_when->dateTime();
    n.author = m_author->text().trimmed();
    n.body = m_body->toPlainText().trimmed();
    return n;
}

QList<FieldProblem> AddNoteDialog::check() const
{
    return ActivityValidator::validate(note());
}

void AddNoteDialog::save()
{
    CustomerNote n = note();
    if (m_save)
        m_save(n);
}

} // namespace clientele
