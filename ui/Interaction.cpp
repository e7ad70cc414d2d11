#include "Interaction.h"

#include <QFileDialog>
#include <QMessageBox>

namespace clientele {

namespace {

Interaction* g_override = nullptr;

} // namespace

bool Interaction::askYesNo(QWidget* parent, const QString& title, const QString& text, bool defaultYes)
{
    const auto answer = QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                              defaultYes ? QMessageBox::Yes : QMessageBox::No);
    return answer == QMessageBox::Yes;
}

void Interaction::showError(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::critical(parent, title, text);
}

void Interaction::showInformation(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

QString Interaction::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString Interaction::saveFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, caption, QString(), filter);
}

Interaction& Interaction::current()
{
    static Interaction real;
    return g_override ? *g_override : real;
}

void Interaction::setCurrent(Interaction* interaction)
{
    g_override = interaction;
}

} // namespace clientele
