#pragma once

#include "planning/ExecutionItem.h"
#include "planning/Playbook.h"
#include "planning/ReviewRecord.h"
#include "planning/RiskEntry.h"
#include "planning/SmartGoal.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace clientele {

// The stored codes of the planning enums and their translated names, for the stores, the CLI and
// the forms. fromCode functions return nullopt for an unknown code.
class PlanningCodes
{
    Q_DECLARE_TR_FUNCTIONS(PlanningCodes)

public:
    static QString code(PlaybookTarget value);   // "tier", "stage", "online_group", "any"
    static QString code(OwnerRole value);        // "sales", "service", "marketing", "data"
    static QString code(GoalHorizon value);      // "short", "mid", "long"
    static QString code(PopulationKind value);   // "all", "tier", "stage"
    static QString code(SegmentKind value);      // "tier", "stage", "custom"
    static QString code(ItemStatus value);       // "planned", "running", "done", "cancelled"
    static QString code(ItemCustomerRole value); // "target", "control"
    static QString code(ReviewCadence value);    // "monthly", "quarterly", "annual"
    static QString code(RiskStatus value);       // "open", "watching", "closed"

    static std::optional<PlaybookTarget> playbookTarget(const QString& code);
    static std::optional<OwnerRole> ownerRole(const QString& code);
    static std::optional<GoalHorizon> goalHorizon(const QString& code);
    static std::optional<PopulationKind> populationKind(const QString& code);
    static std::optional<SegmentKind> segmentKind(const QString& code);
    static std::optional<ItemStatus> itemStatus(const QString& code);
    static std::optional<ItemCustomerRole> itemCustomerRole(const QString& code);
    static std::optional<ReviewCadence> reviewCadence(const QString& code);
    static std::optional<RiskStatus> riskStatus(const QString& code);

    // Translated names ("Sales team" / "销售团队", "Short term (3 months)" / "短期(3个月)", …).
    static QString displayName(PlaybookTarget value);
    static QString displayName(OwnerRole value);
    static QString displayName(GoalHorizon value);
    static QString displayName(PopulationKind value);
    static QString displayName(SegmentKind value);
    static QString displayName(ItemStatus value);
    static QString displayName(ItemCustomerRole value);
    static QString displayName(ReviewCadence value);
    static QString displayName(RiskStatus value);
    // Seed 000's lifecycle stages as playbook targets ("acquire" … "win_back") and their names.
    static QStringList lifecycleStageTargets();
    // Seed 004's online groups ("new", "active", "dormant", "churned").
    static QStringList onlineGroupTargets();
    // The name of a playbook target code of the given kind (a tier, stage or group name).
    static QString targetDisplayName(PlaybookTarget kind, const QString& target);
};

} // namespace clientele
