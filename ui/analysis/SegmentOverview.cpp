#include "analysis/SegmentOverview.h"

#include "analytics/TierModel.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <cmath>

namespace clientele {

namespace {

// Tiers in the order the built-in models list their segments (best first); unknown codes after them.
int tierRank(const QString& code)
{
    static const QHash<QString, int> ranks = [] {
        QHash<QString, int> rank;
        for (const TierModel& model : TierModel::builtIns())
            for (const TierModel::Segment& segment : model.segments())
                if (!rank.contains(segment.code))
                    rank.insert(segment.code, static_cast<int>(rank.size()));
        return rank;
    }();
    return ranks.value(code, INT_MAX);
}

int riskRank(ChurnRiskLevel level)
{
    switch (level) {
    case ChurnRiskLevel::High:
        return 2;
    case ChurnRiskLevel::Medium:
        return 1;
    case ChurnRiskLevel::Low:
        break;
    }
    return 0;
}

// What is at stake when a customer leaves: the predicted lifetime value, else what they bought so far.
double valueAtStake(const SegmentOverview::AtRiskCustomer& c)
{
    return std::isfinite(c.clvMinor) ? c.clvMinor : static_cast<double>(c.netAmountMinor);
}

} // namespace

int SegmentOverview::tierCount(const QString& code) const
{
    for (const TierCount& tier : tiers)
        if (tier.code == code)
            return tier.customers;
    return 0;
}

qint64 SegmentOverview::niceStep(double value)
{
    if (!(value > 1.0))
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0})
        if (factor * magnitude >= value)
            return static_cast<qint64>(std::llround(factor * magnitude));
    return static_cast<qint64>(std::llround(10.0 * magnitude));
}

SegmentOverview SegmentOverview::summarize(const AnalyticsEngine::Result& result, int atRiskLimit)
{
    SegmentOverview o;
    o.asOf = result.asOf;
    o.tierModelCode = result.tierModelCode;
    o.customers = static_cast<int>(result.customers.size());
    o.warnings = result.warnings;

    QHash<QString, qsizetype> tierIndex;
    std::vector<int> stageCounts(allLifecycleStages().size(), 0);
    std::vector<double> clvs;
    clvs.reserve(result.customers.size());
    std::vector<AtRiskCustomer> atRisk;

    for (const CustomerAnalysis& c : result.customers) {
        const CustomerFigures& f = c.figures;
        if (f.firstPurchase.isValid() && (!o.firstPurchase.isValid() || f.firstPurchase < o.firstPurchase))
            o.firstPurchase = f.firstPurchase;

        const QString& tier = c.tier.segment;
        auto it = tierIndex.find(tier);
        if (it == tierIndex.end()) {
            it = tierIndex.insert(tier, static_cast<qsizetype>(o.tiers.size()));
            o.tiers.push_back({tier, 0, 0});
        }
        TierCount& count = o.tiers[static_cast<std::size_t>(*it)];
        ++count.customers;
        count.netAmountMinor += f.netAmountMinor;

        const RfmScore& score = c.rfm.score;
        if (score.isScored() && score.r <= 5 && score.f <= 5) {
            RfmCell& cell =
                o.rfm[static_cast<std::size_t>(score.r - 1)][static_cast<std::size_t>(score.f - 1)];
            ++cell.customers;
            cell.monetaryPerYearMinor += f.amountPerYearMinor;
            cell.mScoreSum += score.m;
        } else {
            ++o.unscored;
        }

        ++stageCounts[static_cast<std::size_t>(c.stage())];
        if (std::isfinite(c.clvMinor))
            clvs.push_back(c.clvMinor);
        if (c.risk.level != ChurnRiskLevel::Low)
            atRisk.push_back({f.customerId, f.code, f.name, tier, c.risk.level, c.pAlive, c.clvMinor,
                              f.netAmountMinor, c.risk.reasons});
    }

    std::stable_sort(o.tiers.begin(), o.tiers.end(), [](const TierCount& a, const TierCount& b) {
        const int ra = tierRank(a.code), rb = tierRank(b.code);
        return ra != rb ? ra < rb : a.code < b.code;
    });
    for (const LifecycleStage stage : allLifecycleStages())
        o.stages.push_back({stage, stageCounts[static_cast<std::size_t>(stage)]});

    // Equal-width bins up to the 95th percentile, so a few very large values do not squeeze the rest
    // into the first bin; everything above lands in the last, open bin.
    o.clvCustomers = static_cast<int>(clvs.size());
    if (!clvs.empty()) {
        const std::size_t p95 =
            std::min(clvs.size() - 1, static_cast<std::size_t>(0.95 * double(clvs.size())));
        std::nth_element(clvs.begin(), clvs.begin() + static_cast<std::ptrdiff_t>(p95), clvs.end());
        const double top = std::max(clvs[p95], 1.0);
        const qint64 step = niceStep(top / (kClvBins - 1));
        for (int i = 0; i < kClvBins; ++i) {
            ClvBin bin;
            bin.fromMinor = i * step;
            if (i + 1 < kClvBins)
                bin.toMinor = (i + 1) * step;
            o.clvBins.push_back(bin);
        }
        for (const double value : clvs) {
            const auto index = value <= 0.0 ? 0 : static_cast<qint64>(std::floor(value / double(step)));
            ++o.clvBins[static_cast<std::size_t>(std::clamp<qint64>(index, 0, kClvBins - 1))].customers;
        }
    }

    const auto byRisk = [](const AtRiskCustomer& a, const AtRiskCustomer& b) {
        if (riskRank(a.level) != riskRank(b.level))
            return riskRank(a.level) > riskRank(b.level);
        if (valueAtStake(a) != valueAtStake(b))
            return valueAtStake(a) > valueAtStake(b);
        return a.code < b.code;
    };
    const std::size_t keep = std::min(atRisk.size(), static_cast<std::size_t>(std::max(atRiskLimit, 0)));
    std::partial_sort(atRisk.begin(), atRisk.begin() + static_cast<std::ptrdiff_t>(keep), atRisk.end(),
                      byRisk);
    atRisk.resize(keep);
    o.atRisk = std::move(atRisk);
    return o;
}

} // namespace clientele
