#pragma once

#include "storage/DatabaseStatistics.h"

#include <QWidget>

class QLabel;

namespace clientele {

// First, honest version of the dashboard: what the open database holds. The counts are computed by
// DatabaseSession on a worker thread and handed in with setStatistics().
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget* parent = nullptr);

    // The open database's file name; empty when none is open.
    void setDatabaseName(const QString& fileName);
    void showCounting();
    void setStatistics(const DatabaseStatistics& statistics);

    // The number shown on a card, for tests ("…" while counting).
    QString cardValue(int card) const;

    enum Card
    {
        Customers,
        Orders,
        OrderLines,
        Interactions,
        Surveys,
        CardCount
    };

private:
    QLabel* m_database = nullptr;
    QLabel* m_values[CardCount] = {};
};

} // namespace clientele
