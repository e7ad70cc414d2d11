#include "planning/PlanningValidator.h"

#include "analytics/AnalysisPeriod.h"
#include "analytics/KpiCatalog.h"
#include "analytics/LifecycleStage.h"
#include "planning/PlanningCodes.h"

#include <cmath>

namespace clientele {

namespace {

void add(std::vector<PlanningIssue>& issues, const char* field, const QString& message)
{
    issues.push_back({QString::fromLatin1(field), message});
}

bool blank(const QString& text)
{
    return text.trimmed().isEmpty();
}

} // namespace

std::vector<PlanningIssue> PlanningValidator::check(const Playbook& p)
{
    std::vector<PlanningIssue> issues;
    if (blank(p.name))
        add(issues, "name", tr("Name: a playbook needs a name."));
    switch (p.targetKind) {
    case PlaybookTarget::Tier:
        if (blank(p.tierModel))
            add(issues, "tier_model", tr("Tier model: a tier playbook needs the tier model of its tier."));
        if (blank(p.target))
            add(issues, "target", tr("Target group: choose the tier the playbook is for."));
        break;
    case PlaybookTarget::Stage:
        if (!PlanningCodes::lifecycleStageTargets().contains(p.target))
            add(issues, "target",
                tr("Target group: “%1” is not a lifecycle stage (acquire, activate, grow, mature, retain, "
                   "win_back).")
                    .arg(p.target));
        break;
    case PlaybookTarget::OnlineGroup:
        if (!PlanningCodes::onlineGroupTargets().contains(p.target))
            add(issues, "target",
                tr("Target group: “%1” is not an online group (new, active, dormant, churned).")
                    .arg(p.target));
        break;
    case PlaybookTarget::Any:
        break;
    }
    if (!p.kpi.isEmpty() && !KpiCatalog::find(p.kpi))
        add(issues, "kpi", tr("KPI: “%1” is not a KPI of the catalogue.").arg(p.kpi));
    return issues;
}

std::vector<PlanningIssue> PlanningValidator::check(const Plan& plan)
{
    std::vector<PlanningIssue> issues;
    if (blank(plan.name))
        add(issues, "name", tr("Name: a plan needs a name."));
    if (!AnalysisPeriod::parse(plan.period))
        add(issues, "period",
            tr("Period: “%1” is not a year (2024), a quarter (2024Q2) or a month (2024-05).")
                .arg(plan.period));
    if (blank(plan.tierModel))
        add(issues, "tier_model", tr("Tier model: a plan needs the tier model its tiers refer to."));
    return issues;
}

std::vector<PlanningIssue> PlanningValidator::check(const SmartGoal& goal)
{
    std::vector<PlanningIssue> issues;
    const std::optional<KpiDefinition> kpi = KpiCatalog::find(goal.kpi);
    if (!kpi)
        add(issues, "kpi", tr("Metric: “%1” is not a KPI of the catalogue.").arg(goal.kpi));
    if (goal.planId <= 0)
        add(issues, "plan_id", tr("Plan: a goal belongs to a plan."));
    if (goal.populationKind == PopulationKind::Tier && blank(goal.population))
        add(issues, "population", tr("Population: choose the tier the goal is measured on."));
    if (goal.populationKind == PopulationKind::Stage && !lifecycleStageFromCode(goal.population))
        add(issues, "population",
            tr("Population: “%1” is not a lifecycle stage (prospect, new, active, mature, dormant, churned, "
               "won_back).")
                .arg(goal.population));
    if (!std::isfinite(goal.target)) {
        add(issues, "target", tr("Target: enter a number."));
    } else if (kpi) {
        if (kpi->unit == KpiUnit::Percent && (goal.target < 0.0 || goal.target > 100.0))
            add(issues, "target", tr("Target: %1 is a percentage, between 0 and 100.").arg(kpi->name));
        else if (kpi->unit == KpiUnit::Points && (goal.target < -100.0 || goal.target > 100.0))
            add(issues, "target", tr("Target: %1 lies between −100 and 100.").arg(kpi->name));
        else if ((kpi->unit == KpiUnit::Money || kpi->unit == KpiUnit::Count) && goal.target < 0.0)
            add(issues, "target", tr("Target: %1 cannot be negative.").arg(kpi->name));
        else if (goal.baseline && std::isfinite(*goal.baseline)) {
            if (goal.target == *goal.baseline)
                add(issues, "target",
                    tr("Target: the target equals the baseline (%1); a goal must move %2.")
                        .arg(*goal.baseline)
                        .arg(kpi->name));
            else if (kpi->higherIsBetter && goal.target < *goal.baseline)
                add(issues, "target",
                    tr("Target: higher is better for %1, so the target must be above the baseline (%2).")
                        .arg(kpi->name)
                        .arg(*goal.baseline));
            else if (!kpi->higherIsBetter && goal.target > *goal.baseline)
                add(issues, "target",
                    tr("Target: lower is better for %1, so the target must be below the baseline (%2).")
                        .arg(kpi->name)
                        .arg(*goal.baseline));
        }
    }
    if (!goal.deadline.isValid())
        add(issues, "deadline", tr("Deadline: enter the date the target is due."));
    else if (goal.baselineOn.isValid() && goal.deadline <= goal.baselineOn)
        add(issues, "deadline",
            tr("Deadline: %1 is not after the baseline date %2.")
                .arg(goal.deadline.toString(Qt::ISODate), goal.baselineOn.toString(Qt::ISODate)));
    if (blank(goal.owner))
        add(issues, "owner", tr("Owner: a goal needs an owner."));
    return issues;
}

std::vector<PlanningIssue> PlanningValidator::check(const ExecutionItem& item)
{
    std::vector<PlanningIssue> issues;
    if (item.planId <= 0)
        add(issues, "plan_id", tr("Plan: an execution item belongs to a plan."));
    if (item.segmentKind == SegmentKind::Tier && blank(item.segment))
        add(issues, "segment", tr("Tier: choose the tier the item is for."));
    if (item.segmentKind == SegmentKind::Stage && !lifecycleStageFromCode(item.segment))
        add(issues, "segment", tr("Lifecycle stage: “%1” is not a lifecycle stage.").arg(item.segment));
    if (blank(item.strategy))
        add(issues, "strategy", tr("Strategy: an execution item needs a strategy name."));
    if (blank(item.owner))
        add(issues, "owner", tr("Owner: an execution item needs an owner."));
    if (!item.startsOn.isValid())
        add(issues, "starts_on", tr("Start: enter a start date."));
    if (!item.endsOn.isValid())
        add(issues, "ends_on", tr("End: enter an end date."));
    if (item.startsOn.isValid() && item.endsOn.isValid() && item.endsOn < item.startsOn)
        add(issues, "ends_on",
            tr("End: %1 is before the start %2.")
                .arg(item.endsOn.toString(Qt::ISODate), item.startsOn.toString(Qt::ISODate)));
    if (item.budgetMinor && *item.budgetMinor < 0)
        add(issues, "budget", tr("Budget: cannot be negative."));
    if (!(item.holdoutShare >= 0.0 && item.holdoutShare < 1.0))
        add(issues, "holdout_share",
            tr("Control share: %1% is not between 0% and 100% (exclusive).").arg(item.holdoutShare * 100.0));
    return issues;
}

std::vector<PlanningIssue> PlanningValidator::check(const ExecutionNote& note)
{
    std::vector<PlanningIssue> issues;
    if (note.itemId <= 0)
        add(issues, "item_id", tr("Item: a progress note belongs to an execution item."));
    if (blank(note.body))
        add(issues, "body", tr("Note: the note is empty."));
    return issues;
}

std::vector<PlanningIssue> PlanningValidator::check(const ReviewRecord& review)
{
    std::vector<PlanningIssue> issues;
    if (!review.heldOn.isValid())
        add(issues, "held_on", tr("Date: enter the day the review was held."));
    if (blank(review.findings) && blank(review.decisions))
        add(issues, "findings", tr("Findings: write the findings or the decisions of the review."));
    return issues;
}

std::vector<PlanningIssue> PlanningValidator::check(const RiskEntry& risk)
{
    std::vector<PlanningIssue> issues;
    if (blank(risk.risk))
        add(issues, "risk", tr("Risk: name the risk."));
    return issues;
}

void PlanningValidator::require(const std::vector<PlanningIssue>& issues)
{
    if (!issues.empty())
        throw PlanningError(issues);
}

} // namespace clientele
