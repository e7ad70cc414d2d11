// The planning rules: every broken rule is reported with the field it concerns, in words that name it.
#include "planning/PlanningValidator.h"

#include "planning/PlanningCodes.h"

#include <gtest/gtest.h>

using namespace clientele;

namespace {

QStringList fields(const std::vector<PlanningIssue>& issues)
{
    QStringList result;
    for (const PlanningIssue& issue : issues)
        result << issue.field;
    return result;
}

SmartGoal goal(const char* kpi, double baseline, double target)
{
    SmartGoal g;
    g.planId = 1;
    g.kpi = QString::fromLatin1(kpi);
    g.baseline = baseline;
    g.baselineOn = QDate(2024, 3, 31);
    g.target = target;
    g.deadline = QDate(2024, 6, 30);
    g.owner = QStringLiteral("Wang Fang");
    return g;
}

TEST(PlanningValidatorTest, AGoalsTargetMustMoveTheKpiTheRightWay)
{
    EXPECT_TRUE(PlanningValidator::check(goal("repurchase_rate", 50.0, 57.5)).empty());
    EXPECT_TRUE(PlanningValidator::check(goal("churn_rate", 15.0, 12.0)).empty());
    EXPECT_TRUE(PlanningValidator::check(goal("cac", 15000.0, 11250.0)).empty());

    const auto up = PlanningValidator::check(goal("churn_rate", 15.0, 16.0));
    ASSERT_EQ(fields(up), QStringList{QStringLiteral("target")});
    EXPECT_TRUE(up[0].message.startsWith(QStringLiteral("Target:")));
    EXPECT_TRUE(up[0].message.contains(QStringLiteral("lower is better"))) << up[0].message.toStdString();
    EXPECT_TRUE(up[0].message.contains(QStringLiteral("15")));

    const auto down = PlanningValidator::check(goal("nps", 45.0, 40.0));
    ASSERT_EQ(fields(down), QStringList{QStringLiteral("target")});
    EXPECT_TRUE(down[0].message.contains(QStringLiteral("higher is better")));
    EXPECT_EQ(fields(PlanningValidator::check(goal("nps", 45.0, 45.0))),
              QStringList{QStringLiteral("target")});
    // Without a baseline the direction cannot be checked yet; the range still can.
    SmartGoal open = goal("retention_rate", 0.0, 130.0);
    open.baseline.reset();
    EXPECT_EQ(fields(PlanningValidator::check(open)), QStringList{QStringLiteral("target")});
    open.target = 40.0;
    EXPECT_TRUE(PlanningValidator::check(open).empty());
    EXPECT_EQ(fields(PlanningValidator::check(goal("nps", 45.0, 120.0))),
              QStringList{QStringLiteral("target")});
}

TEST(PlanningValidatorTest, AGoalNeedsAKnownKpiAPopulationADeadlineAndAnOwner)
{
    SmartGoal g = goal("loyalty", 1.0, 2.0);
    g.populationKind = PopulationKind::Stage;
    g.population = QStringLiteral("sleepy");
    g.deadline = QDate(2024, 3, 1); // before the baseline date
    g.owner.clear();
    g.planId = 0;
    EXPECT_EQ(fields(PlanningValidator::check(g)),
              (QStringList{QStringLiteral("kpi"), QStringLiteral("plan_id"), QStringLiteral("population"),
                           QStringLiteral("deadline"), QStringLiteral("owner")}));
    g = goal("repurchase_rate", 10.0, 20.0);
    g.populationKind = PopulationKind::Tier;
    EXPECT_EQ(fields(PlanningValidator::check(g)), QStringList{QStringLiteral("population")});
    g.population = QStringLiteral("high_value");
    g.deadline = QDate();
    const auto noDeadline = PlanningValidator::check(g);
    ASSERT_EQ(fields(noDeadline), QStringList{QStringLiteral("deadline")});
    EXPECT_TRUE(noDeadline[0].message.startsWith(QStringLiteral("Deadline:")));
}

TEST(PlanningValidatorTest, AnItemNeedsAStrategyAnOwnerAndAnEndNotBeforeItsStart)
{
    ExecutionItem item;
    item.planId = 1;
    item.segment = QStringLiteral("churn_risk");
    item.strategy = QStringLiteral("Urgent retention");
    item.owner = QStringLiteral("Service lead");
    item.startsOn = QDate(2024, 3, 1);
    item.endsOn = QDate(2024, 3, 1); // a one-day item is fine
    EXPECT_TRUE(PlanningValidator::check(item).empty());

    item.endsOn = QDate(2024, 2, 29);
    item.owner = QStringLiteral("   ");
    item.budgetMinor = -1;
    item.holdoutShare = 1.0;
    const auto issues = PlanningValidator::check(item);
    EXPECT_EQ(fields(issues), (QStringList{QStringLiteral("owner"), QStringLiteral("ends_on"),
                                           QStringLiteral("budget"), QStringLiteral("holdout_share")}));
    EXPECT_TRUE(issues[1].message.contains(QStringLiteral("2024-02-29")));
    EXPECT_TRUE(issues[1].message.contains(QStringLiteral("2024-03-01")));

    ExecutionItem stage = item;
    stage.owner = QStringLiteral("x");
    stage.endsOn = QDate(2024, 4, 1);
    stage.budgetMinor.reset();
    stage.holdoutShare = 0.1;
    stage.segmentKind = SegmentKind::Stage;
    stage.segment = QStringLiteral("dormant");
    EXPECT_TRUE(PlanningValidator::check(stage).empty());
    stage.segment = QStringLiteral("sleeping");
    EXPECT_EQ(fields(PlanningValidator::check(stage)), QStringList{QStringLiteral("segment")});
    stage.segmentKind = SegmentKind::Custom;
    stage.segment.clear(); // a hand-picked list needs no segment code
    stage.startsOn = QDate();
    EXPECT_EQ(fields(PlanningValidator::check(stage)), QStringList{QStringLiteral("starts_on")});
}

TEST(PlanningValidatorTest, PlansPlaybooksNotesReviewsAndRisks)
{
    Plan plan{0, QStringLiteral("2024"), QStringLiteral("2024"), QStringLiteral("seed4"), {}, {}};
    EXPECT_TRUE(PlanningValidator::check(plan).empty());
    plan.period = QStringLiteral("Q2 2024");
    plan.name.clear();
    EXPECT_EQ(fields(PlanningValidator::check(plan)),
              (QStringList{QStringLiteral("name"), QStringLiteral("period")}));

    Playbook p;
    p.name = QStringLiteral("Mine");
    p.targetKind = PlaybookTarget::Tier;
    EXPECT_EQ(fields(PlanningValidator::check(p)),
              (QStringList{QStringLiteral("tier_model"), QStringLiteral("target")}));
    p.targetKind = PlaybookTarget::OnlineGroup;
    p.target = QStringLiteral("dormant");
    EXPECT_TRUE(PlanningValidator::check(p).empty());

    EXPECT_EQ(fields(PlanningValidator::check(ExecutionNote{0, 1, {}, {}, QStringLiteral(" ")})),
              QStringList{QStringLiteral("body")});
    ReviewRecord review;
    review.heldOn = QDate(2024, 6, 28);
    EXPECT_EQ(fields(PlanningValidator::check(review)), QStringList{QStringLiteral("findings")});
    review.decisions = QStringLiteral("Raise the coupon value");
    EXPECT_TRUE(PlanningValidator::check(review).empty());
    EXPECT_EQ(fields(PlanningValidator::check(RiskEntry{})), QStringList{QStringLiteral("risk")});

    try {
        PlanningValidator::require(PlanningValidator::check(RiskEntry{}));
        FAIL() << "require() let an issue through";
    } catch (const PlanningError& error) {
        EXPECT_EQ(error.message(), QStringLiteral("Risk: name the risk."));
    }
}

TEST(PlanningCodesTest, EveryCodeRoundTrips)
{
    for (ItemStatus s : {ItemStatus::Planned, ItemStatus::Running, ItemStatus::Done, ItemStatus::Cancelled})
        EXPECT_EQ(PlanningCodes::itemStatus(PlanningCodes::code(s)), s);
    for (GoalHorizon h : {GoalHorizon::Short, GoalHorizon::Mid, GoalHorizon::Long})
        EXPECT_EQ(PlanningCodes::goalHorizon(PlanningCodes::code(h)), h);
    for (OwnerRole r : {OwnerRole::Sales, OwnerRole::Service, OwnerRole::Marketing, OwnerRole::Data})
        EXPECT_EQ(PlanningCodes::ownerRole(PlanningCodes::code(r)), r);
    EXPECT_EQ(PlanningCodes::code(PlaybookTarget::OnlineGroup), QStringLiteral("online_group"));
    EXPECT_EQ(PlanningCodes::code(ReviewCadence::Annual), QStringLiteral("annual"));
    EXPECT_FALSE(PlanningCodes::riskStatus(QStringLiteral("solved")).has_value());
    EXPECT_EQ(SmartGoal::horizonMonths(GoalHorizon::Mid), 6);
    EXPECT_EQ(PlanningCodes::targetDisplayName(PlaybookTarget::Stage, QStringLiteral("win_back")),
              QStringLiteral("Win back"));
    EXPECT_EQ(PlanningCodes::targetDisplayName(PlaybookTarget::Tier, QStringLiteral("high_value")),
              QStringLiteral("High-value"));
}

} // namespace
