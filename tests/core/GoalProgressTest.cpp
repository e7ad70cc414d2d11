// A goal's progress towards its target and its state against the time gone by.
#include "planning/GoalProgress.h"

#include <gtest/gtest.h>

using namespace clientele;

namespace {

// Seed 001: NPS from 45 to 55 in 6 months.
SmartGoal npsGoal()
{
    SmartGoal g;
    g.kpi = QStringLiteral("nps");
    g.baseline = 45.0;
    g.baselineOn = QDate(2024, 1, 1);
    g.target = 55.0;
    g.horizon = GoalHorizon::Mid;
    g.deadline = QDate(2024, 7, 1); // 182 days later
    g.owner = QStringLiteral("Service lead");
    return g;
}

// Seed 001: churn rate down 20% (from 10% to 8%) in a year; lower is better.
SmartGoal churnGoal()
{
    SmartGoal g;
    g.kpi = QStringLiteral("churn_rate");
    g.baseline = 10.0;
    g.baselineOn = QDate(2024, 1, 1);
    g.target = 8.0;
    g.horizon = GoalHorizon::Long;
    g.deadline = QDate(2025, 1, 1);
    g.owner = QStringLiteral("Service lead");
    return g;
}

TEST(GoalProgressTest, ProgressIsTheShareOfTheWayFromBaselineToTarget)
{
    const GoalProgress half = GoalProgress::of(npsGoal(), 50.0, QDate(2024, 4, 1));
    ASSERT_TRUE(half.progress.has_value());
    EXPECT_DOUBLE_EQ(*half.progress, 0.5);
    EXPECT_DOUBLE_EQ(*half.shownProgress, 0.5);
    EXPECT_NEAR(half.timeElapsed, 91.0 / 182.0, 1e-12);
    EXPECT_EQ(half.state, GoalProgress::State::OnTrack);

    // A falling KPI: 10 → 9.5 is a quarter of the way to 8.
    const GoalProgress churn = GoalProgress::of(churnGoal(), 9.5, QDate(2024, 4, 1));
    EXPECT_DOUBLE_EQ(*churn.progress, 0.25);
    EXPECT_EQ(churn.state, GoalProgress::State::OnTrack); // 91 of 366 days gone
}

TEST(GoalProgressTest, ShownProgressIsClampedButProgressIsNot)
{
    const GoalProgress worse = GoalProgress::of(npsGoal(), 40.0, QDate(2024, 2, 1));
    EXPECT_DOUBLE_EQ(*worse.progress, -0.5);
    EXPECT_DOUBLE_EQ(*worse.shownProgress, 0.0);
    EXPECT_EQ(worse.state, GoalProgress::State::Behind);

    const GoalProgress beyond = GoalProgress::of(churnGoal(), 7.0, QDate(2024, 6, 1));
    EXPECT_DOUBLE_EQ(*beyond.progress, 1.5);
    EXPECT_DOUBLE_EQ(*beyond.shownProgress, 1.0);
    EXPECT_EQ(beyond.state, GoalProgress::State::Achieved);
}

TEST(GoalProgressTest, StatesFollowTheDeadline)
{
    // Two thirds of the time gone, a third of the way: behind.
    EXPECT_EQ(GoalProgress::of(npsGoal(), 48.0, QDate(2024, 5, 1)).state, GoalProgress::State::Behind);
    // Reached exactly on the deadline: achieved.
    EXPECT_EQ(GoalProgress::of(npsGoal(), 55.0, QDate(2024, 7, 1)).state, GoalProgress::State::Achieved);
    // After the deadline, short of the target: overdue.
    const GoalProgress late = GoalProgress::of(npsGoal(), 54.0, QDate(2024, 7, 2));
    EXPECT_EQ(late.state, GoalProgress::State::Overdue);
    EXPECT_DOUBLE_EQ(late.timeElapsed, 1.0);
    // Before the baseline date nothing of the time is gone.
    EXPECT_DOUBLE_EQ(GoalProgress::of(npsGoal(), 45.0, QDate(2023, 12, 1)).timeElapsed, 0.0);
    EXPECT_EQ(GoalProgress::of(npsGoal(), 45.0, QDate(2024, 1, 1)).state, GoalProgress::State::OnTrack);
}

TEST(GoalProgressTest, UnknownWithoutABaselineOrACurrentValue)
{
    SmartGoal noBaseline = npsGoal();
    noBaseline.baseline.reset();
    noBaseline.baselineOn = QDate();
    const GoalProgress p = GoalProgress::of(noBaseline, 50.0, QDate(2024, 4, 1));
    EXPECT_EQ(p.state, GoalProgress::State::Unknown);
    EXPECT_FALSE(p.progress.has_value());
    // Without a baseline date the time runs over the horizon before the deadline (6 months).
    EXPECT_NEAR(p.timeElapsed, 91.0 / 182.0, 1e-12);
    EXPECT_EQ(GoalProgress::of(npsGoal(), std::nullopt, QDate(2024, 4, 1)).state,
              GoalProgress::State::Unknown);
    EXPECT_EQ(GoalProgress::stateCode(GoalProgress::State::OnTrack), QStringLiteral("on_track"));
    EXPECT_EQ(GoalProgress::stateName(GoalProgress::State::Overdue), QStringLiteral("Overdue"));
}

} // namespace
