#pragma once

#include <QCoreApplication>
#include <QString>

namespace clientele {

// What a click on a Segments chart asks the customer list to show: the customers of a tier, a
// lifecycle stage, a risk level, an R × F cell of the current analysis, or one customer.
struct SegmentFilter
{
    Q_DECLARE_TR_FUNCTIONS(SegmentFilter)

public:
    QString tier;      // tier code
    QString stage;     // lifecycle stage code
    QString riskLevel; // "low", "medium", "high"
    int r = 0;         // 1–5; 0: any
    int f = 0;         // 1–5; 0: any
    qint64 customerId = 0;
    QString customerCode;

    bool isEmpty() const
    {
        return tier.isEmpty() && stage.isEmpty() && riskLevel.isEmpty() && r == 0 && f == 0 &&
               customerId == 0;
    }
    // "Tier: High-value", "R 5 · F 3", "Customer C00012", for the status bar.
    QString description() const;
};

} // namespace clientele
