// The built clientele-cli's `kpi` and `spend` on the hand-made database of KpiTestDatabase.cpp, run as
// a separate process: JSON and table output, marketing spend, and the messages for bad input.
#include "KpiTestDatabase.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

using CliRun = test::ProcessRun;

class KpiCliTest : public ::testing::Test
{
protected:
    KpiCliTest()
    {
        auto db = ws.openDatabase();
        ids = test::fillKpiTestDatabase(*db);
        test::writeTestSnapshot(*db, ids, QStringLiteral("2011Q3"), QDate(2011, 9, 30),
                                {{QStringLiteral("A"), QStringLiteral("high_value"), 50000},
                                 {QStringLiteral("C"), QStringLiteral("potential"), 20000},
                                 {QStringLiteral("D"), QStringLiteral("potential"), -1},
                                 {QStringLiteral("E"), QStringLiteral("potential"), 10000}});
    }

    CliRun run(QStringList arguments) const
    {
        arguments.prepend(ws.databasePath());
        arguments.prepend(QStringLiteral("--db"));
        return test::runProcess(QStringLiteral(CLIENTELE_CLI_PATH), arguments);
    }

    test::TempWorkspace ws;
    QMap<QString, qint64> ids;
};

QJsonObject kpiRow(const QJsonObject& report, const QString& code, const QString& tier = {})
{
    for (const QJsonValue& value : report[QStringLiteral("kpis")].toArray()) {
        const QJsonObject row = value.toObject();
        if (row[QStringLiteral("code")].toString() == code && row[QStringLiteral("tier")].toString() == tier)
            return row;
    }
    ADD_FAILURE() << "no row " << code.toStdString() << " / " << tier.toStdString();
    return {};
}

} // namespace

TEST_F(KpiCliTest, JsonHasEveryKpiWithValuesAndReasons)
{
    const CliRun r = run({QStringLiteral("kpi"), QStringLiteral("--period"), QStringLiteral("2011Q3"),
                          QStringLiteral("--json"), QStringLiteral("--no-engine")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(r.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    EXPECT_EQ(json[QStringLiteral("period")].toString(), QStringLiteral("2011Q3"));
    EXPECT_EQ(json[QStringLiteral("previous_period")].toString(), QStringLiteral("2011Q2"));
    EXPECT_EQ(json[QStringLiteral("tier_source")].toString(), QStringLiteral("snapshot"));
    EXPECT_EQ(json[QStringLiteral("previous_tier_source")].toString(), QStringLiteral("none"));
    EXPECT_EQ(json[QStringLiteral("kpis")].toArray().size(), 15);

    const QJsonObject repurchase = kpiRow(json, QStringLiteral("repurchase_rate"));
    EXPECT_NEAR(repurchase[QStringLiteral("value")].toDouble(), 50.0, 1e-9);
    EXPECT_NEAR(repurchase[QStringLiteral("previous_value")].toDouble(), 0.0, 1e-9);
    EXPECT_NEAR(repurchase[QStringLiteral("change")].toDouble(), 50.0, 1e-9);
    EXPECT_EQ(repurchase[QStringLiteral("population")].toInt(), 6);
    EXPECT_EQ(repurchase[QStringLiteral("unit")].toString(), QStringLiteral("percent"));
    EXPECT_TRUE(repurchase[QStringLiteral("tier")].isNull());

    EXPECT_EQ(kpiRow(json, QStringLiteral("historical_ltv"))[QStringLiteral("value")].toInteger(), 14150);
    EXPECT_EQ(kpiRow(json, QStringLiteral("predicted_ltv"))[QStringLiteral("value")].toInteger(), 26667);
    const QJsonObject cac = kpiRow(json, QStringLiteral("cac"));
    EXPECT_FALSE(cac[QStringLiteral("available")].toBool());
    EXPECT_TRUE(cac[QStringLiteral("value")].isNull());
    EXPECT_TRUE(cac[QStringLiteral("reason")].toString().contains(QStringLiteral("2011Q3")));
}

TEST_F(KpiCliTest, SpendMakesCacAvailableAndPerTierRowsFollow)
{
    const CliRun entered = run({QStringLiteral("spend"), QStringLiteral("--period"), QStringLiteral("2011Q3"),
                                QStringLiteral("--amount"), QStringLiteral("12,345.6")});
    ASSERT_EQ(entered.exitCode, 0) << entered.err.toStdString();
    EXPECT_TRUE(entered.out.contains("12345.60")) << entered.out.toStdString();
    const CliRun listed = run({QStringLiteral("spend")});
    EXPECT_TRUE(listed.out.contains("2011Q3  12345.60 CNY")) << listed.out.toStdString();

    const CliRun r = run({QStringLiteral("kpi"), QStringLiteral("--period"), QStringLiteral("2011Q3"),
                          QStringLiteral("--by"), QStringLiteral("tier"), QStringLiteral("--json"),
                          QStringLiteral("--no-engine")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    // 12,345.60 over the three new customers C, D, E.
    EXPECT_EQ(kpiRow(json, QStringLiteral("cac"))[QStringLiteral("value")].toInteger(), 411520);
    EXPECT_EQ(json[QStringLiteral("tiers")].toArray().size(), 2);
    const QJsonObject potentialNew =
        kpiRow(json, QStringLiteral("new_customers"), QStringLiteral("potential"));
    EXPECT_EQ(potentialNew[QStringLiteral("value")].toInt(), 3);
    EXPECT_FALSE(potentialNew[QStringLiteral("tier_name")].toString().isEmpty());
    EXPECT_FALSE(kpiRow(json, QStringLiteral("cac"), QStringLiteral("potential"))[QStringLiteral("available")]
                     .toBool());
}

TEST_F(KpiCliTest, TableShowsNamesValuesAndReasons)
{
    const CliRun r = run({QStringLiteral("kpi"), QStringLiteral("--period"), QStringLiteral("2011Q3"),
                          QStringLiteral("--no-engine")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = QString::fromUtf8(r.out);
    EXPECT_TRUE(text.contains(QStringLiteral("Repurchase rate"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("50.0%"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("+50.0 pp"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("141.50"))) << text.toStdString(); // historical LTV
    EXPECT_TRUE(text.contains(QStringLiteral("No marketing spend entered for 2011Q3"))) << text.toStdString();
}

TEST_F(KpiCliTest, BadInputGetsAClearMessage)
{
    CliRun r = run({QStringLiteral("kpi"), QStringLiteral("--period"), QStringLiteral("2011Q5")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("2011Q5"))) << r.err.toStdString();
    r = run({QStringLiteral("kpi")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--period"))) << r.err.toStdString();
    r = run({QStringLiteral("kpi"), QStringLiteral("--period"), QStringLiteral("2011Q3"),
             QStringLiteral("--by"), QStringLiteral("owner")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("owner"))) << r.err.toStdString();
    r = run({QStringLiteral("spend"), QStringLiteral("--period"), QStringLiteral("2011Q3"),
             QStringLiteral("--amount"), QStringLiteral("-5")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("-5"))) << r.err.toStdString();
    EXPECT_TRUE(run({QStringLiteral("spend")}).out.contains("No marketing spend entered"));
}

TEST_F(KpiCliTest, DefinitionsAreTheCatalogPage)
{
    const CliRun r = run({QStringLiteral("kpi"), QStringLiteral("--definitions")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith("# KPI definitions"));
    EXPECT_TRUE(r.out.contains("`winback_rate`"));
}
