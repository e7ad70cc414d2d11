#include "planning/NextBestActionFinder.h"

#include "analytics/ChurnRisk.h"
#include "analytics/TierNames.h"
#include "model/Interaction.h"
#include "storage/ActivityRepository.h"
#include "storage/PlanningDataReader.h"
#include "storage/SnapshotStore.h"

#include <algorithm>
#include <unordered_map>

namespace clientele {

namespace {

int riskRank(const QString& code)
{
    const std::optional<ChurnRiskLevel> level = churnRiskLevelFromCode(code);
    return level ? static_cast<int>(*level) : -1;
}

struct SnapshotFacts
{
    QString tier;
    QString risk;
};

std::unordered_map<qint64, SnapshotFacts> readFacts(const SnapshotStore& store, const QString& period)
{
    std::unordered_map<qint64, SnapshotFacts> facts;
    for (const CustomerSnapshot& s : store.read(period))
        facts.emplace(s.customerId, SnapshotFacts{s.tier, s.riskLevel});
    return facts;
}

} // namespace

QString actionReasonCode(ActionReason reason)
{
    switch (reason) {
    case ActionReason::RiskRose:
        return QStringLiteral("risk_rose");
    case ActionReason::CadenceDue:
        return QStringLiteral("cadence_due");
    case ActionReason::Activation:
        return QStringLiteral("activation");
    case ActionReason::DormantWakeUp:
        break;
    }
    return QStringLiteral("dormant_wakeup");
}

QString contactKindCode(ContactKind kind)
{
    return kind == ContactKind::Service ? QStringLiteral("service") : QStringLiteral("marketing");
}

NextBestActionFinder::NextBestActionFinder(const QSqlDatabase& db, const SqlDialect& dialect)
    : NextBestActionFinder(db, dialect, NextBestActionSettings{})
{
}

NextBestActionFinder::NextBestActionFinder(const QSqlDatabase& db,
                                           const SqlDialect& dialect,
                                           NextBestActionSettings settings)
    : m_db(db)
    , m_dialect(dialect)
    , m_settings(std::move(settings))
{
}

QString
NextBestActionFinder::playbookFor(ActionReason reason, const QString& customerKind, const QString& tier)
{
    const bool business = customerKind == QLatin1String("tob");
    switch (reason) {
    case ActionReason::RiskRose: // seed 001: the service team calls within 24 hours
        return business ? QStringLiteral("tier.tob4.risk") : QStringLiteral("tier.seed4.churn_risk");
    case ActionReason::CadenceDue: // seed 001: quarterly deep visit + monthly light touch
        return tier == QLatin1String("strategic") ? QStringLiteral("tier.tob4.strategic")
                                                  : QStringLiteral("tier.seed4.high_value");
    case ActionReason::Activation: // seed 004: first-order offer, onboarding, 7-day activation
        return QStringLiteral("group.new");
    case ActionReason::DormantWakeUp: // seed 004: wake-up offers, service call-back
        break;
    }
    return QStringLiteral("group.dormant");
}

NextBestActionList NextBestActionFinder::find(const QString& owner, QDate asOf) const
{
    NextBestActionList list;
    list.asOf = asOf;
    list.owner = owner;

    // The two latest snapshots of different dates: risk changes and the current tiers.
    const SnapshotStore snapshots(m_db, m_dialect);
    const std::vector<SnapshotInfo> stored = snapshots.list(); // oldest date first
    std::vector<SnapshotInfo> usable;
    for (const SnapshotInfo& info : stored)
        if (info.asOf <= asOf)
            usable.push_back(info);
    std::unordered_map<qint64, SnapshotFacts> latest, previous;
    QString latestCode, previousCode;
    if (!usable.empty()) {
        const SnapshotInfo& last = usable.back();
        latestCode = last.period;
        latest = readFacts(snapshots, last.period);
        for (auto it = usable.rbegin(); it != usable.rend(); ++it)
            if (it->asOf < last.asOf) {
                previousCode = it->period;
                previous = readFacts(snapshots, it->period);
                break;
            }
    }
    // The GUI keeps its latest analysis under a key, not a period: name it in words.
    for (QString* code : {&latestCode, &previousCode})
        if (*code == QLatin1String(SnapshotStore::kCurrentPeriod))
            *code = tr("latest analysis");
    if (latestCode.isEmpty())
        list.notes.append(tr("No snapshot up to %1: rising risk and high-value cadence are not checked.")
                              .arg(asOf.toString(Qt::ISODate)));
    else if (previousCode.isEmpty())
        list.notes.append(
            tr("Only one snapshot date (%1): rising risk needs two snapshots to compare.").arg(latestCode));

    const NextBestActionSettings& s = m_settings;
    for (const CustomerContactFacts& c : PlanningDataReader(m_db, m_dialect).contactFacts(owner, asOf)) {
        NextBestAction action;
        action.customerId = c.customerId;
        action.customerCode = c.code;
        action.customerName = c.name;
        action.owner = c.owner;
        const auto now = latest.find(c.customerId);
        const auto before = previous.find(c.customerId);
        const QString tier = now == latest.end() ? QString() : now->second.tier;
        const int lastContactDays =
            c.lastInteraction.isValid() ? static_cast<int>(c.lastInteraction.daysTo(asOf)) : -1;
        bool picked = false;

        if (now != latest.end() && before != previous.end() &&
            riskRank(now->second.risk) > riskRank(before->second.risk) &&
            riskRank(before->second.risk) >= 0) {
            action.reason = ActionReason::RiskRose;
            action.contactKind = ContactKind::Service;
            action.why = tr("Churn risk rose from %1 to %2 (%3 → %4).")
                             .arg(TierNames::displayName(before->second.risk),
                                  TierNames::displayName(now->second.risk), previousCode, latestCode);
            picked = true;
        } else if (!tier.isEmpty() && s.highValueTiers.contains(tier) &&
                   (lastContactDays < 0 || lastContactDays >= s.cadenceDays)) {
            action.reason = ActionReason::CadenceDue;
            action.contactKind = ContactKind::Marketing;
            action.why = lastContactDays < 0
                             ? tr("%1 customer never contacted (cadence: every %2 days).")
                                   .arg(TierNames::displayName(tier))
                                   .arg(s.cadenceDays)
                             : tr("%1 customer, last contact %2 days ago (cadence: every %3 days).")
                                   .arg(TierNames::displayName(tier))
                                   .arg(lastContactDays)
                                   .arg(s.cadenceDays);
            picked = true;
        } else if (c.firstOrder.isValid() && c.firstOrder.daysTo(asOf) <= s.activationDays &&
                   c.completedOrders < 2 &&
                   (!c.lastInteraction.isValid() || c.lastInteraction < c.firstOrder)) {
            action.reason = ActionReason::Activation;
            action.contactKind = ContactKind::Marketing;
            action.why = tr("First order on %1, day %2 of the %3-day activation window; no second order or "
                            "contact yet.")
                             .arg(c.firstOrder.toString(Qt::ISODate))
                             .arg(c.firstOrder.daysTo(asOf))
                             .arg(s.activationDays);
            picked = true;
        } else if (c.lastOrder.isValid() && c.lastOrder.daysTo(asOf) >= s.dormantAfterDays &&
                   c.lastOrder.daysTo(asOf) < s.lapsedAfterDays &&
                   (lastContactDays < 0 || lastContactDays >= s.wakeUpRecontactDays)) {
            action.reason = ActionReason::DormantWakeUp;
            action.contactKind = ContactKind::Marketing;
            action.why = tr("No order for %1 days (dormant from %2, lapsed from %3 days).")
                             .arg(c.lastOrder.daysTo(asOf))
                             .arg(s.dormantAfterDays)
                             .arg(s.lapsedAfterDays);
            picked = true;
        }
        if (!picked)
            continue;
        action.playbookCode = playbookFor(action.reason, c.kind, tier);

        if (c.contactLimitPerMonth > 0 && c.interactionsThisMonth >= c.contactLimitPerMonth) {
            list.heldBack.push_back({action, HeldBackAction::Cause::LimitReached,
                                     tr("Contact limit reached: %1 of %2 contacts this month.")
                                         .arg(c.interactionsThisMonth)
                                         .arg(c.contactLimitPerMonth)});
        } else if (action.contactKind == ContactKind::Marketing && !c.marketingConsent) {
            list.heldBack.push_back({action, HeldBackAction::Cause::NoConsent,
                                     tr("No marketing consent: only service contacts are allowed.")});
        } else {
            list.actions.push_back(action);
        }
    }
    const auto byPriority = [](const NextBestAction& a, const NextBestAction& b) {
        if (a.reason != b.reason)
            return static_cast<int>(a.reason) < static_cast<int>(b.reason);
        return a.customerCode < b.customerCode;
    };
    std::stable_sort(list.actions.begin(), list.actions.end(), byPriority);
    std::stable_sort(list.heldBack.begin(), list.heldBack.end(),
                     [&byPriority](const HeldBackAction& a, const HeldBackAction& b) {
                         return byPriority(a.action, b.action);
                     });
    return list;
}

qint64 NextBestActionFinder::logContact(const NextBestAction& action,
                                        const QDateTime& when,
                                        const QString& channel,
                                        const QString& summary,
                                        const QString& outcome) const
{
    Interaction interaction;
    interaction.customerId = action.customerId;
    interaction.occurredAt = when;
    interaction.channel = channel;
    interaction.type = action.playbookCode;
    interaction.summary = summary.isEmpty() ? action.why : summary;
    interaction.outcome = outcome;
    interaction.owner = action.owner;
    ActivityRepository(m_db, m_dialect).insertInteraction(interaction);
    return interaction.id;
}

} // namespace clientele
