#pragma once

#include "model/Interaction.h"
#include "profile/ProfileEntryDialog.h"

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace clientele {

// "Add interaction…": when, channel, type, summary, outcome and owner of a contact with the customer.
class AddInteractionDialog : public ProfileEntryDialog
{
    Q_OBJECT

public:
    // Writes the interaction (sets its id); throws StorageError to refuse.
    using SaveFunction = std::function<void(Interaction&)>;

    AddInteractionDialog(const Interaction& initial, SaveFunction save, QWidget* parent = nullptr);

    Interaction interaction() const;
    QDateTimeEdit* whenEdit() const { return m_when; }
    QComboBox* channelCombo() const { return m_channel; }
    QLineEdit* typeEdit() const { return m_type; }
    QPlainTextEdit* summaryEdit() const { return m_summary; }
    QLineEdit* outcomeEdit() const { return m_outcome; }
    QLineEdit* ownerEdit() const { return m_owner; }

protected:
    QList<FieldProblem> check() const override;
    void save() override;

private:
    Interaction m_initial;
    SaveFunction m_save;
    QDateTimeEdit* m_when = nullptr;
    QComboBox* m_channel = nullptr;
    QLineEdit* m_type = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QLineEdit* m_outcome = nullptr;
    QLineEdit* m_owner = nullptr;
};

} // namespace clientele
