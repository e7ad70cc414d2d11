#pragma once

#include "CustomerActivity.h"
#include "LifecycleStage.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace clientele {

// The thresholds of the lifecycle stages. Silence thresholds are relative to the customer's own
// typical gap (median days between purchase days) once they have one, never below the minimums.
struct LifecycleSettings
{
    int newWindowDays = 90;        // a single order no older than this: new
    double dormantGapFactor = 2.0; // silent longer than max(2 × typical gap, 90 days): dormant
    int dormantMinDays = 90;
    double churnedGapFactor = 4.0; // silent longer than max(4 × typical gap, 365 days): churned
    int churnedMinDays = 365;
    int matureMinOrders = 5; // at least 5 purchase days over at least a year: mature
    int matureMinTenureDays = 365;
    int wonBackWindowDays = 90; // a churned customer who buys again is won back for 90 days
};

// A customer's stage on a date, why, and every change of stage before it.
struct LifecycleAssessment
{
    LifecycleStage stage = LifecycleStage::Prospect;
    QStringList reasons;  // translated
    StageHistory history; // oldest first; the last entry is `stage`
};

// Classifies customers into lifecycle stages by walking their order timeline: each purchase and
// each silence threshold crossed is a point where the stage may change, so stages move backwards as
// well as forwards (a mature customer who goes silent becomes dormant, then churned; a churned
// customer who buys again is won back). Only completed orders count.
class LifecycleClassifier
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleClassifier)

public:
    explicit LifecycleClassifier(LifecycleSettings settings = {});

    // The stage as of asOf (inclusive) from the activity's orders up to that date. A customer with
    // only an imported summary row is classified from the row's recency and frequency. Without
    // `explain` the reasons are left empty (whole-base runs that show no trace).
    LifecycleAssessment assess(const CustomerActivity& activity, QDate asOf, bool explain = true) const;

    const LifecycleSettings& settings() const { return m_settings; }

private:
    LifecycleSettings m_settings;
};

} // namespace clientele
