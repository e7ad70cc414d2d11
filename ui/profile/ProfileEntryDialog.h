#pragma once

#include "model/CustomerValidator.h"

#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace clientele {

// The frame of the profile's "Add …" dialogs: a form, a line in red for what is wrong, OK and
// Cancel. OK checks the input (the data model's rules, ActivityValidator) and keeps the dialog open
// with the problems named; then saves, and a StorageError from the save is shown the same way.
class ProfileEntryDialog : public QDialog
{
    Q_OBJECT

public:
    // What OK last refused, one problem a line; empty when nothing was refused.
    QString problemText() const;

public slots:
    void accept() override;

protected:
    ProfileEntryDialog(const QString& title, QWidget* parent);

    QFormLayout* form() const { return m_form; }
    // Problems with the input as entered; empty when it can be saved.
    virtual QList<FieldProblem> check() const = 0;
    // Writes the input; throws StorageError to refuse.
    virtual void save() = 0;
    // A date-and-time field set to now, with a calendar.
    QDateTimeEdit* addWhenField(const QString& label);
    void showProblems(const QStringList& problems);

private:
    QFormLayout* m_form = nullptr;
    QLabel* m_problems = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace clientele
