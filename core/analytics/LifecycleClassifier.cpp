#include "LifecycleClassifier.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace clientele {

namespace {

// The customer's purchase history up to the day being classified, kept as the walk goes on.
struct Timeline
{
    int purchaseDays = 0;
    qint64 firstDay = 0;
    qint64 lastDay = 0;
    std::vector<qint64> gaps; // sorted, for the running median
    bool wonBack = false;     // the latest return came after being churned
    qint64 returnDay = 0;

    double typicalGap() const
    {
        if (gaps.empty())
            return std::numeric_limits<double>::quiet_NaN();
        const std::size_t n = gaps.size();
        return n % 2 == 1 ? static_cast<double>(gaps[n / 2])
                          : (static_cast<double>(gaps[n / 2 - 1]) + static_cast<double>(gaps[n / 2])) / 2.0;
    }

    void addPurchase(qint64 day)
    {
        if (purchaseDays > 0)
            gaps.insert(std::upper_bound(gaps.begin(), gaps.end(), day - lastDay), day - lastDay);
        else
            firstDay = day;
        lastDay = day;
        ++purchaseDays;
    }
};

// Silence thresholds: relative to the typical gap when known, never below the minimum. Whole days,
// since silence is counted in days.
qint64 silenceThreshold(double typicalGap, double factor, int minimumDays)
{
    if (std::isnan(typicalGap))
        return minimumDays;
    return std::max<qint64>(minimumDays, static_cast<qint64>(std::floor(factor * typicalGap)));
}

} // namespace

LifecycleClassifier::LifecycleClassifier(LifecycleSettings settings)
    : m_settings(settings)
{
}

LifecycleAssessment
LifecycleClassifier::assess(const CustomerActivity& activity, QDate asOf, bool explain) const
{
    const LifecycleSettings& s = m_settings;
    const qint64 asOfDay = asOf.toJulianDay();
    LifecycleAssessment result;
    Timeline t;

    const auto classifyAt = [&](qint64 day) {
        if (t.purchaseDays == 0)
            return LifecycleStage::Prospect;
        const qint64 silent = day - t.lastDay;
        const double gap = t.typicalGap();
        if (silent > silenceThreshold(gap, s.churnedGapFactor, s.churnedMinDays))
            return LifecycleStage::Churned;
        if (silent > silenceThreshold(gap, s.dormantGapFactor, s.dormantMinDays))
            return LifecycleStage::Dormant;
        if (t.wonBack && day - t.returnDay <= s.wonBackWindowDays)
            return LifecycleStage::WonBack;
        if (t.purchaseDays == 1 && day - t.firstDay <= s.newWindowDays)
            return LifecycleStage::New;
        if (t.purchaseDays >= s.matureMinOrders && day - t.firstDay >= s.matureMinTenureDays)
            return LifecycleStage::Mature;
        return LifecycleStage::Active;
    };
    const auto record = [&](qint64 day, LifecycleStage stage) {
        if (result.history.empty() || result.history.back().stage != stage)
            result.history.push_back({QDate::fromJulianDay(day), stage});
    };
    // Between purchases the stage changes only where a threshold is crossed.
    const auto walkSilence = [&](qint64 fromDay, qint64 toDay) {
        const double gap = t.typicalGap();
        qint64 candidates[] = {t.lastDay + silenceThreshold(gap, s.dormantGapFactor, s.dormantMinDays) + 1,
                               t.lastDay + silenceThreshold(gap, s.churnedGapFactor, s.churnedMinDays) + 1,
                               t.firstDay + s.newWindowDays + 1, t.returnDay + s.wonBackWindowDays + 1,
                               t.firstDay + s.matureMinTenureDays};
        std::sort(std::begin(candidates), std::end(candidates));
        for (qint64 day : candidates)
            if (day > fromDay && day <= toDay)
                record(day, classifyAt(day));
    };

    qint64 firstPurchase = std::numeric_limits<qint64>::max();
    for (const OrderRecord& order : activity.orders)
        if (order.completed && order.day <= asOfDay) {
            firstPurchase = order.day;
            break;
        }

    if (firstPurchase == std::numeric_limits<qint64>::max() && activity.summaryRow &&
        activity.summaryRow->asOf <= asOf) {
        // Only a summary row: classify from its recency and yearly frequency; no timeline to walk.
        const SummaryRow& row = *activity.summaryRow;
        const qint64 silent = row.recencyDays + (asOfDay - row.asOf.toJulianDay());
        const double perYear = static_cast<double>(row.frequencyPerYearMilli) / 1000.0;
        const double gap = perYear > 0 ? 365.25 / perYear : std::numeric_limits<double>::quiet_NaN();
        const qint64 dormantAfter = silenceThreshold(gap, s.dormantGapFactor, s.dormantMinDays);
        const qint64 churnedAfter = silenceThreshold(gap, s.churnedGapFactor, s.churnedMinDays);
        if (silent > churnedAfter)
            result.stage = LifecycleStage::Churned;
        else if (silent > dormantAfter)
            result.stage = LifecycleStage::Dormant;
        else if (perYear >= s.matureMinOrders)
            result.stage = LifecycleStage::Mature;
        else
            result.stage = LifecycleStage::Active;
        result.history.push_back({row.asOf, result.stage});
        result.reasons << tr("From the imported summary row: last purchase %1 days ago, %2 purchases a year.")
                              .arg(silent)
                              .arg(perYear, 0, 'f', 1);
        if (result.stage == LifecycleStage::Churned || result.stage == LifecycleStage::Dormant)
            result.reasons << tr("Silent for more than %1 days.")
                                  .arg(result.stage == LifecycleStage::Churned ? churnedAfter : dormantAfter);
        return result;
    }

    if (activity.createdOn.isValid() &&
        activity.createdOn.toJulianDay() < std::min(firstPurchase, asOfDay + 1))
        record(activity.createdOn.toJulianDay(), LifecycleStage::Prospect);

    qint64 previousDay = 0;
    for (const OrderRecord& order : activity.orders) {
        if (order.day > asOfDay)
            break;
        if (!order.completed || (t.purchaseDays > 0 && order.day == t.lastDay))
            continue;
        if (t.purchaseDays > 0) {
            walkSilence(previousDay, order.day - 1);
            const LifecycleStage before = classifyAt(order.day - 1);
            if (before == LifecycleStage::Churned) {
                t.wonBack = true;
                t.returnDay = order.day;
            } else if (before == LifecycleStage::Dormant) {
                t.wonBack = false; // woken up, not won back
            }
        }
        t.addPurchase(order.day);
        record(order.day, classifyAt(order.day));
        previousDay = order.day;
    }
    if (t.purchaseDays > 0)
        walkSilence(previousDay, asOfDay);
    if (result.history.empty())
        record(asOfDay, LifecycleStage::Prospect);
    result.stage = result.history.back().stage;
    if (!explain)
        return result;

    // Why, in words.
    const qint64 silent = asOfDay - t.lastDay;
    const double gap = t.typicalGap();
    const auto rhythm = [&](double factor, int minimumDays) {
        const qint64 threshold = silenceThreshold(gap, factor, minimumDays);
        if (std::isnan(gap) || threshold == minimumDays)
            return tr("%1 days (the minimum)").arg(threshold);
        return tr("%1 days (%2 × the typical gap of %3 days)").arg(threshold).arg(factor).arg(gap);
    };
    switch (result.stage) {
    case LifecycleStage::Prospect:
        result.reasons << tr("No purchase yet.");
        break;
    case LifecycleStage::New:
        result.reasons
            << tr("First and only purchase %1 days ago (new for %2 days after the first purchase).")
                   .arg(silent)
                   .arg(s.newWindowDays);
        break;
    case LifecycleStage::Active:
        result.reasons << tr("Last purchase %1 days ago, within %2.")
                              .arg(silent)
                              .arg(rhythm(s.dormantGapFactor, s.dormantMinDays));
        break;
    case LifecycleStage::Mature:
        result.reasons
            << tr("%1 purchase days over %2 days (mature from %3 purchase days over %4 days); last "
                  "purchase %5 days ago.")
                   .arg(t.purchaseDays)
                   .arg(asOfDay - t.firstDay)
                   .arg(s.matureMinOrders)
                   .arg(s.matureMinTenureDays)
                   .arg(silent);
        break;
    case LifecycleStage::Dormant:
        result.reasons << tr("No purchase for %1 days, longer than %2.")
                              .arg(silent)
                              .arg(rhythm(s.dormantGapFactor, s.dormantMinDays));
        break;
    case LifecycleStage::Churned:
        result.reasons << tr("No purchase for %1 days, longer than %2.")
                              .arg(silent)
                              .arg(rhythm(s.churnedGapFactor, s.churnedMinDays));
        break;
    case LifecycleStage::WonBack:
        result.reasons << tr("Bought again on %1 after having churned (won back for %2 days).")
                              .arg(QDate::fromJulianDay(t.returnDay).toString(Qt::ISODate))
                              .arg(s.wonBackWindowDays);
        break;
    }
    return result;
}

} // namespace clientele
