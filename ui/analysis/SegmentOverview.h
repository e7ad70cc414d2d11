#pragma once

#include "analytics/AnalyticsEngine.h"
#include "analytics/LifecycleStage.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace clientele {

// What the Segments page draws, condensed from one analysis: tier counts, the R × F grid, the stage
// funnel, the CLV histogram and the customers most at risk. Summarised on the worker thread, so the
// page only draws.
struct SegmentOverview
{
    struct TierCount
    {
        QString code;
        int customers = 0;
        qint64 netAmountMinor = 0;
    };
    struct RfmCell
    {
        int customers = 0;
        qint64 monetaryPerYearMinor = 0; // summed; average = this / customers
        int mScoreSum = 0;
        double averageMonetaryMinor() const
        {
            return customers ? double(monetaryPerYearMinor) / customers : 0.0;
        }
        double averageMScore() const { return customers ? double(mScoreSum) / customers : 0.0; }
    };
    struct StageCount
    {
        LifecycleStage stage = LifecycleStage::Prospect;
        int customers = 0;
    };
    // [from, to) in minor units; the last bin has no upper end.
    struct ClvBin
    {
        qint64 fromMinor = 0;
        std::optional<qint64> toMinor;
        int customers = 0;
    };
    struct AtRiskCustomer
    {
        qint64 customerId = 0;
        QString code;
        QString name;
        QString tier;
        ChurnRiskLevel level = ChurnRiskLevel::Low;
        double pAlive = 0.0;   // NaN when not modelled
        double clvMinor = 0.0; // NaN when not modelled
        qint64 netAmountMinor = 0;
        QStringList reasons;
    };

    QDate asOf;
    QDate firstPurchase; // the earliest purchase of any customer; invalid when nobody bought
    QString tierModelCode;
    int customers = 0;
    std::vector<TierCount> tiers; // built-in models' order (best first), then others by code
    // rfm[r - 1][f - 1]; customers who are not scored are counted in unscored.
    std::array<std::array<RfmCell, 5>, 5> rfm{};
    int unscored = 0;
    std::vector<StageCount> stages; // every stage, in lifecycle order
    std::vector<ClvBin> clvBins;    // empty when no customer is modelled
    int clvCustomers = 0;
    std::vector<AtRiskCustomer> atRisk; // high risk first, then the most value at stake
    QStringList warnings;

    int tierCount(const QString& code) const;

    static constexpr int kClvBins = 10;
    static constexpr int kAtRiskLimit = 20;
    static SegmentOverview summarize(const AnalyticsEngine::Result& result, int atRiskLimit = kAtRiskLimit);
    // 1, 2 or 5 times a power of ten, at least `value`: round histogram steps.
    static qint64 niceStep(double value);
};

} // namespace clientele
