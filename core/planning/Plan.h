#pragma once

#include <QDateTime>
#include <QString>

namespace clientele {

// A plan for one period (a year "2024", a quarter "2024Q2" or a month "2024-05", as AnalysisPeriod
// codes): it holds SMART goals and execution items.
struct Plan
{
    qint64 id = 0;
    QString name;
    QString period;    // an AnalysisPeriod code
    QString tierModel; // the tier model its tiers refer to ("seed4", "tob4", "rfm11")
    QString notes;
    QDateTime createdAt; // set by PlanStore::insertPlan
};

} // namespace clientele
