#include "planning/EffectMeasurement.h"

#include "analytics/AnalyticsEngine.h"
#include "model/Money.h"
#include "storage/KpiDataReader.h"
#include "storage/PlanningDataReader.h"
#include "storage/SnapshotStore.h"
#include "storage/StorageError.h"

#include <cmath>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace clientele {

namespace {

// A customer who never bought counts as silent for ten years: far from every buyer.
constexpr double kNeverBoughtRecencyDays = 3650.0;

bool modelMatches(const QString& stored, const QString& wanted)
{
    return wanted.isEmpty() || stored.split(QLatin1Char('+')).contains(wanted);
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

QString signedNumber(double value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + number(value);
}

QString money(double minor)
{
    return formatMinorUnits(std::llround(minor));
}

} // namespace

QString effectVerdictCode(EffectVerdict verdict)
{
    switch (verdict) {
    case EffectVerdict::NotEnoughData:
        return QStringLiteral("not_enough_data");
    case EffectVerdict::NoClearEffect:
        return QStringLiteral("no_clear_effect");
    case EffectVerdict::LikelyEffect:
        break;
    }
    return QStringLiteral("likely_effect");
}

EffectMeasurement::EffectMeasurement(const QSqlDatabase& db, const SqlDialect& dialect)
    : EffectMeasurement(db, dialect, Options{})
{
}

EffectMeasurement::EffectMeasurement(const QSqlDatabase& db, const SqlDialect& dialect, Options options)
    : m_db(db)
    , m_dialect(dialect)
    , m_options(options)
{
}

std::optional<double> EffectMeasurement::twoProportionZ(qint64 x1, qint64 n1, qint64 x2, qint64 n2)
{
    if (n1 <= 0 || n2 <= 0)
        return std::nullopt;
    const double p1 = static_cast<double>(x1) / static_cast<double>(n1);
    const double p2 = static_cast<double>(x2) / static_cast<double>(n2);
    const double pooled = static_cast<double>(x1 + x2) / static_cast<double>(n1 + n2);
    const double se =
        std::sqrt(pooled * (1.0 - pooled) * (1.0 / static_cast<double>(n1) + 1.0 / static_cast<double>(n2)));
    if (!(se > 0.0))
        return std::nullopt;
    return (p1 - p2) / se;
}

std::optional<double> EffectMeasurement::welchZ(const std::vector<double>& a, const std::vector<double>& b)
{
    if (a.size() < 2 || b.size() < 2)
        return std::nullopt;
    const auto meanAndVariance = [](const std::vector<double>& v) {
        const double mean = std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
        double squares = 0.0;
        for (double x : v)
            squares += (x - mean) * (x - mean);
        return std::make_pair(mean, squares / static_cast<double>(v.size() - 1));
    };
    const auto [meanA, varA] = meanAndVariance(a);
    const auto [meanB, varB] = meanAndVariance(b);
    const double se = std::sqrt(varA / static_cast<double>(a.size()) + varB / static_cast<double>(b.size()));
    if (!(se > 0.0))
        return std::nullopt;
    return (meanA - meanB) / se;
}

std::vector<EffectComparison> EffectMeasurement::compare(const GroupOutcome& target,
                                                         const GroupOutcome& control,
                                                         const EffectSettings& settings)
{
    const auto judge = [&settings](EffectComparison& c) {
        if (c.targetCount < settings.minGroupSize || c.controlCount < settings.minGroupSize)
            c.verdict = EffectVerdict::NotEnoughData;
        else if (c.z)
            c.verdict = std::abs(*c.z) >= settings.zThreshold ? EffectVerdict::LikelyEffect
                                                              : EffectVerdict::NoClearEffect;
        else // no spread in either group: any difference is exact
            c.verdict = c.difference != 0.0 ? EffectVerdict::LikelyEffect : EffectVerdict::NoClearEffect;
    };
    const auto words = [&settings](const EffectComparison& c, const QString& name, const QString& targetText,
                                   const QString& controlText, const QString& differenceText) {
        const QString head = tr("%1: %2 with the item, %3 in the control group (%4)")
                                 .arg(name, targetText, controlText, differenceText);
        switch (c.verdict) {
        case EffectVerdict::NotEnoughData:
            return tr("%1: not enough to tell (%2 and %3 customers; at least %4 in each group are needed).")
                .arg(head)
                .arg(c.targetCount)
                .arg(c.controlCount)
                .arg(settings.minGroupSize);
        case EffectVerdict::NoClearEffect:
            return c.z ? tr("%1: no clear effect; the difference is %2 times its noise (likely an effect "
                            "from %3 times).")
                             .arg(head, number(std::abs(*c.z)), number(settings.zThreshold))
                       : tr("%1: no difference.").arg(head);
        case EffectVerdict::LikelyEffect:
            break;
        }
        return c.z ? tr("%1: likely an effect; the difference is %2 times its noise.")
                         .arg(head, number(std::abs(*c.z)))
                   : tr("%1: likely an effect; every customer of each group had the same value.").arg(head);
    };

    std::vector<EffectComparison> out;
    {
        EffectComparison c;
        c.metric = QStringLiteral("repurchase_rate");
        c.targetCount = target.customers;
        c.controlCount = control.customers;
        c.targetValue = target.customers ? 100.0 * static_cast<double>(target.buyers) /
                                               static_cast<double>(target.customers)
                                         : 0.0;
        c.controlValue = control.customers ? 100.0 * static_cast<double>(control.buyers) /
                                                 static_cast<double>(control.customers)
                                           : 0.0;
        c.difference = c.targetValue - c.controlValue;
        c.z = twoProportionZ(target.buyers, target.customers, control.buyers, control.customers);
        judge(c);
        c.statement = words(c, tr("Repurchase rate"), tr("%1 %").arg(number(c.targetValue)),
                            tr("%1 %").arg(number(c.controlValue)),
                            tr("%1 percentage points").arg(signedNumber(c.difference)));
        out.push_back(c);
    }
    {
        EffectComparison c;
        c.metric = QStringLiteral("churn_rate");
        c.targetCount = target.previouslyActive;
        c.controlCount = control.previouslyActive;
        c.targetValue = target.previouslyActive ? 100.0 * static_cast<double>(target.churned) /
                                                      static_cast<double>(target.previouslyActive)
                                                : 0.0;
        c.controlValue = control.previouslyActive ? 100.0 * static_cast<double>(control.churned) /
                                                        static_cast<double>(control.previouslyActive)
                                                  : 0.0;
        c.difference = c.targetValue - c.controlValue;
        c.z = twoProportionZ(target.churned, target.previouslyActive, control.churned,
                             control.previouslyActive);
        judge(c);
        c.statement = words(c, tr("Churn rate"), tr("%1 %").arg(number(c.targetValue)),
                            tr("%1 %").arg(number(c.controlValue)),
                            tr("%1 percentage points").arg(signedNumber(c.difference)));
        out.push_back(c);
    }
    {
        EffectComparison c;
        c.metric = QStringLiteral("amount_per_customer");
        c.targetCount = static_cast<qint64>(target.amounts.size());
        c.controlCount = static_cast<qint64>(control.amounts.size());
        const auto mean = [](const std::vector<double>& v) {
            return v.empty() ? 0.0 : std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
        };
        c.targetValue = mean(target.amounts);
        c.controlValue = mean(control.amounts);
        c.difference = c.targetValue - c.controlValue;
        c.z = welchZ(target.amounts, control.amounts);
        judge(c);
        c.statement = words(c, tr("Amount per customer"), money(c.targetValue), money(c.controlValue),
                            (c.difference > 0 ? QStringLiteral("+") : QString()) + money(c.difference));
        out.push_back(c);
    }
    return out;
}

std::vector<MatchProfile>
EffectMeasurement::baselineProfiles(QDate day, const QString& tierModel, QString* source) const
{
    std::vector<MatchProfile> profiles;
    const SnapshotStore snapshots(m_db, m_dialect);
    for (const SnapshotInfo& info : snapshots.list()) {
        if (info.asOf != day || !modelMatches(info.tierModel, tierModel))
            continue;
        *source = tr("snapshot %1 (%2)").arg(info.period, day.toString(Qt::ISODate));
        for (const CustomerSnapshot& s : snapshots.read(info.period))
            profiles.push_back({s.customerId, s.tier, s.r, s.f, s.m,
                                s.recencyDays ? static_cast<double>(*s.recencyDays) : kNeverBoughtRecencyDays,
                                s.frequencyPerYear, static_cast<double>(s.monetaryPerYearMinor)});
        return profiles;
    }
    if (!m_options.runEngine)
        return profiles;
    AnalyticsEngine::Options engineOptions;
    engineOptions.asOf = day;
    engineOptions.explain = false;
    engineOptions.tierModelCode = tierModel;
    const AnalyticsEngine::Result result = AnalyticsEngine(m_db, m_dialect).run(engineOptions);
    *source = tr("analysis as of %1").arg(day.toString(Qt::ISODate));
    for (const CustomerAnalysis& a : result.customers) {
        const CustomerFigures& f = a.figures;
        profiles.push_back({f.customerId, a.tier.segment, a.rfm.score.r, a.rfm.score.f, a.rfm.score.m,
                            f.recencyDays >= 0 ? static_cast<double>(f.recencyDays) : kNeverBoughtRecencyDays,
                            f.ordersPerYear, static_cast<double>(f.amountPerYearMinor)});
    }
    return profiles;
}

EffectResult EffectMeasurement::measure(qint64 itemId) const
{
    const PlanningDataReader reader(m_db, m_dialect);
    const std::optional<ExecutionItem> item = reader.item(itemId);
    if (!item)
        throw StorageError(StorageError::Kind::NotFound, tr("There is no execution item %1.").arg(itemId));
    EffectResult result;
    result.itemId = itemId;
    result.start = item->startsOn;
    result.end = item->endsOn;
    if (item->status != ItemStatus::Done)
        result.notes.append(
            tr("The item is not marked done; its window is measured with the data there is."));

    std::vector<qint64> targets, heldOut;
    for (const ItemCustomer& c : reader.itemCustomers(itemId))
        (c.role == ItemCustomerRole::Control ? heldOut : targets).push_back(c.customerId);

    std::vector<qint64> controls;
    if (!heldOut.empty()) {
        result.controlSource = ControlSource::HeldOut;
        controls = heldOut;
    } else if (!targets.empty()) {
        // Matched controls: same tier at the start, outside every plan running in the window.
        const QDate day = item->startsOn.addDays(-1);
        const std::vector<MatchProfile> profiles =
            baselineProfiles(day, reader.planTierModel(item->planId), &result.baseline);
        if (profiles.empty()) {
            result.notes.append(tr("No tiers as of %1 (no snapshot of that day): no control group could be "
                                   "matched.")
                                    .arg(day.toString(Qt::ISODate)));
        } else {
            const std::unordered_set<qint64> targetSet(targets.begin(), targets.end());
            const std::unordered_set<qint64> planned = reader.plannedTargets(item->startsOn, item->endsOn);
            std::vector<MatchProfile> targetProfiles, candidates;
            for (const MatchProfile& p : profiles) {
                if (targetSet.count(p.customerId))
                    targetProfiles.push_back(p);
                else if (!planned.count(p.customerId))
                    candidates.push_back(p);
            }
            const ControlMatching matching = ControlMatcher::match(targetProfiles, candidates);
            targets.clear();
            result.pairs = matching.pairs;
            for (const ControlPair& pair : matching.pairs) {
                targets.push_back(pair.targetId);
                controls.push_back(pair.controlId);
            }
            result.unmatchedTargets = static_cast<qint64>(targetSet.size() - matching.pairs.size());
            if (result.unmatchedTargets > 0)
                result.notes.append(
                    tr("%n target customer(s) had no control customer (none left of their tier, "
                       "or no tier at the start) and are left out.",
                       nullptr, static_cast<int>(result.unmatchedTargets)));
            result.controlSource = controls.empty() ? ControlSource::None : ControlSource::Matched;
        }
    }
    result.targets = static_cast<qint64>(targets.size());
    result.controls = static_cast<qint64>(controls.size());
    if (targets.empty() || controls.empty()) {
        if (targets.empty())
            result.notes.append(tr("The item has no target customers."));
        result.controlSource = controls.empty() ? ControlSource::None : result.controlSource;
        return result;
    }

    // Outcomes over the window through the KPI reader: completed orders as the KPIs count them.
    const KpiPeriodData data = KpiDataReader(m_db, m_dialect).read(item->startsOn, item->endsOn, 0);
    std::unordered_map<qint64, const CustomerKpiFacts*> facts;
    for (const CustomerKpiFacts& f : data.customers)
        facts.emplace(f.customerId, &f);
    const qint64 windowDays = item->startsOn.daysTo(item->endsOn) + 1;
    const QDate previousStart = item->startsOn.addDays(-windowDays);
    const auto outcome = [&](const std::vector<qint64>& ids) {
        GroupOutcome g;
        for (qint64 id : ids) {
            ++g.customers;
            const auto it = facts.find(id);
            const CustomerKpiFacts* f = it == facts.end() ? nullptr : it->second;
            const bool bought = f && f->purchasedInPeriod();
            if (bought)
                ++g.buyers;
            if (f && f->lastPurchaseBeforeStart.isValid() && f->lastPurchaseBeforeStart >= previousStart) {
                ++g.previouslyActive;
                if (!bought)
                    ++g.churned;
            }
            g.amounts.push_back(f ? static_cast<double>(f->orderAmountInPeriodMinor) : 0.0);
        }
        return g;
    };
    result.comparisons = compare(outcome(targets), outcome(controls), m_options.settings);
    return result;
}

} // namespace clientele
