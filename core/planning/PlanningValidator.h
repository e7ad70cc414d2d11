#pragma once

#include "planning/ExecutionItem.h"
#include "planning/ExecutionNote.h"
#include "planning/Plan.h"
#include "planning/PlanningError.h"
#include "planning/Playbook.h"
#include "planning/ReviewRecord.h"
#include "planning/RiskEntry.h"
#include "planning/SmartGoal.h"

#include <QCoreApplication>

#include <vector>

namespace clientele {

// The rules of the planning records. Each check returns every broken rule (empty: valid), with a
// message that names the field; the stores refuse to save a record with issues (PlanningError).
class PlanningValidator
{
    Q_DECLARE_TR_FUNCTIONS(PlanningValidator)

public:
    static std::vector<PlanningIssue> check(const Playbook& playbook);
    static std::vector<PlanningIssue> check(const Plan& plan);
    // The target must move the KPI the right way from the baseline (KpiDefinition::higherIsBetter):
    // a churn-rate target below its baseline, a repurchase-rate target above it.
    static std::vector<PlanningIssue> check(const SmartGoal& goal);
    static std::vector<PlanningIssue> check(const ExecutionItem& item);
    static std::vector<PlanningIssue> check(const ExecutionNote& note);
    static std::vector<PlanningIssue> check(const ReviewRecord& review);
    static std::vector<PlanningIssue> check(const RiskEntry& risk);

    // Throws PlanningError when issues is not empty.
    static void require(const std::vector<PlanningIssue>& issues);
};

} // namespace clientele
