#include "planning/PlanningFormat.h"

#include "analytics/KpiCatalog.h"
#include "analytics/LifecycleStage.h"
#include "analytics/TierModel.h"
#include "analytics/TierNames.h"
#include "planning/PlanningCodes.h"
#include "segments/SegmentFormat.h"

namespace clientele {

QString PlanningFormat::kpiName(const QString& code)
{
    const std::optional<KpiDefinition> d = KpiCatalog::find(code);
    return d ? d->name : code;
}

QString PlanningFormat::kpiValue(const QString& kpi, const std::optional<double>& value)
{
    const std::optional<KpiDefinition> d = KpiCatalog::find(kpi);
    return SegmentFormat::kpiValue(d ? d->unit : KpiUnit::Points, value);
}

QString PlanningFormat::population(const SmartGoal& goal)
{
    return goal.populationKind == PopulationKind::All ? PlanningCodes::displayName(PopulationKind::All)
                                                      : TierNames::displayName(goal.population);
}

QString PlanningFormat::segment(SegmentKind kind, const QString& segment)
{
    if (kind == SegmentKind::Custom)
        return segment.isEmpty() ? tr("Hand-picked customers") : segment;
    return TierNames::displayName(segment);
}

QStringList PlanningFormat::tierCodes(const QString& tierModel)
{
    QStringList codes;
    if (const std::optional<TierModel> model = TierModel::builtIn(tierModel))
        for (const TierModel::Segment& s : model->segments())
            codes << s.code;
    return codes;
}

QStringList PlanningFormat::stageCodes()
{
    QStringList codes;
    for (LifecycleStage stage : allLifecycleStages())
        codes << lifecycleStageCode(stage);
    return codes;
}

QStringList PlanningFormat::tierModelCodes()
{
    QStringList codes;
    for (const TierModel& model : TierModel::builtIns())
        codes << model.code();
    return codes;
}

QString PlanningFormat::tierModelName(const QString& code)
{
    if (code == QLatin1String("seed4"))
        return tr("Four ToC tiers (seed4)");
    if (code == QLatin1String("tob4"))
        return tr("Four ToB tiers (tob4)");
    if (code == QLatin1String("rfm11"))
        return tr("Eleven RFM segments (rfm11)");
    return code;
}

} // namespace clientele
