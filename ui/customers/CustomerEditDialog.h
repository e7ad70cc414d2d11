#pragma once

#include "model/Customer.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace clientele {

// Adds or edits one customer. Checks the data model's rules as the user types (OK stays disabled and
// the problem shows in red under the field); on OK hands the customer to the save function, and if that
// throws StorageError (say, a duplicate code) shows the message and keeps the dialog and its input.
class CustomerEditDialog : public QDialog
{
    Q_OBJECT

public:
    // Writes the customer (sets its id when new); throws StorageError to refuse.
    using SaveFunction = std::function<void(Customer&)>;

    explicit CustomerEditDialog(const Customer& customer, SaveFunction save, QWidget* parent = nullptr);

    // The customer as currently entered (id kept from the one given).
    Customer customer() const;
    // The customer as saved, valid after the dialog was accepted.
    Customer savedCustomer() const { return m_saved; }
    // The message shown beside a field ("code", "email", ...) or for the save ("save"); empty if none.
    QString problemText(const QString& field) const;
    bool canAccept() const;

public slots:
    void accept() override;

private:
    void buildForm();
    void setCustomer(const Customer& customer);
    void revalidate();
    QLabel* addProblemRow(QFormLayout* form, const QString& field);

    Customer m_original;
    Customer m_saved;
    SaveFunction m_save;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_industry = nullptr;
    QLineEdit* m_region = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_owner = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_wechat = nullptr;
    QLineEdit* m_address = nullptr;
    QCheckBox* m_consent = nullptr;
    QSpinBox* m_contactLimit = nullptr;
    QDateEdit* m_created = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_saveProblem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QHash<QString, QLabel*> m_problemLabels; // by stored column name
};

} // namespace clientele
