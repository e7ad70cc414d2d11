// A goal's baseline and current value measured through the KPI code on KpiTestDatabase's hand-made
// base (its figures are worked out in KpiCalculatorTest.cpp), for the whole base, a tier and a stage.
#include "planning/GoalMeasurer.h"

#include "KpiTestDatabase.h"
#include "TestSupport.h"
#include "analytics/KpiCatalog.h"
#include "storage/PlanStore.h"
#include "storage/SqlSupport.h"

#include <gtest/gtest.h>

using namespace clientele;

namespace {

constexpr double kTolerance = 1e-9;

class GoalMeasurerTest : public ::testing::Test
{
protected:
    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
    QMap<QString, qint64> ids = test::fillKpiTestDatabase(*db);
    Plan plan{0, QStringLiteral("Q3 loyalty"), QStringLiteral("2011Q3"), QStringLiteral("seed4"), {}, {}};

    GoalMeasurer measurer(bool runEngine = false) const
    {
        GoalMeasurer::Options options;
        options.runEngine = runEngine;
        return GoalMeasurer(db->connection(), db->dialect(), options);
    }

    static SmartGoal
    goal(const char* kpi, PopulationKind kind = PopulationKind::All, const QString& population = {})
    {
        SmartGoal g;
        g.planId = 1;
        g.kpi = QString::fromLatin1(kpi);
        g.populationKind = kind;
        g.population = population;
        g.target = 60.0;
        g.deadline = QDate(2011, 9, 30);
        g.owner = QStringLiteral("Sales");
        return g;
    }

    void writeSnapshots() const { test::writeKpiTestSnapshots(*db, ids); }
};

TEST_F(GoalMeasurerTest, BaselineIsTheQuarterBeforeThePlanAndCurrentTheQuarterOfTheDeadline)
{
    const SmartGoal repurchase = goal(KpiCatalog::RepurchaseRate);
    const GoalMeasurement base = measurer().baseline(repurchase, plan);
    EXPECT_EQ(base.periodCode, QStringLiteral("2011Q2"));
    EXPECT_EQ(base.start, QDate(2011, 4, 1));
    EXPECT_EQ(base.end, QDate(2011, 6, 30));
    ASSERT_TRUE(base.value.has_value()) << base.reason.toStdString();
    EXPECT_NEAR(*base.value, 0.0, kTolerance); // A, B and L bought once each in Q2

    const GoalMeasurement now = measurer().current(repurchase, plan, QDate(2011, 12, 31));
    EXPECT_EQ(now.periodCode, QStringLiteral("2011Q3")); // the deadline's quarter, not the as-of one
    EXPECT_FALSE(now.partial);
    ASSERT_TRUE(now.value.has_value());
    EXPECT_NEAR(*now.value, 50.0, kTolerance); // A, C, E of six buyers
    EXPECT_EQ(now.population, 6);

    const SmartGoal captured = measurer().withBaseline(repurchase, plan);
    ASSERT_TRUE(captured.baseline.has_value());
    EXPECT_NEAR(*captured.baseline, 0.0, kTolerance);
    EXPECT_EQ(captured.baselineOn, QDate(2011, 6, 30));

    const GoalMeasurement churn = measurer().current(goal(KpiCatalog::ChurnRate), plan, QDate(2011, 9, 30));
    EXPECT_NEAR(*churn.value, 200.0 / 3.0, kTolerance);
}

TEST_F(GoalMeasurerTest, BeforeTheQuarterEndsTheValueIsTheQuarterToDate)
{
    const GoalMeasurement active =
        measurer().current(goal(KpiCatalog::ActiveCustomers), plan, QDate(2011, 8, 15));
    EXPECT_TRUE(active.partial);
    EXPECT_EQ(active.start, QDate(2011, 7, 1));
    EXPECT_EQ(active.end, QDate(2011, 8, 15));
    ASSERT_TRUE(active.value.has_value());
    EXPECT_DOUBLE_EQ(*active.value, 4.0); // A, C, H and E; F and D bought later, L only cancelled
    EXPECT_EQ(active.population, 10);     // D was created on 28 September, K in October
}

TEST_F(GoalMeasurerTest, TierPopulationsUseThePeriodsSnapshot)
{
    writeSnapshots();
    const SmartGoal high =
        goal(KpiCatalog::RepurchaseRate, PopulationKind::Tier, QStringLiteral("high_value"));
    const GoalMeasurement now = measurer().current(high, plan, QDate(2011, 9, 30));
    ASSERT_TRUE(now.value.has_value()) << now.reason.toStdString();
    EXPECT_NEAR(*now.value, 100.0, kTolerance); // A alone, with two orders
    EXPECT_EQ(now.population, 1);
    EXPECT_TRUE(now.reason.contains(QStringLiteral("2011Q3")));

    const GoalMeasurement base = measurer().baseline(high, plan);
    ASSERT_TRUE(base.value.has_value());
    EXPECT_NEAR(*base.value, 0.0, kTolerance); // A and B, one order each in Q2
    EXPECT_EQ(base.population, 2);

    // The predicted LTV of the tier comes from the snapshot's values.
    const GoalMeasurement ltv =
        measurer().current(goal(KpiCatalog::PredictedLtv, PopulationKind::Tier, QStringLiteral("potential")),
                           plan, QDate(2011, 9, 30));
    ASSERT_TRUE(ltv.value.has_value());
    EXPECT_DOUBLE_EQ(*ltv.value, 15000.0); // C 20,000 and E 10,000; D not modelled
}

TEST_F(GoalMeasurerTest, ASnapshotOfAnotherTierModelOrNoneGivesNoTierValueWithoutTheEngine)
{
    const SmartGoal high =
        goal(KpiCatalog::RepurchaseRate, PopulationKind::Tier, QStringLiteral("high_value"));
    const GoalMeasurement none = measurer().current(high, plan, QDate(2011, 9, 30));
    EXPECT_FALSE(none.value.has_value());
    EXPECT_TRUE(none.reason.contains(QStringLiteral("2011Q3"))) << none.reason.toStdString();

    writeSnapshots();
    Plan tob = plan;
    tob.tierModel = QStringLiteral("tob4");
    const GoalMeasurement other = measurer().current(high, tob, QDate(2011, 9, 30));
    EXPECT_FALSE(other.value.has_value());
    EXPECT_TRUE(other.reason.contains(QStringLiteral("tob4"))) << other.reason.toStdString();
    // The whole base needs no tiers.
    EXPECT_TRUE(
        measurer().current(goal(KpiCatalog::RepurchaseRate), tob, QDate(2011, 9, 30)).value.has_value());
}

TEST_F(GoalMeasurerTest, StagePopulationsUseTheSnapshotsStages)
{
    writeSnapshots();
    sql::run(db->connection(),
             QStringLiteral("UPDATE customer_snapshot SET stage = 'dormant' WHERE period = '2011Q3' AND "
                            "customer_id IN (?, ?)"),
             {ids.value(QStringLiteral("F")), ids.value(QStringLiteral("G"))});
    const SmartGoal dormant =
        goal(KpiCatalog::DormantWakeUpRate, PopulationKind::Stage, QStringLiteral("dormant"));
    const GoalMeasurement wake = measurer().current(dormant, plan, QDate(2011, 9, 30));
    ASSERT_TRUE(wake.value.has_value()) << wake.reason.toStdString();
    EXPECT_NEAR(*wake.value, 50.0, kTolerance); // F woke up, G did not
    EXPECT_EQ(wake.population, 2);
    const GoalMeasurement active = measurer().current(
        goal(KpiCatalog::ActiveCustomers, PopulationKind::Stage, QStringLiteral("dormant")), plan,
        QDate(2011, 9, 30));
    EXPECT_DOUBLE_EQ(*active.value, 1.0);
    EXPECT_EQ(active.population, 2);
}

TEST_F(GoalMeasurerTest, WithoutASnapshotTheEngineGivesTheStages)
{
    // J is the only customer who never bought by 30 September (K came later): the prospects.
    const SmartGoal prospects =
        goal(KpiCatalog::ActiveCustomers, PopulationKind::Stage, QStringLiteral("prospect"));
    const GoalMeasurement m = measurer(true).current(prospects, plan, QDate(2011, 9, 30));
    ASSERT_TRUE(m.value.has_value()) << m.reason.toStdString();
    EXPECT_DOUBLE_EQ(*m.value, 0.0);
    EXPECT_EQ(m.population, 1);
    EXPECT_TRUE(m.reason.contains(QStringLiteral("2011-09-30"))) << m.reason.toStdString();
}

} // namespace
