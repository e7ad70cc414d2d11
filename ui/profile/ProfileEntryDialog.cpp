#include "profile/ProfileEntryDialog.h"

#include "storage/StorageError.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace clientele {

ProfileEntryDialog::ProfileEntryDialog(const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_problems->setObjectName(QStringLiteral("problemLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    QPalette red = m_problems->palette();
    red.setColor(QPalette::WindowText, QColor(0xd0, 0x30, 0x30));
    m_problems->setPalette(red);
    m_problems->setVisible(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileEntryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileEntryDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
}

QDateTimeEdit* ProfileEntryDialog::addWhenField(const QString& label)
{
    auto* edit = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    edit->setObjectName(QStringLiteral("whenEdit"));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_form->addRow(label, edit);
    return edit;
}

QString ProfileEntryDialog::problemText() const
{
    return m_problems->isVisible() ? m_problems->text() : QString();
}

void ProfileEntryDialog::showProblems(const QStringList& problems)
{
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

void ProfileEntryDialog::accept()
{
    QStringList messages;
    for (const FieldProblem& problem : check())
        messages << problem.message;
    if (!messages.isEmpty()) {
        showProblems(messages);
        return;
    }
    try {
        save();
    } catch (const StorageError& e) {
        showProblems({e.message()});
        return;
    }
    showProblems({});
    QDialog::accept();
}

} // namespace clientele
