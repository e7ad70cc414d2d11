// The built clientele-cli's `plan list` and `plan show` on KpiTestDatabase's hand-made base with a plan
// for 2011Q3, run as a separate process: JSON and text output, measured goals, and bad input.
#include "KpiTestDatabase.h"
#include "TestSupport.h"
#include "analytics/KpiCatalog.h"
#include "storage/PlanStore.h"
#include "storage/ReviewStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

using CliRun = test::ProcessRun;

class PlanCliTest : public ::testing::Test
{
protected:
    PlanCliTest()
    {
        auto db = ws.openDatabase();
        const QMap<QString, qint64> ids = test::fillKpiTestDatabase(*db);
        PlanStore plans(db->connection(), db->dialect());
        planId = plans.insertPlan(
            {0, QStringLiteral("Q3 loyalty"), QStringLiteral("2011Q3"), QStringLiteral("seed4"), {}, {}});
        SmartGoal goal;
        goal.planId = planId;
        goal.kpi = QString::fromLatin1(KpiCatalog::RepurchaseRate);
        goal.baseline = 0.0;
        goal.baselineOn = QDate(2011, 6, 30);
        goal.target = 40.0;
        goal.deadline = QDate(2011, 9, 30);
        goal.owner = QStringLiteral("Sales lead");
        plans.insertGoal(goal);
        ExecutionItem item;
        item.planId = planId;
        item.segment = QStringLiteral("churn_risk");
        item.strategy = QStringLiteral("Urgent retention");
        item.owner = QStringLiteral("Service lead");
        item.startsOn = QDate(2011, 7, 1);
        item.endsOn = QDate(2011, 9, 30);
        item.budgetMinor = 50000;
        item.status = ItemStatus::Running;
        const qint64 itemId = plans.insertItem(item);
        plans.setItemCustomers(itemId,
                               {ids.value(QStringLiteral("B")), ids.value(QStringLiteral("H")),
                                ids.value(QStringLiteral("I")), ids.value(QStringLiteral("F"))},
                               0.25);
        ReviewRecord review;
        review.planId = planId;
        review.heldOn = QDate(2011, 9, 28);
        review.decisions = QStringLiteral("Raise the coupon value");
        ReviewStore(db->connection(), db->dialect()).insert(review);
    }

    CliRun run(QStringList arguments) const
    {
        arguments.prepend(ws.databasePath());
        arguments.prepend(QStringLiteral("--db"));
        return test::runProcess(QStringLiteral(CLIENTELE_CLI_PATH), arguments);
    }

    test::TempWorkspace ws;
    qint64 planId = 0;
};

TEST_F(PlanCliTest, ListsThePlans)
{
    const CliRun r = run({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray plans = QJsonDocument::fromJson(r.out).array();
    ASSERT_EQ(plans.size(), 1);
    const QJsonObject p = plans[0].toObject();
    EXPECT_EQ(p[QStringLiteral("id")].toInteger(), planId);
    EXPECT_EQ(p[QStringLiteral("period")].toString(), QStringLiteral("2011Q3"));
    EXPECT_EQ(p[QStringLiteral("goals")].toInteger(), 1);
    EXPECT_EQ(p[QStringLiteral("items")].toInteger(), 1);

    const CliRun text = run({QStringLiteral("plan"), QStringLiteral("list")});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains("Q3 loyalty")) << text.out.toStdString();
}

TEST_F(PlanCliTest, ShowsGoalsMeasuredFromTheDataItemsAndReviews)
{
    const CliRun r = run({QStringLiteral("plan"), QStringLiteral("show"), QString::number(planId),
                          QStringLiteral("--json"), QStringLiteral("--as-of"), QStringLiteral("2011-09-30"),
                          QStringLiteral("--no-engine")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject plan = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(plan[QStringLiteral("name")].toString(), QStringLiteral("Q3 loyalty"));
    const QJsonObject goal = plan[QStringLiteral("goals")].toArray()[0].toObject();
    EXPECT_DOUBLE_EQ(goal[QStringLiteral("current")].toDouble(), 50.0); // KpiCalculatorTest's 2011Q3 value
    EXPECT_EQ(goal[QStringLiteral("current_period")].toString(), QStringLiteral("2011Q3"));
    EXPECT_DOUBLE_EQ(goal[QStringLiteral("progress")].toDouble(), 1.25);
    EXPECT_EQ(goal[QStringLiteral("state")].toString(), QStringLiteral("achieved"));
    const QJsonObject item = plan[QStringLiteral("items")].toArray()[0].toObject();
    EXPECT_EQ(item[QStringLiteral("strategy")].toString(), QStringLiteral("Urgent retention"));
    EXPECT_EQ(item[QStringLiteral("status")].toString(), QStringLiteral("running"));
    EXPECT_EQ(item[QStringLiteral("budget_minor")].toInteger(), 50000);
    EXPECT_EQ(item[QStringLiteral("targets")].toInteger(), 3);
    EXPECT_EQ(item[QStringLiteral("controls")].toInteger(), 1);
    const QJsonArray reviews = plan[QStringLiteral("reviews")].toArray();
    ASSERT_EQ(reviews.size(), 1);
    EXPECT_EQ(reviews[0].toObject()[QStringLiteral("decisions")].toString(),
              QStringLiteral("Raise the coupon value"));

    const CliRun text =
        run({QStringLiteral("plan"), QStringLiteral("show"), QString::number(planId),
             QStringLiteral("--as-of"), QStringLiteral("2011-09-30"), QStringLiteral("--no-engine")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains("Repurchase rate")) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains("50.0%")) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains("Urgent retention")) << text.out.toStdString();
}

TEST_F(PlanCliTest, BadInputIsAUserError)
{
    const CliRun unknown = run({QStringLiteral("plan"), QStringLiteral("show"), QStringLiteral("999")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("999"))) << unknown.err.toStdString();
    EXPECT_EQ(run({QStringLiteral("plan")}).exitCode, 1);
    EXPECT_EQ(run({QStringLiteral("plan"), QStringLiteral("show")}).exitCode, 1);
    const CliRun badDate = run({QStringLiteral("plan"), QStringLiteral("show"), QString::number(planId),
                                QStringLiteral("--as-of"), QStringLiteral("30/09/2011")});
    EXPECT_EQ(badDate.exitCode, 1);
    EXPECT_TRUE(badDate.err.contains(QStringLiteral("30/09/2011"))) << badDate.err.toStdString();
}

} // namespace
