// The measured effect of an execution item: the statistics and the wording rule on known numbers,
// then whole measurements on hand-made SQLite bases with held-out and with matched controls.
#include "planning/EffectMeasurement.h"

#include "PlanningTestDatabase.h"
#include "TestSupport.h"
#include "storage/SqlSupport.h"
#include "storage/StorageError.h"

#include <gtest/gtest.h>

using namespace clientele;

namespace {

const EffectComparison& comparison(const EffectResult& r, const char* metric)
{
    for (const EffectComparison& c : r.comparisons)
        if (c.metric == QLatin1String(metric))
            return c;
    static const EffectComparison missing;
    ADD_FAILURE() << "no comparison " << metric;
    return missing;
}

TEST(EffectStatisticsTest, TwoProportionZ)
{
    // p1 = 0.6, p2 = 0.4, pooled 0.5: se = sqrt(0.25 × 0.02) = 0.0707107, z = 2.828427.
    EXPECT_NEAR(*EffectMeasurement::twoProportionZ(60, 100, 40, 100), 2.8284271, 1e-6);
    EXPECT_NEAR(*EffectMeasurement::twoProportionZ(40, 100, 60, 100), -2.8284271, 1e-6);
    EXPECT_FALSE(EffectMeasurement::twoProportionZ(0, 50, 0, 50)); // no spread
    EXPECT_FALSE(EffectMeasurement::twoProportionZ(1, 0, 1, 5));
}

TEST(EffectStatisticsTest, WelchZ)
{
    // Means 2.5 and 5, sample variances 5/3 and 20/3: se = sqrt(5/12 + 20/12) = 1.4433757.
    EXPECT_NEAR(*EffectMeasurement::welchZ({1, 2, 3, 4}, {2, 4, 6, 8}), -1.7320508, 1e-6);
    EXPECT_FALSE(EffectMeasurement::welchZ({1}, {2, 3}));
    EXPECT_FALSE(EffectMeasurement::welchZ({5, 5, 5}, {5, 5}));
}

EffectMeasurement::GroupOutcome group(qint64 customers, qint64 buyers)
{
    EffectMeasurement::GroupOutcome g;
    g.customers = customers;
    g.buyers = buyers;
    g.previouslyActive = customers;
    g.churned = customers - buyers;
    for (qint64 i = 0; i < customers; ++i)
        g.amounts.push_back(i < buyers ? 10000.0 + static_cast<double>(i) : 0.0);
    return g;
}

TEST(EffectStatisticsTest, WordingRuleNeedsThirtyAndTwoStandardErrors)
{
    const EffectSettings settings;
    // 30 against 30, 24 buyers against 12: z = 3.16, enough customers.
    std::vector<EffectComparison> c = EffectMeasurement::compare(group(30, 24), group(30, 12), settings);
    ASSERT_EQ(c.size(), 3u);
    EXPECT_EQ(c[0].metric, QStringLiteral("repurchase_rate"));
    EXPECT_NEAR(c[0].difference, 40.0, 1e-9);
    EXPECT_NEAR(*c[0].z, 3.1622777, 1e-6);
    EXPECT_EQ(c[0].verdict, EffectVerdict::LikelyEffect);
    EXPECT_TRUE(c[0].statement.contains(QStringLiteral("likely an effect"))) << c[0].statement.toStdString();
    EXPECT_EQ(c[1].metric, QStringLiteral("churn_rate"));
    EXPECT_NEAR(c[1].difference, -40.0, 1e-9);
    EXPECT_EQ(c[1].verdict, EffectVerdict::LikelyEffect);
    // The same shares with 29 in one group: not enough to tell.
    c = EffectMeasurement::compare(group(29, 23), group(30, 12), settings);
    EXPECT_EQ(c[0].verdict, EffectVerdict::NotEnoughData);
    EXPECT_TRUE(c[0].statement.contains(QStringLiteral("not enough to tell")))
        << c[0].statement.toStdString();
    // 100 against 100, 55 % against 45 %: z = 1.41, within the noise.
    c = EffectMeasurement::compare(group(100, 55), group(100, 45), settings);
    EXPECT_NEAR(*c[0].z, 1.4142136, 1e-6);
    EXPECT_EQ(c[0].verdict, EffectVerdict::NoClearEffect);
    EXPECT_TRUE(c[0].statement.contains(QStringLiteral("no clear effect"))) << c[0].statement.toStdString();
    // A stricter threshold turns the first case into "no clear effect".
    EffectSettings strict;
    strict.zThreshold = 3.5;
    EXPECT_EQ(EffectMeasurement::compare(group(30, 24), group(30, 12), strict)[0].verdict,
              EffectVerdict::NoClearEffect);
}

class EffectMeasurementTest : public ::testing::Test
{
protected:
    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
    test::PlanningTestDatabase data{*db};
    const QDate start{2011, 7, 1};
    const QDate end{2011, 9, 30};

    // `count` customers named prefix1…: each bought in Q2; `buyers` of them also in the window.
    QStringList customers(const QString& prefix, int count, int buyers)
    {
        QStringList codes;
        for (int i = 1; i <= count; ++i) {
            const QString code = prefix + QString::number(i);
            data.customer(code);
            data.order(code, QDate(2011, 5, 1).addDays(i), 5000);
            if (i <= buyers)
                data.order(code, start.addDays(i), 10000 + 100 * i);
            codes << code;
        }
        return codes;
    }

    EffectResult heldOutItem(int targets, int targetBuyers, int controls, int controlBuyers)
    {
        const qint64 item = data.item(data.plan(), start, end);
        for (const QString& code : customers(QStringLiteral("T"), targets, targetBuyers))
            data.itemCustomer(item, code, QStringLiteral("target"));
        for (const QString& code : customers(QStringLiteral("C"), controls, controlBuyers))
            data.itemCustomer(item, code, QStringLiteral("control"));
        return EffectMeasurement(db->connection(), db->dialect()).measure(item);
    }
};

TEST_F(EffectMeasurementTest, ClearEffectWithHeldOutControls)
{
    const EffectResult r = heldOutItem(40, 32, 40, 12);
    EXPECT_EQ(r.controlSource, ControlSource::HeldOut);
    EXPECT_EQ(r.targets, 40);
    EXPECT_EQ(r.controls, 40);
    EXPECT_EQ(r.start, start);
    EXPECT_EQ(r.end, end);
    const EffectComparison& repurchase = comparison(r, "repurchase_rate");
    EXPECT_NEAR(repurchase.targetValue, 80.0, 1e-9);
    EXPECT_NEAR(repurchase.controlValue, 30.0, 1e-9);
    EXPECT_EQ(repurchase.verdict, EffectVerdict::LikelyEffect);
    const EffectComparison& churn = comparison(r, "churn_rate");
    EXPECT_EQ(churn.targetCount, 40); // all bought in the 92 days before the window
    EXPECT_NEAR(churn.targetValue, 20.0, 1e-9);
    EXPECT_NEAR(churn.controlValue, 70.0, 1e-9);
    EXPECT_EQ(churn.verdict, EffectVerdict::LikelyEffect);
    const EffectComparison& amount = comparison(r, "amount_per_customer");
    // Targets: Σ(10,000 + 100 i) for i = 1…32 over 40 = (320,000 + 52,800) / 40.
    EXPECT_NEAR(amount.targetValue, 9320.0, 1e-9);
    EXPECT_NEAR(amount.controlValue, (120000.0 + 7800.0) / 40.0, 1e-9);
    EXPECT_EQ(amount.verdict, EffectVerdict::LikelyEffect);
}

TEST_F(EffectMeasurementTest, NoEffectWhenBothGroupsBehaveAlike)
{
    const EffectResult r = heldOutItem(40, 20, 40, 20);
    for (const EffectComparison& c : r.comparisons) {
        EXPECT_EQ(c.verdict, EffectVerdict::NoClearEffect) << c.statement.toStdString();
        EXPECT_NEAR(c.difference, 0.0, 1e-9);
    }
}

TEST_F(EffectMeasurementTest, TooFewCustomersIsNotEnoughToTell)
{
    const EffectResult r = heldOutItem(10, 10, 10, 0); // a huge difference, but ten each
    ASSERT_EQ(r.comparisons.size(), 3u);
    for (const EffectComparison& c : r.comparisons) {
        EXPECT_EQ(c.verdict, EffectVerdict::NotEnoughData) << c.statement.toStdString();
        EXPECT_TRUE(c.statement.contains(QStringLiteral("not enough to tell")));
    }
    EXPECT_NEAR(comparison(r, "repurchase_rate").difference, 100.0, 1e-9);
}

TEST_F(EffectMeasurementTest, MatchedControlsAreOfTheSameTierOutsideEveryPlanAndStable)
{
    using Row = test::PlanningTestDatabase::SnapshotRow;
    for (const char* code : {"T1", "T2", "X1", "X2", "X3", "H1", "P1"})
        data.customer(QString::fromLatin1(code));
    // T1 and T2 are the item's targets (potential). P1 is the nearest candidate but a target of
    // another item running at the same time; H1 has the same scores but another tier.
    const QString potential = QStringLiteral("potential");
    QList<Row> rows = {
        Row{QStringLiteral("T1"), potential, QStringLiteral("low"), 4, 3, 3, 20, 4.0, 40000},
        Row{QStringLiteral("T2"), potential, QStringLiteral("low"), 4, 2, 2, 40, 2.0, 20000},
        Row{QStringLiteral("P1"), potential, QStringLiteral("low"), 4, 3, 3, 20, 4.0, 40000},
        Row{QStringLiteral("H1"), QStringLiteral("high_value"), QStringLiteral("low"), 4, 3, 3, 20, 4.0,
            40000},
        Row{QStringLiteral("X1"), potential, QStringLiteral("low"), 4, 3, 3, 60, 3.0, 30000},
        Row{QStringLiteral("X2"), potential, QStringLiteral("low"), 4, 2, 2, 45, 2.0, 21000},
        Row{QStringLiteral("X3"), potential, QStringLiteral("low"), 4, 3, 2, 20, 4.0, 40000},
    };
    data.snapshot(QStringLiteral("2011Q2"), start.addDays(-1), rows);
    const qint64 plan = data.plan();
    const qint64 item = data.item(plan, start, end);
    data.itemCustomer(item, QStringLiteral("T1"));
    data.itemCustomer(item, QStringLiteral("T2"));
    const qint64 other = data.item(plan, QDate(2011, 8, 1), QDate(2011, 8, 31), QStringLiteral("running"));
    data.itemCustomer(other, QStringLiteral("P1"));
    data.order(QStringLiteral("T1"), QDate(2011, 8, 3), 7000);
    data.order(QStringLiteral("X1"), QDate(2011, 8, 4), 3000);

    const EffectMeasurement measurement(db->connection(), db->dialect());
    const EffectResult r = measurement.measure(item);
    EXPECT_EQ(r.controlSource, ControlSource::Matched);
    EXPECT_TRUE(r.baseline.contains(QStringLiteral("2011Q2"))) << r.baseline.toStdString();
    ASSERT_EQ(r.pairs.size(), 2u);
    EXPECT_EQ(r.pairs[0].targetId, data.id(QStringLiteral("T1")));
    EXPECT_EQ(r.pairs[0].controlId, data.id(QStringLiteral("X1"))); // same scores; P1 and H1 excluded
    EXPECT_EQ(r.pairs[1].targetId, data.id(QStringLiteral("T2")));
    EXPECT_EQ(r.pairs[1].controlId, data.id(QStringLiteral("X2")));
    EXPECT_EQ(r.targets, 2);
    EXPECT_EQ(r.controls, 2);
    EXPECT_EQ(r.unmatchedTargets, 0);
    EXPECT_NEAR(comparison(r, "amount_per_customer").targetValue, 3500.0, 1e-9);
    EXPECT_NEAR(comparison(r, "amount_per_customer").controlValue, 1500.0, 1e-9);
    EXPECT_EQ(comparison(r, "repurchase_rate").verdict, EffectVerdict::NotEnoughData);

    const EffectResult again = measurement.measure(item);
    ASSERT_EQ(again.pairs.size(), 2u);
    EXPECT_EQ(again.pairs[0].controlId, r.pairs[0].controlId);
    EXPECT_EQ(again.pairs[1].controlId, r.pairs[1].controlId);

    // Once the other item is cancelled, P1 is no longer "in a plan" and is the nearest for T1.
    sql::run(db->connection(), QStringLiteral("UPDATE execution_item SET status = 'cancelled' WHERE id = ?"),
             {other});
    EXPECT_EQ(measurement.measure(item).pairs.at(0).controlId, data.id(QStringLiteral("P1")));
}

TEST_F(EffectMeasurementTest, NoBaselineNoMatchingAndUnknownItem)
{
    data.customer(QStringLiteral("T1"));
    const qint64 item = data.item(data.plan(), start, end, QStringLiteral("running"));
    data.itemCustomer(item, QStringLiteral("T1"));
    EffectMeasurement::Options options;
    options.runEngine = false;
    const EffectResult r = EffectMeasurement(db->connection(), db->dialect(), options).measure(item);
    EXPECT_EQ(r.controlSource, ControlSource::None);
    EXPECT_TRUE(r.comparisons.empty());
    EXPECT_GE(r.notes.size(), 2); // not done; no tiers as of 30 June
    EXPECT_THROW(EffectMeasurement(db->connection(), db->dialect()).measure(item + 100), StorageError);
}

} // namespace
