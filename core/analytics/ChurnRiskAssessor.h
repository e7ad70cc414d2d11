#pragma once

#include "ChurnRisk.h"
#include "CustomerFigures.h"
#include "LifecycleStage.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace clientele {

// Weights and thresholds of the churn signals; the defaults are documented in
// docs/analytics-lifecycle.md.
struct ChurnRiskSettings
{
    double highRiskPAlive = 0.3;   // P(alive) below this: 2 points
    double mediumRiskPAlive = 0.6; // below this: 1 point
    double fallingRatio = 0.7;     // last 90 days below 70 % of the 90 before: falling (1 point each)
    double overdueGapFactor = 1.5; // silent longer than 1.5 × typical gap: 1 point (2 when dormant)
    int mediumPoints = 2;
    int highPoints = 3;
};

// Combines the BG/NBD probability of being alive with the seeds' warning signals (purchase frequency
// falling, amount falling, interactions falling, silent for longer than usual) into a level with
// the reasons in words. Churned customers are high risk; prospects are low (nothing to lose yet).
class ChurnRiskAssessor
{
    Q_DECLARE_TR_FUNCTIONS(ChurnRiskAssessor)

public:
    // Without the reasons only the level is given: callers that store or count levels (snapshots,
    // KPIs) save a list of translated sentences per customer, a large part of peak memory.
    enum class Reasons
    {
        Include,
        Omit
    };

    explicit ChurnRiskAssessor(ChurnRiskSettings settings = {}, Reasons reasons = Reasons::Include);

    // pAlive: NaN when the model has no value for the customer (not fitted, summary row only).
    ChurnRisk assess(const CustomerFigures& figures,
                     LifecycleStage stage,
                     double pAlive = std::numeric_limits<double>::quiet_NaN()) const;

    const ChurnRiskSettings& settings() const { return m_settings; }

private:
    ChurnRiskSettings m_settings;
    Reasons m_reasons;
    // The prospects' one reason, translated once and shared by every prospect (about half of a
    // generated base): a string and a list per customer were a noticeable part of peak memory.
    QStringList m_prospectReasons;
};

} // namespace clientele
