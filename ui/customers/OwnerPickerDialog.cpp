#include "customers/OwnerPickerDialog.h"

#include "storage/CustomerBulkEditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace clientele {

OwnerPickerDialog::OwnerPickerDialog(const QStringList& owners,
                                     const QString& current,
                                     int customerCount,
                                     QWidget* parent)
    : QDialog(parent)
    , m_owner(new QComboBox(this))
{
    setWindowTitle(tr("Assign owner"));
    m_owner->setObjectName(QStringLiteral("ownerName"));
    m_owner->setEditable(true);
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    m_owner->addItems(owners);
    m_owner->setCurrentText(current);
    m_owner->lineEdit()->setMaxLength(CustomerBulkEditor::kMaxNameLength);
    m_owner->lineEdit()->setPlaceholderText(tr("empty: no owner"));
    m_owner->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_owner->completer()->setFilterMode(Qt::MatchContains);
    m_owner->completer()->setCaseSensitivity(Qt::CaseInsensitive);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Owner:"), m_owner);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Give %n selected customer(s) this owner.", nullptr, customerCount), this));
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(std::max(sizeHint().width(), 380), sizeHint().height());
}

QString OwnerPickerDialog::owner() const
{
    return m_owner->currentText().trimmed();
}

} // namespace clientele
