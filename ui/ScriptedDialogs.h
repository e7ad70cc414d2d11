#pragma once

#include "UserDialogs.h"

#include <QList>
#include <QStringList>

namespace clientele {

// Answers the shell's questions from a script and records every message instead of showing dialogs:
// the seam GUI tests and the screenshot tool use.
// Installed for its lifetime.
class ScriptedDialogs : public UserDialogs
{
public:
    ScriptedDialogs() { UserDialogs::setCurrent(this); }
    ~ScriptedDialogs() override { UserDialogs::setCurrent(nullptr); }

    QList<bool> answers;       // consumed front first; an unexpected question answers No
    QStringList questions;     // title + text of each question
    QStringList errors;        // title + text of each error
    QStringList information;   // title + text of each information message
    QStringList fileNames;     // returned by the file pickers, front first
    QList<Decision> decisions; // answers to askApplyDiscardCancel, front first; none left: Cancel

    bool askYesNo(QWidget*, const QString& title, const QString& text, bool) override
    {
        questions << title + QLatin1Char('\n') + text;
        return answers.isEmpty() ? false : answers.takeFirst();
    }
    Decision askApplyDiscardCancel(QWidget*, const QString& title, const QString& text) override
    {
        questions << title + QLatin1Char('\n') + text;
        return decisions.isEmpty() ? Decision::Cancel : decisions.takeFirst();
    }
    void showError(QWidget*, const QString& title, const QString& text) override
    {
        errors << title + QLatin1Char('\n') + text;
    }
    void showInformation(QWidget*, const QString& title, const QString& text) override
    {
        information << title + QLatin1Char('\n') + text;
    }
    QString openFileName(QWidget*, const QString&, const QString&) override { return nextFile(); }
    QString saveFileName(QWidget*, const QString&, const QString&) override { return nextFile(); }

private:
    QString nextFile() { return fileNames.isEmpty() ? QString() : fileNames.takeFirst(); }
};

} // namespace clientele
