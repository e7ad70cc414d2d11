#pragma once

#include "model/CustomerNote.h"
#include "profile/ProfileEntryDialog.h"

#include <functional>

class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace clientele {

// "Add note…": a dated entry for the customer's note log, with its author.
class AddNoteDialog : public ProfileEntryDialog
{
    Q_OBJECT

public:
    using SaveFunction = std::function<void(CustomerNote&)>;

    AddNoteDialog(const CustomerNote& initial, SaveFunction save, QWidget* parent = nullptr);

    CustomerNote note() const;
    QDateTimeEdit* whenEdit() const { return m_when; }
    QLineEdit* authorEdit() const { return m_author; }
    QPlainTextEdit* bodyEdit() const { return m_body; }

protected:
    QList<FieldProblem> check() const override;
    void save() override;

private:
    CustomerNote m_initial;
    SaveFunction m_save;
    QDateTimeEdit* m_when = nullptr;
    QLineEdit* m_author = nullptr;
    QPlainTextEdit* m_body = nullptr;
};

} // namespace clientele
