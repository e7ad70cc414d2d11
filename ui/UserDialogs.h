#pragma once

#include <QString>

class QWidget;

namespace clientele {

// Every modal question, message and file picker of the shell goes through here, so tests can replace
// them with scripted answers (setCurrent) instead of blocking on a dialog.
class UserDialogs
{
public:
    virtual ~UserDialogs() = default;

    enum class Decision
    {
        Apply,
        Discard,
        Cancel
    };

    virtual bool askYesNo(QWidget* parent, const QString& title, const QString& text, bool defaultYes);
    // Changes not applied yet, before leaving them: apply, discard, or stay (Cancel, the default).
    virtual Decision askApplyDiscardCancel(QWidget* parent, const QString& title, const QString& text);
    virtual void showError(QWidget* parent, const QString& title, const QString& text);
    virtual void showInformation(QWidget* parent, const QString& title, const QString& text);
    virtual QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    virtual QString saveFileName(QWidget* parent, const QString& caption, const QString& filter);

    // The active implementation: the real dialogs unless a test installed its own.
    static UserDialogs& current();
    // Installs a replacement (not owned); nullptr restores the real dialogs.
    static void setCurrent(UserDialogs* dialogs);
};

} // namespace clientele
