#include "planning/FieldMessages.h"

#include <QFormLayout>
#include <QLabel>

namespace clientele {

namespace {

QLabel* messageLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    label->setPalette(p);
    label->hide();
    return label;
}

} // namespace

FieldMessages::FieldMessages(QLabel* general)
    : m_general(general)
{
    QPalette p = m_general->palette();
    p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_general->setPalette(p);
    m_general->setWordWrap(true);
    m_general->hide();
}

void FieldMessages::addField(const QString& code, QFormLayout* form, QWidget* field)
{
    QLabel* label = messageLabel(field->parentWidget());
    label->setObjectName(QStringLiteral("message_%1").arg(code));
    int row = -1;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(field, &row, &role);
    form->insertRow(row + 1, QString(), label);
    m_labels.insert(code, label);
}

bool FieldMessages::show(const std::vector<PlanningIssue>& issues)
{
    QHash<QString, QStringList> byField;
    QStringList general;
    for (const PlanningIssue& issue : issues) {
        if (m_labels.contains(issue.field))
            byField[issue.field] << issue.message;
        else
            general << issue.message;
    }
    for (auto it = m_labels.begin(); it != m_labels.end(); ++it) {
        const QStringList lines = byField.value(it.key());
        it.value()->setText(lines.join(QLatin1Char('\n')));
        it.value()->setVisible(!lines.isEmpty());
    }
    m_general->setText(general.join(QLatin1Char('\n')));
    m_general->setVisible(!general.isEmpty());
    return issues.empty();
}

QString FieldMessages::message(const QString& code) const
{
    return m_labels.contains(code) ? m_labels[code]->text() : QString();
}

} // namespace clientele
