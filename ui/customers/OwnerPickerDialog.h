#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;

namespace clientele {

// Asks for the owner (account manager) of the selected customers: one of the known owners, or a new
// name; left empty, the customers get no owner.
class OwnerPickerDialog : public QDialog
{
    Q_OBJECT

public:
    OwnerPickerDialog(const QStringList& owners,
                      const QString& current,
                      int customerCount,
                      QWidget* parent = nullptr);

    QString owner() const;
    QComboBox* ownerBox() const { return m_owner; }

private:
    QComboBox* m_owner = nullptr;
};

} // namespace clientele
