#include "LifecycleStage.h"

namespace clientele {

QString lifecycleStageCode(LifecycleStage stage)
{
    switch (stage) {
    case LifecycleStage::Prospect:
        return QStringLiteral("prospect");
    case LifecycleStage::New:
        return QStringLiteral("new");
    case LifecycleStage::Active:
        return QStringLiteral("active");
    case LifecycleStage::Mature:
        return QStringLiteral("mature");
    case LifecycleStage::Dormant:
        return QStringLiteral("dormant");
    case LifecycleStage::Churned:
        return QStringLiteral("churned");
    case LifecycleStage::WonBack:
        return QStringLiteral("won_back");
    }
    return {};
}

std::vector<LifecycleStage> allLifecycleStages()
{
    return {LifecycleStage::Prospect, LifecycleStage::New,     LifecycleStage::Active, LifecycleStage::Mature,
            LifecycleStage::Dormant,  LifecycleStage::Churned, LifecycleStage::WonBack};
}

std::optional<LifecycleStage> lifecycleStageFromCode(const QString& code)
{
    for (LifecycleStage stage : allLifecycleStages())
        if (lifecycleStageCode(stage) == code)
            return stage;
    return std::nullopt;
}

} // namespace clientele
