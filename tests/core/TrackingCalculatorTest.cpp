// The tracking table (template 3) on a hand-made base: 2011Q3 with the tiers of the 2011Q2 snapshot
// (the tier at the period start), figures worked out by hand, overrides and suggestions laid over.
#include "planning/TrackingCalculator.h"

#include "PlanningTestDatabase.h"
#include "TestSupport.h"
#include "storage/KpiDataReader.h"
#include "storage/SqlSupport.h"
#include "storage/StorageError.h"
#include "storage/TrackingStore.h"

#include <gtest/gtest.h>

using namespace clientele;

namespace {

constexpr double kTolerance = 1e-9;

class TrackingCalculatorTest : public ::testing::Test
{
protected:
    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
    test::PlanningTestDatabase data{*db};
    const AnalysisPeriod q3 = AnalysisPeriod::quarter(2011, 3);

    void SetUp() override
    {
        for (const char* code : {"P1", "P2", "P3", "R1", "R2"})
            data.customer(QString::fromLatin1(code));
        data.customer(QStringLiteral("N"), {QDate(2011, 8, 1), {}, true, 0});
        // High-value at the start of Q3: P1 buys twice in Q3, P2 once, P3 not at all (churned).
        data.order(QStringLiteral("P1"), QDate(2011, 5, 10), 10000);
        data.order(QStringLiteral("P1"), QDate(2011, 7, 5), 5000);
        data.order(QStringLiteral("P1"), QDate(2011, 8, 20), 7000);
        data.order(QStringLiteral("P2"), QDate(2011, 6, 1), 20000);
        data.order(QStringLiteral("P2"), QDate(2011, 9, 1), 8000);
        data.order(QStringLiteral("P3"), QDate(2011, 4, 15), 30000);
        // Churn-risk at the start: R1 last bought in Q1 (not active in Q2), R2 in Q2; both buy in Q3.
        data.order(QStringLiteral("R1"), QDate(2011, 2, 1), 3000);
        data.order(QStringLiteral("R1"), QDate(2011, 8, 1), 1000);
        data.order(QStringLiteral("R2"), QDate(2011, 5, 5), 2000);
        data.order(QStringLiteral("R2"), QDate(2011, 7, 25), 2000);
        // A customer new in Q3 had no tier at its start: in no row.
        data.order(QStringLiteral("N"), QDate(2011, 8, 2), 50000);
        data.order(QStringLiteral("N"), QDate(2011, 8, 9), 50000);
        data.survey(QStringLiteral("P1"), QDate(2011, 8, 1), 10);
        data.survey(QStringLiteral("P2"), QDate(2011, 8, 2), 5);
        data.survey(QStringLiteral("R2"), QDate(2011, 8, 3), 9);
        data.survey(QStringLiteral("N"), QDate(2011, 8, 4), 0);

        using Row = test::PlanningTestDatabase::SnapshotRow;
        const QString hv = QStringLiteral("high_value"), risk = QStringLiteral("churn_risk");
        data.snapshot(QStringLiteral("2011Q2"), QDate(2011, 6, 30),
                      {Row{QStringLiteral("P1"), hv}, Row{QStringLiteral("P2"), hv},
                       Row{QStringLiteral("P3"), hv}, Row{QStringLiteral("R1"), risk},
                       Row{QStringLiteral("R2"), risk}});
        // At the end of Q3 P3 has slipped to churn-risk and N is high-value: the end tiers must not
        // be used.
        data.snapshot(QStringLiteral("2011Q3"), QDate(2011, 9, 30),
                      {Row{QStringLiteral("P1"), hv}, Row{QStringLiteral("P2"), hv},
                       Row{QStringLiteral("P3"), risk}, Row{QStringLiteral("R1"), risk},
                       Row{QStringLiteral("R2"), risk}, Row{QStringLiteral("N"), hv}});
    }

    TrackingTable table(bool runEngine = false) const
    {
        TrackingCalculator::Options options;
        options.runEngine = runEngine;
        return TrackingCalculator(db->connection(), db->dialect(), options).table(q3);
    }

    static const TrackingRow& row(const TrackingTable& t, const char* tier)
    {
        for (const TrackingRow& r : t.rows)
            if (r.tier == QLatin1String(tier))
                return r;
        static const TrackingRow missing;
        ADD_FAILURE() << "no row for " << tier;
        return missing;
    }
};

TEST_F(TrackingCalculatorTest, FiguresPerTierUseTheTierAtThePeriodStart)
{
    const TrackingTable t = table();
    EXPECT_EQ(t.startPeriod, QStringLiteral("2011Q2"));
    EXPECT_EQ(t.tierSource, KpiCustomerAnalysis::Source::Snapshot);
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0].tier, QStringLiteral("high_value")); // tier-model order
    EXPECT_EQ(t.rows[1].tier, QStringLiteral("churn_risk"));

    const TrackingRow& hv = row(t, "high_value");
    EXPECT_EQ(hv.period, QStringLiteral("2011Q3"));
    EXPECT_EQ(hv.customers, 3);
    // P1 of P1, P2 bought twice.
    EXPECT_NEAR(*hv.repurchaseRate.computed, 50.0, kTolerance);
    EXPECT_EQ(hv.repurchaseRate.population, 2);
    // P1, P2, P3 active in Q2; P3 did not buy in Q3. With the end tiers it would be 0 %.
    EXPECT_NEAR(*hv.churnRate.computed, 100.0 / 3.0, kTolerance);
    EXPECT_EQ(hv.churnRate.population, 3);
    // One promoter (10), one detractor (5).
    EXPECT_NEAR(*hv.nps.computed, 0.0, kTolerance);
    // (22,000 + 28,000 + 30,000) / 3, rounded to whole minor units.
    EXPECT_NEAR(*hv.ltv.computed, 26667.0, kTolerance);
    EXPECT_FALSE(hv.churnRate.isOverridden());
    EXPECT_TRUE(hv.suggestion.isEmpty());

    const TrackingRow& cr = row(t, "churn_risk");
    EXPECT_EQ(cr.customers, 2);
    EXPECT_NEAR(*cr.repurchaseRate.computed, 0.0, kTolerance);
    // Only R2 was active in Q2, and R2 bought again; P3 (churn-risk at the end) is not counted here.
    EXPECT_NEAR(*cr.churnRate.computed, 0.0, kTolerance);
    EXPECT_EQ(cr.churnRate.population, 1);
    EXPECT_NEAR(*cr.nps.computed, 100.0, kTolerance);
    EXPECT_NEAR(*cr.ltv.computed, 4000.0, kTolerance);
}

TEST_F(TrackingCalculatorTest, OverrideIsMarkedAndTheComputedValueKept)
{
    TrackingStore store(db->connection(), db->dialect());
    store.setOverride({QStringLiteral("2011Q3"), QStringLiteral("high_value"), TrackingMetric::ChurnRate, 7.0,
                       QDateTime(QDate(2011, 10, 2), QTime(9, 0))});
    // Entered again: replaces the first value.
    store.setOverride({QStringLiteral("2011Q3"), QStringLiteral("high_value"), TrackingMetric::ChurnRate, 5.0,
                       QDateTime(QDate(2011, 10, 3), QTime(9, 0))});
    store.setOverride({QStringLiteral("2011Q3"), QStringLiteral("churn_risk"), TrackingMetric::Ltv, 2500000.0,
                       QDateTime(QDate(2011, 10, 3), QTime(9, 0))});
    store.setSuggestion(QStringLiteral("2011Q3"), QStringLiteral("high_value"),
                        QStringLiteral("  add one-to-one consulting "));
    EXPECT_EQ(store.overrides(QStringLiteral("2011Q3")).size(), 2u);

    const TrackingTable t = table();
    const TrackingRow& hv = row(t, "high_value");
    ASSERT_TRUE(hv.churnRate.isOverridden());
    EXPECT_DOUBLE_EQ(*hv.churnRate.overridden, 5.0);
    EXPECT_DOUBLE_EQ(*hv.churnRate.shown(), 5.0);
    EXPECT_NEAR(*hv.churnRate.computed, 100.0 / 3.0, kTolerance); // kept beside it
    EXPECT_EQ(hv.churnRate.overriddenAt, QDateTime(QDate(2011, 10, 3), QTime(9, 0)));
    EXPECT_FALSE(hv.repurchaseRate.isOverridden());
    EXPECT_NEAR(*hv.repurchaseRate.shown(), 50.0, kTolerance);
    EXPECT_EQ(hv.suggestion, QStringLiteral("add one-to-one consulting"));

    const TrackingRow& cr = row(t, "churn_risk");
    EXPECT_DOUBLE_EQ(*cr.ltv.shown(), 2500000.0);
    EXPECT_NEAR(*cr.ltv.computed, 4000.0, kTolerance);
    EXPECT_TRUE(cr.suggestion.isEmpty());

    // Removing the override brings the computed value back; an empty suggestion removes it.
    EXPECT_TRUE(store.removeOverride(QStringLiteral("2011Q3"), QStringLiteral("high_value"),
                                     TrackingMetric::ChurnRate));
    store.setSuggestion(QStringLiteral("2011Q3"), QStringLiteral("high_value"), QStringLiteral("  "));
    const TrackingRow after = row(table(), "high_value");
    EXPECT_FALSE(after.churnRate.isOverridden());
    EXPECT_NEAR(*after.churnRate.shown(), 100.0 / 3.0, kTolerance);
    EXPECT_TRUE(after.suggestion.isEmpty());
}

TEST_F(TrackingCalculatorTest, TableFromGivenTiersAndFactsEqualsTheTableItReadsItself)
{
    TrackingStore(db->connection(), db->dialect())
        .setOverride({QStringLiteral("2011Q3"), QStringLiteral("high_value"), TrackingMetric::Nps, 20.0,
                      QDateTime(QDate(2011, 10, 2), QTime(9, 0))});
    TrackingCalculator::Options options;
    options.runEngine = false;
    const TrackingCalculator calculator(db->connection(), db->dialect(), options);
    const KpiCustomerAnalysis atStart = calculator.tiersAtStart(q3, {});
    const KpiPeriodData facts = KpiDataReader(db->connection(), db->dialect())
                                    .read(q3.start(), q3.end(), options.settings.activationDays);
    const TrackingTable given = calculator.table(q3, atStart, facts);
    const TrackingTable read = table();
    EXPECT_EQ(given.startPeriod, read.startPeriod);
    EXPECT_EQ(given.tierModel, read.tierModel);
    ASSERT_EQ(given.rows.size(), read.rows.size());
    ASSERT_EQ(given.rows.size(), 2u);
    for (size_t i = 0; i < given.rows.size(); ++i) {
        EXPECT_EQ(given.rows[i].tier, read.rows[i].tier);
        EXPECT_EQ(given.rows[i].customers, read.rows[i].customers);
        for (TrackingMetric metric : allTrackingMetrics()) {
            EXPECT_EQ(given.rows[i].figure(metric).computed, read.rows[i].figure(metric).computed);
            EXPECT_EQ(given.rows[i].figure(metric).shown(), read.rows[i].figure(metric).shown());
        }
    }
    EXPECT_DOUBLE_EQ(*row(given, "high_value").nps.shown(), 20.0);
}

TEST_F(TrackingCalculatorTest, EnteredRowForATierWithoutCustomersIsShown)
{
    TrackingStore store(db->connection(), db->dialect());
    store.setSuggestion(QStringLiteral("2011Q3"), QStringLiteral("potential"),
                        QStringLiteral("offer a trial"));
    const TrackingTable t = table();
    ASSERT_EQ(t.rows.size(), 3u);
    EXPECT_EQ(t.rows[1].tier, QStringLiteral("potential")); // between high-value and churn-risk
    EXPECT_EQ(t.rows[1].customers, 0);
    EXPECT_FALSE(t.rows[1].repurchaseRate.computed);
    EXPECT_FALSE(t.rows[1].repurchaseRate.reason.isEmpty());
    EXPECT_EQ(t.rows[1].suggestion, QStringLiteral("offer a trial"));
}

TEST_F(TrackingCalculatorTest, WithoutStartTiersThereAreNoRowsAndANote)
{
    const TrackingTable t = TrackingCalculator(db->connection(), db->dialect(), {{}, false, {}})
                                .table(AnalysisPeriod::quarter(2011, 2));
    EXPECT_TRUE(t.rows.empty()); // no 2011Q1 snapshot and no engine run
    EXPECT_EQ(t.tierSource, KpiCustomerAnalysis::Source::None);
    ASSERT_EQ(t.notes.size(), 1);
    EXPECT_TRUE(t.notes.first().contains(QStringLiteral("2011Q1")));
}

TEST_F(TrackingCalculatorTest, EngineRunAsOfTheDayBeforeTheStartWhenNoSnapshot)
{
    const TrackingTable t =
        TrackingCalculator(db->connection(), db->dialect()).table(AnalysisPeriod::quarter(2011, 2));
    EXPECT_EQ(t.tierSource, KpiCustomerAnalysis::Source::Engine);
    // Every customer who had bought by 31 March is in exactly one row; N (created in August) in none.
    qint64 customers = 0;
    for (const TrackingRow& r : t.rows)
        customers += r.customers;
    EXPECT_EQ(customers, 5);
}

TEST_F(TrackingCalculatorTest, SnapshotOfAnotherTierModelIsNotUsed)
{
    // Asked for rfm11 while the 2011Q2 snapshot holds seed4 tiers: without the engine, nothing.
    TrackingCalculator::Options options;
    options.runEngine = false;
    const TrackingTable t =
        TrackingCalculator(db->connection(), db->dialect(), options).table(q3, QStringLiteral("rfm11"));
    EXPECT_TRUE(t.rows.empty());
    ASSERT_EQ(t.notes.size(), 1);
    EXPECT_TRUE(t.notes.first().contains(QStringLiteral("rfm11")));
    // The snapshot's own model is fine.
    EXPECT_EQ(
        TrackingCalculator(db->connection(), db->dialect(), options).rows(q3, QStringLiteral("seed4")).size(),
        2u);
}

TEST_F(TrackingCalculatorTest, MixedSnapshotGivesTheRowsOfTheModelAskedFor)
{
    // A snapshot of each kind's default model holds seed4 and tob4 tiers side by side.
    using Row = test::PlanningTestDatabase::SnapshotRow;
    data.customer(QStringLiteral("B1"));
    data.order(QStringLiteral("B1"), QDate(2011, 4, 2), 900000);
    sql::run(db->connection(), QStringLiteral("DELETE FROM analysis_snapshot WHERE period = '2011Q2'"));
    data.snapshot(QStringLiteral("2011Q2"), QDate(2011, 6, 30),
                  {Row{QStringLiteral("P1"), QStringLiteral("high_value")},
                   Row{QStringLiteral("B1"), QStringLiteral("strategic")}},
                  QStringLiteral("seed4+tob4"));
    TrackingCalculator::Options options;
    options.runEngine = false;
    const TrackingCalculator calculator(db->connection(), db->dialect(), options);
    const std::vector<TrackingRow> all = calculator.rows(q3);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].tier, QStringLiteral("high_value"));
    EXPECT_EQ(all[1].tier, QStringLiteral("strategic"));
    const std::vector<TrackingRow> consumer = calculator.rows(q3, QStringLiteral("seed4"));
    ASSERT_EQ(consumer.size(), 1u);
    EXPECT_EQ(consumer[0].tier, QStringLiteral("high_value"));
    EXPECT_EQ(consumer[0].customers, 1);
    const std::vector<TrackingRow> business = calculator.rows(q3, QStringLiteral("tob4"));
    ASSERT_EQ(business.size(), 1u);
    EXPECT_EQ(business[0].tier, QStringLiteral("strategic"));
    EXPECT_NEAR(*business[0].ltv.computed, 900000.0, kTolerance);
}

TEST_F(TrackingCalculatorTest, StoreRejectsBadEntries)
{
    TrackingStore store(db->connection(), db->dialect());
    const auto expectRejected = [&](const TrackingOverride& entry, const QString& mentioned) {
        try {
            store.setOverride(entry);
            ADD_FAILURE() << "accepted " << mentioned.toStdString();
        } catch (const StorageError& e) {
            EXPECT_EQ(e.kind(), StorageError::Kind::Validation);
            EXPECT_TRUE(e.message().contains(mentioned)) << e.message().toStdString();
        }
    };
    const QString hv = QStringLiteral("high_value");
    expectRejected({QStringLiteral("2011Q5"), hv, TrackingMetric::Nps, 10.0, {}}, QStringLiteral("2011Q5"));
    expectRejected({QStringLiteral("2011Q3"), QString(), TrackingMetric::Nps, 10.0, {}},
                   QStringLiteral("tier"));
    expectRejected({QStringLiteral("2011Q3"), hv, TrackingMetric::Nps, 150.0, {}}, QStringLiteral("150"));
    expectRejected({QStringLiteral("2011Q3"), hv, TrackingMetric::ChurnRate, -1.0, {}}, QStringLiteral("-1"));
    expectRejected({QStringLiteral("2011Q3"), hv, TrackingMetric::Ltv, -5.0, {}}, QStringLiteral("-5"));
    EXPECT_TRUE(store.overrides(QStringLiteral("2011Q3")).empty());
    store.setOverride({QStringLiteral("2011Q3"), hv, TrackingMetric::Nps, -100.0, {}});
    ASSERT_EQ(store.overrides(QStringLiteral("2011Q3")).size(), 1u);
    EXPECT_TRUE(store.overrides(QStringLiteral("2011Q3"))[0].enteredAt.isValid());
}

TEST(TrackingMetricTest, CodesRoundTrip)
{
    for (TrackingMetric metric : allTrackingMetrics())
        EXPECT_EQ(trackingMetricFromCode(trackingMetricCode(metric)), metric);
    EXPECT_FALSE(trackingMetricFromCode(QStringLiteral("retention_rate")));
}

} // namespace
