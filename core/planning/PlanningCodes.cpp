#include "planning/PlanningCodes.h"

#include "analytics/TierNames.h"

#include <array>
#include <utility>

namespace clientele {

namespace {

// Each enum's values with their stored codes, in declaration order.
template <typename E, std::size_t N>
using CodeTable = std::array<std::pair<E, const char*>, N>;

constexpr CodeTable<PlaybookTarget, 4> kTargets{{{PlaybookTarget::Tier, "tier"},
                                                 {PlaybookTarget::Stage, "stage"},
                                                 {PlaybookTarget::OnlineGroup, "online_group"},
                                                 {PlaybookTarget::Any, "any"}}};
constexpr CodeTable<OwnerRole, 4> kRoles{{{OwnerRole::Sales, "sales"},
                                          {OwnerRole::Service, "service"},
                                          {OwnerRole::Marketing, "marketing"},
                                          {OwnerRole::Data, "data"}}};
constexpr CodeTable<GoalHorizon, 3> kHorizons{
    {{GoalHorizon::Short, "short"}, {GoalHorizon::Mid, "mid"}, {GoalHorizon::Long, "long"}}};
constexpr CodeTable<PopulationKind, 3> kPopulations{
    {{PopulationKind::All, "all"}, {PopulationKind::Tier, "tier"}, {PopulationKind::Stage, "stage"}}};
constexpr CodeTable<SegmentKind, 3> kSegments{
    {{SegmentKind::Tier, "tier"}, {SegmentKind::Stage, "stage"}, {SegmentKind::Custom, "custom"}}};
constexpr CodeTable<ItemStatus, 4> kStatuses{{{ItemStatus::Planned, "planned"},
                                              {ItemStatus::Running, "running"},
                                              {ItemStatus::Done, "done"},
                                              {ItemStatus::Cancelled, "cancelled"}}};
constexpr CodeTable<ItemCustomerRole, 2> kCustomerRoles{
    {{ItemCustomerRole::Target, "target"}, {ItemCustomerRole::Control, "control"}}};
constexpr CodeTable<ReviewCadence, 3> kCadences{{{ReviewCadence::Monthly, "monthly"},
                                                 {ReviewCadence::Quarterly, "quarterly"},
                                                 {ReviewCadence::Annual, "annual"}}};
constexpr CodeTable<RiskStatus, 3> kRiskStatuses{
    {{RiskStatus::Open, "open"}, {RiskStatus::Watching, "watching"}, {RiskStatus::Closed, "closed"}}};

template <typename E, std::size_t N>
QString codeOf(const CodeTable<E, N>& table, E value)
{
    for (const auto& [e, code] : table)
        if (e == value)
            return QString::fromLatin1(code);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const CodeTable<E, N>& table, const QString& code)
{
    for (const auto& [e, c] : table)
        if (code == QLatin1String(c))
            return e;
    return std::nullopt;
}

// Seed 000's six lifecycle stages, as playbook targets; seed 004's online groups.
const char* const kStageTargets[] = {"acquire", "activate", "grow", "mature", "retain", "win_back"};
const char* const kOnlineGroups[] = {"new", "active", "dormant", "churned"};

} // namespace

QString PlanningCodes::code(PlaybookTarget value)
{
    return codeOf(kTargets, value);
}
QString PlanningCodes::code(OwnerRole value)
{
    return codeOf(kRoles, value);
}
QString PlanningCodes::code(GoalHorizon value)
{
    return codeOf(kHorizons, value);
}
QString PlanningCodes::code(PopulationKind value)
{
    return codeOf(kPopulations, value);
}
QString PlanningCodes::code(SegmentKind value)
{
    return codeOf(kSegments, value);
}
QString PlanningCodes::code(ItemStatus value)
{
    return codeOf(kStatuses, value);
}
QString PlanningCodes::code(ItemCustomerRole value)
{
    return codeOf(kCustomerRoles, value);
}
QString PlanningCodes::code(ReviewCadence value)
{
    return codeOf(kCadences, value);
}
QString PlanningCodes::code(RiskStatus value)
{
    return codeOf(kRiskStatuses, value);
}

std::optional<PlaybookTarget> PlanningCodes::playbookTarget(const QString& code)
{
    return valueOf(kTargets, code);
}
std::optional<OwnerRole> PlanningCodes::ownerRole(const QString& code)
{
    return valueOf(kRoles, code);
}
std::optional<GoalHorizon> PlanningCodes::goalHorizon(const QString& code)
{
    return valueOf(kHorizons, code);
}
std::optional<PopulationKind> PlanningCodes::populationKind(const QString& code)
{
    return valueOf(kPopulations, code);
}
std::optional<SegmentKind> PlanningCodes::segmentKind(const QString& code)
{
    return valueOf(kSegments, code);
}
std::optional<ItemStatus> PlanningCodes::itemStatus(const QString& code)
{
    return valueOf(kStatuses, code);
}
std::optional<ItemCustomerRole> PlanningCodes::itemCustomerRole(const QString& code)
{
    return valueOf(kCustomerRoles, code);
}
std::optional<ReviewCadence> PlanningCodes::reviewCadence(const QString& code)
{
    return valueOf(kCadences, code);
}
std::optional<RiskStatus> PlanningCodes::riskStatus(const QString& code)
{
    return valueOf(kRiskStatuses, code);
}

QString PlanningCodes::displayName(PlaybookTarget value)
{
    switch (value) {
    case PlaybookTarget::Tier:
        return tr("Tier");
    case PlaybookTarget::Stage:
        return tr("Lifecycle stage");
    case PlaybookTarget::OnlineGroup:
        return tr("Online group");
    case PlaybookTarget::Any:
        break;
    }
    return tr("Any customers");
}

QString PlanningCodes::displayName(OwnerRole value)
{
    switch (value) {
    case OwnerRole::Sales:
        return tr("Sales team");
    case OwnerRole::Service:
        return tr("Service team");
    case OwnerRole::Marketing:
        return tr("Marketing team");
    case OwnerRole::Data:
        break;
    }
    return tr("Data team");
}

QString PlanningCodes::displayName(GoalHorizon value)
{
    switch (value) {
    case GoalHorizon::Short:
        return tr("Short term (3 months)");
    case GoalHorizon::Mid:
        return tr("Mid term (6 months)");
    case GoalHorizon::Long:
        break;
    }
    return tr("Long term (1 year)");
}

QString PlanningCodes::displayName(PopulationKind value)
{
    switch (value) {
    case PopulationKind::All:
        return tr("All customers");
    case PopulationKind::Tier:
        return tr("Tier");
    case PopulationKind::Stage:
        break;
    }
    return tr("Lifecycle stage");
}

QString PlanningCodes::displayName(SegmentKind value)
{
    switch (value) {
    case SegmentKind::Tier:
        return tr("Tier");
    case SegmentKind::Stage:
        return tr("Lifecycle stage");
    case SegmentKind::Custom:
        break;
    }
    return tr("Hand-picked customers");
}

QString PlanningCodes::displayName(ItemStatus value)
{
    switch (value) {
    case ItemStatus::Planned:
        return tr("Planned");
    case ItemStatus::Running:
        return tr("Running");
    case ItemStatus::Done:
        return tr("Done");
    case ItemStatus::Cancelled:
        break;
    }
    return tr("Cancelled");
}

QString PlanningCodes::displayName(ItemCustomerRole value)
{
    return value == ItemCustomerRole::Target ? tr("Target") : tr("Control (held out)");
}

QString PlanningCodes::displayName(ReviewCadence value)
{
    switch (value) {
    case ReviewCadence::Monthly:
        return tr("Monthly");
    case ReviewCadence::Quarterly:
        return tr("Quarterly");
    case ReviewCadence::Annual:
        break;
    }
    return tr("Annual");
}

QString PlanningCodes::displayName(RiskStatus value)
{
    switch (value) {
    case RiskStatus::Open:
        return tr("Open");
    case RiskStatus::Watching:
        return tr("Watching");
    case RiskStatus::Closed:
        break;
    }
    return tr("Closed");
}

QStringList PlanningCodes::lifecycleStageTargets()
{
    QStringList codes;
    for (const char* code : kStageTargets)
        codes << QString::fromLatin1(code);
    return codes;
}

QStringList PlanningCodes::onlineGroupTargets()
{
    QStringList codes;
    for (const char* code : kOnlineGroups)
        codes << QString::fromLatin1(code);
    return codes;
}

QString PlanningCodes::targetDisplayName(PlaybookTarget kind, const QString& target)
{
    if (kind == PlaybookTarget::Stage) {
        if (target == QLatin1String("acquire"))
            return tr("Acquire");
        if (target == QLatin1String("activate"))
            return tr("Activate");
        if (target == QLatin1String("grow"))
            return tr("Grow");
        if (target == QLatin1String("mature"))
            return tr("Mature");
        if (target == QLatin1String("retain"))
            return tr("Retain");
        if (target == QLatin1String("win_back"))
            return tr("Win back");
        return target;
    }
    if (kind == PlaybookTarget::Any)
        return displayName(kind);
    // Tier segments and online groups (new, active, dormant, churned) are TierNames codes.
    return TierNames::displayName(target);
}

} // namespace clientele
