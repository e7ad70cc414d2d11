#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace clientele {

// The customer states of seeds 003/004. The codes are stored (customer_snapshot.stage,
// customer_stage_history.stage) and printed by the CLI; TierNames::displayName translates them.
enum class LifecycleStage
{
    Prospect, // never bought
    New,      // first order recently, only one order so far
    Active,   // buying at their usual rhythm
    Mature,   // buying at their rhythm for a long time, many orders (loyal)
    Dormant,  // silent for clearly longer than usual
    Churned,  // silent for so long that they count as lost
    WonBack,  // bought again after having been churned (or dormant), recently
};

QString lifecycleStageCode(LifecycleStage stage); // "prospect", "new", …, "won_back"
std::optional<LifecycleStage> lifecycleStageFromCode(const QString& code);
std::vector<LifecycleStage> allLifecycleStages();

// One change of stage: from `since` on, the customer was in `stage`.
struct StageChange
{
    QDate since;
    LifecycleStage stage = LifecycleStage::Prospect;
};

using StageHistory = std::vector<StageChange>;

} // namespace clientele
