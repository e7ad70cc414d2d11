// The built clientele-cli's tracking, actions and effect on a hand-made database, run as a separate
// process: JSON and table output and the messages for bad input.
#include "PlanningTestDatabase.h"
#include "TestSupport.h"
#include "storage/TrackingStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

using CliRun = test::ProcessRun;

class PlanningInsightCliTest : public ::testing::Test
{
protected:
    PlanningInsightCliTest()
    {
        auto db = ws.openDatabase();
        test::PlanningTestDatabase data(*db);
        using Row = test::PlanningTestDatabase::SnapshotRow;
        data.customer(QStringLiteral("A"), {QDate(2010, 1, 1), QStringLiteral("Wang"), true, 0});
        data.customer(QStringLiteral("B"), {QDate(2010, 1, 1), QStringLiteral("Wang"), false, 0});
        data.order(QStringLiteral("A"), QDate(2011, 5, 1), 10000);
        data.order(QStringLiteral("A"), QDate(2011, 7, 1), 20000);
        data.order(QStringLiteral("A"), QDate(2011, 8, 1), 30000);
        data.order(QStringLiteral("B"), QDate(2011, 6, 1), 5000);
        data.snapshot(QStringLiteral("2011Q2"), QDate(2011, 6, 30),
                      {Row{QStringLiteral("A"), QStringLiteral("high_value"), QStringLiteral("low")},
                       Row{QStringLiteral("B"), QStringLiteral("high_value"), QStringLiteral("low")}});
        data.snapshot(QStringLiteral("2011Q3"), QDate(2011, 9, 30),
                      {Row{QStringLiteral("A"), QStringLiteral("high_value"), QStringLiteral("low")},
                       Row{QStringLiteral("B"), QStringLiteral("churn_risk"), QStringLiteral("high")}});
        TrackingStore(db->connection(), db->dialect())
            .setOverride(
                {QStringLiteral("2011Q3"), QStringLiteral("high_value"), TrackingMetric::Nps, 52.0, {}});
        TrackingStore(db->connection(), db->dialect())
            .setSuggestion(QStringLiteral("2011Q3"), QStringLiteral("high_value"),
                           QStringLiteral("add one-to-one consulting"));
        const qint64 item = data.item(data.plan(), QDate(2011, 7, 1), QDate(2011, 9, 30));
        data.itemCustomer(item, QStringLiteral("A"));
        data.itemCustomer(item, QStringLiteral("B"), QStringLiteral("control"));
        itemId = item;
    }

    CliRun run(QStringList arguments) const
    {
        arguments.prepend(ws.databasePath());
        arguments.prepend(QStringLiteral("--db"));
        return test::runProcess(QStringLiteral(CLIENTELE_CLI_PATH), arguments);
    }

    test::TempWorkspace ws;
    qint64 itemId = 0;
};

TEST_F(PlanningInsightCliTest, TrackingJsonAndTable)
{
    CliRun r = run({QStringLiteral("tracking"), QStringLiteral("--period"), QStringLiteral("2011Q3"),
                    QStringLiteral("--no-engine"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject table = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(table[QStringLiteral("tiers_from")].toString(), QStringLiteral("2011Q2"));
    const QJsonArray rows = table[QStringLiteral("rows")].toArray();
    ASSERT_EQ(rows.size(), 1);
    const QJsonObject hv = rows[0].toObject();
    EXPECT_EQ(hv[QStringLiteral("customers")].toInt(), 2);
    // A and B were active in Q2, B did not buy in Q3: 50 % churn in the tier B started in.
    EXPECT_DOUBLE_EQ(hv[QStringLiteral("churn_rate")][QStringLiteral("value")].toDouble(), 50.0);
    EXPECT_DOUBLE_EQ(hv[QStringLiteral("repurchase_rate")][QStringLiteral("value")].toDouble(), 100.0);
    EXPECT_TRUE(hv[QStringLiteral("nps")][QStringLiteral("overridden")].toBool());
    EXPECT_DOUBLE_EQ(hv[QStringLiteral("nps")][QStringLiteral("value")].toDouble(), 52.0);
    EXPECT_TRUE(hv[QStringLiteral("nps")][QStringLiteral("computed")].isNull()); // no survey answers
    EXPECT_EQ(hv[QStringLiteral("suggestion")].toString(), QStringLiteral("add one-to-one consulting"));

    r = run({QStringLiteral("tracking"), QStringLiteral("--period"), QStringLiteral("2011Q3"),
             QStringLiteral("--no-engine")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = QString::fromUtf8(r.out);
    EXPECT_TRUE(text.contains(QStringLiteral("52.0*"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("add one-to-one consulting")));

    r = run({QStringLiteral("tracking"), QStringLiteral("--period"), QStringLiteral("2011Q7")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("2011Q7"))) << r.err.toStdString();
    r = run({QStringLiteral("tracking")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--period"))) << r.err.toStdString();
}

TEST_F(PlanningInsightCliTest, ActionsForAnOwner)
{
    CliRun r = run({QStringLiteral("actions"), QStringLiteral("--owner"), QStringLiteral("Wang"),
                    QStringLiteral("--date"), QStringLiteral("2011-10-12"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject list = QJsonDocument::fromJson(r.out).object();
    const QJsonArray actions = list[QStringLiteral("actions")].toArray();
    // B's risk rose (a service call, no consent needed); A is high-value and never contacted.
    ASSERT_EQ(actions.size(), 2);
    EXPECT_EQ(actions[0][QStringLiteral("code")].toString(), QStringLiteral("B"));
    EXPECT_EQ(actions[0][QStringLiteral("reason")].toString(), QStringLiteral("risk_rose"));
    EXPECT_EQ(actions[0][QStringLiteral("contact")].toString(), QStringLiteral("service"));
    EXPECT_EQ(actions[1][QStringLiteral("code")].toString(), QStringLiteral("A"));
    EXPECT_EQ(actions[1][QStringLiteral("playbook")].toString(), QStringLiteral("tier.seed4.high_value"));

    r = run({QStringLiteral("actions"), QStringLiteral("--date"), QStringLiteral("12/10/2011")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("12/10/2011"))) << r.err.toStdString();
}

TEST_F(PlanningInsightCliTest, EffectOfAnItem)
{
    CliRun r = run({QStringLiteral("effect"), QStringLiteral("--item"), QString::number(itemId),
                    QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject effect = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(effect[QStringLiteral("controls_from")].toString(), QStringLiteral("held_out"));
    const QJsonArray comparisons = effect[QStringLiteral("comparisons")].toArray();
    ASSERT_EQ(comparisons.size(), 3);
    EXPECT_EQ(comparisons[0][QStringLiteral("verdict")].toString(), QStringLiteral("not_enough_data"));
    EXPECT_DOUBLE_EQ(comparisons[0][QStringLiteral("difference")].toDouble(), 100.0);

    r = run({QStringLiteral("effect"), QStringLiteral("--item"), QStringLiteral("999")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("999"))) << r.err.toStdString();
}

} // namespace
