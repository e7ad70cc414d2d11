#include "pages/PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace clientele {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& description, QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto* text = new QLabel(description, this);
    text->setObjectName(QStringLiteral("pageDescription"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setMaximumWidth(720);

    auto* notYet = new QLabel(tr("This page is not built yet."), this);
    notYet->setObjectName(QStringLiteral("notBuiltYet"));
    QFont notYetFont = notYet->font();
    notYetFont.setItalic(true);
    notYet->setFont(notYetFont);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(notYet);
    layout->addStretch(1);
}

} // namespace clientele
