#include "UserDialogs.h"

#include <QFileDialog>
#include <QMessageBox>

namespace clientele {

namespace {

UserDialogs* g_override = nullptr;

} // namespace

bool UserDialogs::askYesNo(QWidget* parent, const QString& title, const QString& text, bool defaultYes)
{
    const auto answer = QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                              defaultYes ? QMessageBox::Yes : QMessageBox::No);
    return answer == QMessageBox::Yes;
}

UserDialogs::Decision
UserDialogs::askApplyDiscardCancel(QWidget* parent, const QString& title, const QString& text)
{
    const auto answer = QMessageBox::question(parent, title, text,
                                              QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Cancel);
    return answer == QMessageBox::Apply     ? Decision::Apply
           : answer == QMessageBox::Discard ? Decision::Discard
                                            : Decision::Cancel;
}

void UserDialogs::showError(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::critical(parent, title, text);
}

void UserDialogs::showInformation(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

QString UserDialogs::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString UserDialogs::saveFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, caption, QString(), filter);
}

UserDialogs& UserDialogs::current()
{
    static UserDialogs real;
    return g_override ? *g_override : real;
}

void UserDialogs::setCurrent(UserDialogs* dialogs)
{
    g_override = dialogs;
}

} // namespace clientele
