#include "pages/DashboardPage.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace clientele {

DashboardPage::DashboardPage(QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(tr("Dashboard"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_database = new QLabel(this);
    m_database->setObjectName(QStringLiteral("dashboardDatabase"));
    m_database->setTextFormat(Qt::PlainText);

    const QString captions[CardCount] = {tr("Customers"), tr("Orders"), tr("Order lines"), tr("Interactions"),
                                         tr("Survey responses")};
    auto* cards = new QGridLayout;
    cards->setSpacing(12);
    for (int card = 0; card < CardCount; ++card) {
        auto* frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setMinimumWidth(180);
        auto* value = new QLabel(QStringLiteral("–"), frame);
        value->setObjectName(QStringLiteral("dashboardValue%1").arg(card));
        QFont valueFont = value->font();
        valueFont.setPointSizeF(valueFont.pointSizeF() * 2.2);
        valueFont.setBold(true);
        value->setFont(valueFont);
        auto* caption = new QLabel(captions[card], frame);
        auto* box = new QVBoxLayout(frame);
        box->setContentsMargins(16, 12, 16, 12);
        box->addWidget(value);
        box->addWidget(caption);
        m_values[card] = value;
        cards->addWidget(frame, card / 3, card % 3);
    }

    auto* later = new QLabel(tr("RFM scores, tiers, lifecycle stages, churn risk and lifetime value are on "
                                "the Segments page and in each customer's profile; plans and their effect "
                                "on the Plans and Tracking pages."),
                             this);
    later->setWordWrap(true);
    later->setMaximumWidth(720);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(m_database);
    layout->addLayout(cards);
    layout->addWidget(later);
    layout->addStretch(1);
    setDatabaseName(QString());
}

void DashboardPage::setDatabaseName(const QString& fileName)
{
    m_database->setText(fileName.isEmpty() ? tr("No database is open.") : tr("Database: %1").arg(fileName));
    for (QLabel* value : m_values)
        value->setText(QStringLiteral("–"));
}

void DashboardPage::showCounting()
{
    for (QLabel* value : m_values)
        value->setText(QStringLiteral("…"));
}

void DashboardPage::setStatistics(const DatabaseStatistics& statistics)
{
    const std::int64_t numbers[CardCount] = {statistics.customers, statistics.orders, statistics.orderLines,
                                             statistics.interactions, statistics.surveys};
    const QLocale locale;
    for (int card = 0; card < CardCount; ++card)
        m_values[card]->setText(locale.toString(static_cast<qlonglong>(numbers[card])));
}

QString DashboardPage::cardValue(int card) const
{
    return m_values[card]->text();
}

} // namespace clientele
