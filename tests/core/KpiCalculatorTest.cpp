// Every KPI worked out by hand on the small customer base of KpiTestDatabase.cpp (2011Q3 against
// 2011Q2), plus the edge cases: an empty period, no previous period, cancellations, CAC without spend.
#include "analytics/KpiCalculator.h"

#include "KpiTestDatabase.h"
#include "TestSupport.h"
#include "analytics/KpiCatalog.h"
#include "analytics/KpiMeasurer.h"
#include "storage/MarketingSpendStore.h"
#include "storage/StorageError.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

constexpr double kTolerance = 1e-9;

class KpiCalculatorTest : public ::testing::Test
{
protected:
    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
    QMap<QString, qint64> ids = test::fillKpiTestDatabase(*db);

    KpiReport calculate(const QString& period, bool byTier = false) const
    {
        KpiCalculator::Options options;
        options.byTier = byTier;
        options.runEngine = false; // tiers and predicted values only from the snapshots written here
        return KpiCalculator(db->connection(), db->dialect())
            .calculate(*AnalysisPeriod::parse(period), options);
    }

    void writeSnapshots() const { test::writeKpiTestSnapshots(*db, ids); }
};

const KpiRow& row(const KpiReport& report, const char* code, const QString& tier = {})
{
    for (const KpiRow& r : report.rows)
        if (r.code == QLatin1String(code) && r.tier == tier)
            return r;
    static const KpiRow missing;
    ADD_FAILURE() << "no row " << code << " / " << tier.toStdString();
    return missing;
}

double value(const KpiReport& report, const char* code, const QString& tier = {})
{
    const KpiRow& r = row(report, code, tier);
    EXPECT_TRUE(r.available) << code << ": " << r.reason.toStdString();
    return r.value.value_or(-999999.0);
}

} // namespace

TEST_F(KpiCalculatorTest, CountsActiveAndNewCustomers)
{
    const KpiReport q3 = calculate(QStringLiteral("2011Q3"));
    EXPECT_EQ(q3.period, QStringLiteral("2011Q3"));
    EXPECT_EQ(q3.previousPeriod, QStringLiteral("2011Q2"));
    // A, C, D, E, F, H bought; L only cancelled; the order without a customer counts nowhere.
    EXPECT_DOUBLE_EQ(value(q3, KpiCatalog::ActiveCustomers), 6.0);
    // Base: everyone created or buying by 30 Sep, i.e. all but K.
    EXPECT_EQ(row(q3, KpiCatalog::ActiveCustomers).population, 11);
    EXPECT_DOUBLE_EQ(value(q3, KpiCatalog::NewCustomers), 3.0); // C, D, E
    // 2011Q2: A, B, L bought, all three for the first time.
    EXPECT_DOUBLE_EQ(*row(q3, KpiCatalog::ActiveCustomers).previousValue, 3.0);
    EXPECT_DOUBLE_EQ(*row(q3, KpiCatalog::ActiveCustomers).change, 3.0);
    EXPECT_DOUBLE_EQ(*row(q3, KpiCatalog::NewCustomers).previousValue, 3.0);
    EXPECT_DOUBLE_EQ(*row(q3, KpiCatalog::NewCustomers).change, 0.0);
    EXPECT_EQ(row(q3, KpiCatalog::ActiveCustomers).previousPopulation, 7);
}

TEST_F(KpiCalculatorTest, RepurchaseChurnAndRetention)
{
    const KpiReport q3 = calculate(QStringLiteral("2011Q3"));
    // A (O-A2, O-A3), C and E have two orders of six active customers.
    EXPECT_NEAR(value(q3, KpiCatalog::RepurchaseRate), 50.0, kTolerance);
    EXPECT_EQ(row(q3, KpiCatalog::RepurchaseRate).population, 6);
    EXPECT_NEAR(*row(q3, KpiCatalog::RepurchaseRate).previousValue, 0.0, kTolerance);
    // Active in Q2: A, B, L; only A bought again (L's Q3 cancellation is no purchase).
    EXPECT_NEAR(value(q3, KpiCatalog::ChurnRate), 200.0 / 3.0, kTolerance);
    EXPECT_NEAR(value(q3, KpiCatalog::RetentionRate), 100.0 / 3.0, kTolerance);
    EXPECT_EQ(row(q3, KpiCatalog::ChurnRate).population, 3);
    // Q2 against Q1: F and G bought in Q1, neither in Q2.
    EXPECT_NEAR(*row(q3, KpiCatalog::ChurnRate).previousValue, 100.0, kTolerance);
    EXPECT_NEAR(*row(q3, KpiCatalog::ChurnRate).change, 200.0 / 3.0 - 100.0, kTolerance);
    EXPECT_NEAR(*row(q3, KpiCatalog::RetentionRate).previousValue, 0.0, kTolerance);
}

TEST_F(KpiCalculatorTest, NpsUsesEachCustomersLatestScoreInThePeriod)
{
    const KpiReport q3 = calculate(QStringLiteral("2011Q3"));
    // A's latest is 6 (detractor), B 9 (promoter), C 7 (passive), J 3 (detractor); D gave no score.
    EXPECT_NEAR(value(q3, KpiCatalog::Nps), 100.0 * (1 - 2) / 4.0, kTolerance);
    EXPECT_EQ(row(q3, KpiCatalog::Nps).population, 4);
    // Q2: H's 10.
    EXPECT_NEAR(*row(q3, KpiCatalog::Nps).previousValue, 100.0, kTolerance);
    EXPECT_NEAR(*row(q3, KpiCatalog::Nps).change, -125.0, kTolerance);
}

TEST_F(KpiCalculatorTest, HistoricalLtvAndAverageOrderValueInMinorUnits)
{
    const KpiReport q3 = calculate(QStringLiteral("2011Q3"));
    // Net to 30 Sep: A 270.00 (cancellation −30.00), B 200, C 100, D 90, E 120, F 80, G 20, H 525,
    // I 10, L 0 → 1415.00 over 10 buyers.
    EXPECT_DOUBLE_EQ(value(q3, KpiCatalog::HistoricalLtv), 14150.0);
    EXPECT_EQ(row(q3, KpiCatalog::HistoricalLtv).population, 10);
    // To 30 Jun: A 100, B 200, F 50, G 20, H 500, I 10, L 40 → 920.00 / 7 = 131.428… → 131.43.
    EXPECT_DOUBLE_EQ(*row(q3, KpiCatalog::HistoricalLtv).previousValue, 13143.0);
    // Nine completed orders in Q3 worth 565.00 (the cancellation left out) → 62.777… → 62.78.
    EXPECT_DOUBLE_EQ(value(q3, KpiCatalog::AverageOrderValue), 6278.0);
    EXPECT_EQ(row(q3, KpiCatalog::AverageOrderValue).population, 9);
    // Q2: 100 + 200 + 40 over three orders.
    EXPECT_DOUBLE_EQ(*row(q3, KpiCatalog::AverageOrderValue).previousValue, 11333.0);
}

TEST_F(KpiCalculatorTest, ActivationWakeUpAndWinBack)
{
    const KpiReport q3 = calculate(QStringLiteral("2011Q3"));
    // C: second order after 5 days; D: interaction 5 days later, in October; E: second order after 19
    // days and an interaction only before the first order.
    EXPECT_NEAR(value(q3, KpiCatalog::ActivationRate), 200.0 / 3.0, kTolerance);
    EXPECT_EQ(row(q3, KpiCatalog::ActivationRate).population, 3);
    EXPECT_NEAR(*row(q3, KpiCatalog::ActivationRate).previousValue, 0.0, kTolerance);
    // Dormant at 1 July: F (150 days) and G (108 days); F bought.
    EXPECT_NEAR(value(q3, KpiCatalog::DormantWakeUpRate), 50.0, kTolerance);
    EXPECT_EQ(row(q3, KpiCatalog::DormantWakeUpRate).population, 2);
    // Lapsed at 1 July: H (426 days) and I (395 days); H bought.
    EXPECT_NEAR(value(q3, KpiCatalog::WinBackRate), 50.0, kTolerance);
    EXPECT_EQ(row(q3, KpiCatalog::WinBackRate).population, 2);
    // At 1 April, H and I were dormant (335 and 304 days), nobody lapsed.
    EXPECT_NEAR(*row(q3, KpiCatalog::DormantWakeUpRate).previousValue, 0.0, kTolerance);
    EXPECT_EQ(row(q3, KpiCatalog::DormantWakeUpRate).previousPopulation, 2);
    EXPECT_FALSE(row(q3, KpiCatalog::WinBackRate).previousValue.has_value());
    EXPECT_FALSE(row(q3, KpiCatalog::WinBackRate).change.has_value());
}

TEST_F(KpiCalculatorTest, InteractionRateAndTagCompleteness)
{
    const KpiReport q3 = calculate(QStringLiteral("2011Q3"));
    // E, J and A had interactions in Q3 (D's is in October), of a base of 11.
    EXPECT_NEAR(value(q3, KpiCatalog::InteractionRate), 300.0 / 11.0, kTolerance);
    EXPECT_NEAR(*row(q3, KpiCatalog::InteractionRate).previousValue, 0.0, kTolerance);
    // A and C carry four static tags; B only three (its dynamic tag does not count).
    EXPECT_NEAR(value(q3, KpiCatalog::TagCompleteness), 200.0 / 11.0, kTolerance);
    // At 30 Jun the base is A, B, F, G, H, I, L: only A complete.
    EXPECT_NEAR(*row(q3, KpiCatalog::TagCompleteness).previousValue, 100.0 / 7.0, kTolerance);
}

TEST_F(KpiCalculatorTest, CacNeedsMarketingSpend)
{
    const KpiReport without = calculate(QStringLiteral("2011Q3"));
    const KpiRow& missing = row(without, KpiCatalog::Cac);
    EXPECT_FALSE(missing.available);
    EXPECT_FALSE(missing.value.has_value());
    EXPECT_TRUE(missing.reason.contains(QStringLiteral("2011Q3"))) << missing.reason.toStdString();

    MarketingSpendStore spend(db->connection(), db->dialect());
    spend.save({QStringLiteral("2011Q3"), 99999, QStringLiteral("CNY"), {}});
    spend.save({QStringLiteral("2011Q3"), 30000, QStringLiteral("CNY"), QStringLiteral("replaces")});
    spend.save({QStringLiteral("2011Q2"), 45000, QStringLiteral("CNY"), {}});
    ASSERT_EQ(spend.all().size(), 2u);
    EXPECT_EQ(spend.find(QStringLiteral("2011Q3"))->amount, 30000);
    EXPECT_EQ(spend.find(QStringLiteral("2011Q3"))->note, QStringLiteral("replaces"));

    const KpiReport with = calculate(QStringLiteral("2011Q3"));
    // 300.00 over three new customers; Q2: 450.00 over A, B, L.
    EXPECT_DOUBLE_EQ(value(with, KpiCatalog::Cac), 10000.0);
    EXPECT_EQ(row(with, KpiCatalog::Cac).population, 3);
    EXPECT_DOUBLE_EQ(*row(with, KpiCatalog::Cac).previousValue, 15000.0);
    EXPECT_DOUBLE_EQ(*row(with, KpiCatalog::Cac).change, -5000.0);

    EXPECT_TRUE(spend.remove(QStringLiteral("2011Q3")));
    EXPECT_FALSE(spend.remove(QStringLiteral("2011Q3")));
    EXPECT_FALSE(calculate(QStringLiteral("2011Q3")).rows.empty());
    EXPECT_THROW(spend.save({QStringLiteral("2011Q4"), -1, QStringLiteral("CNY"), {}}), StorageError);
}

TEST_F(KpiCalculatorTest, PredictedLtvNeedsASnapshotWithoutTheEngine)
{
    const KpiReport without = calculate(QStringLiteral("2011Q3"));
    EXPECT_FALSE(row(without, KpiCatalog::PredictedLtv).available);
    EXPECT_FALSE(row(without, KpiCatalog::PredictedLtv).reason.isEmpty());
    EXPECT_EQ(without.tierSource, KpiCustomerAnalysis::Source::None);

    writeSnapshots();
    const KpiReport with = calculate(QStringLiteral("2011Q3"));
    EXPECT_EQ(with.tierSource, KpiCustomerAnalysis::Source::Snapshot);
    // Buyers with a predicted value: A 500.00, B 50.00, C 200.00, E 100.00.
    EXPECT_DOUBLE_EQ(value(with, KpiCatalog::PredictedLtv), 21250.0);
    EXPECT_EQ(row(with, KpiCatalog::PredictedLtv).population, 4);
    EXPECT_DOUBLE_EQ(*row(with, KpiCatalog::PredictedLtv).previousValue, 50000.0);
}

TEST_F(KpiCalculatorTest, PerTierRowsUseEachPeriodsOwnTiers)
{
    writeSnapshots();
    const KpiReport q3 = calculate(QStringLiteral("2011Q3"), true);
    // Built-in model order, best first.
    ASSERT_EQ(q3.tiers, (QStringList{QStringLiteral("high_value"), QStringLiteral("potential"),
                                     QStringLiteral("low_value"), QStringLiteral("churn_risk")}));
    const std::size_t perTier = KpiCatalog::definitions().size();
    EXPECT_EQ(q3.rows.size(), perTier * 5);

    const QString high = QStringLiteral("high_value");
    // Q3: only A; Q2: A and B.
    EXPECT_DOUBLE_EQ(value(q3, KpiCatalog::ActiveCustomers, high), 1.0);
    EXPECT_DOUBLE_EQ(*row(q3, KpiCatalog::ActiveCustomers, high).previousValue, 2.0);
    EXPECT_NEAR(value(q3, KpiCatalog::RepurchaseRate, high), 100.0, kTolerance);
    EXPECT_NEAR(value(q3, KpiCatalog::ChurnRate, high), 0.0, kTolerance);
    EXPECT_DOUBLE_EQ(value(q3, KpiCatalog::PredictedLtv, high), 50000.0);
    EXPECT_DOUBLE_EQ(*row(q3, KpiCatalog::PredictedLtv, high).change, 0.0);
    EXPECT_NEAR(value(q3, KpiCatalog::Nps, high), -100.0, kTolerance); // A's 6

    const QString potential = QStringLiteral("potential");
    EXPECT_DOUBLE_EQ(value(q3, KpiCatalog::NewCustomers, potential), 3.0);
    EXPECT_NEAR(value(q3, KpiCatalog::ActivationRate, potential), 200.0 / 3.0, kTolerance);
    EXPECT_NEAR(value(q3, KpiCatalog::RepurchaseRate, potential), 200.0 / 3.0, kTolerance);
    EXPECT_DOUBLE_EQ(value(q3, KpiCatalog::PredictedLtv, potential), 15000.0);
    EXPECT_DOUBLE_EQ(*row(q3, KpiCatalog::NewCustomers, potential).previousValue, 1.0); // L

    const QString risk = QStringLiteral("churn_risk");
    // B and H: H was lapsed and won back; B stopped buying.
    EXPECT_NEAR(value(q3, KpiCatalog::WinBackRate, risk), 100.0, kTolerance);
    EXPECT_NEAR(value(q3, KpiCatalog::ChurnRate, risk), 100.0, kTolerance);

    // Spend is entered for the whole base, so CAC is never per tier.
    MarketingSpendStore(db->connection(), db->dialect()).save({QStringLiteral("2011Q3"), 30000, {}, {}});
    const KpiReport withSpend = calculate(QStringLiteral("2011Q3"), true);
    EXPECT_TRUE(row(withSpend, KpiCatalog::Cac).available);
    EXPECT_FALSE(row(withSpend, KpiCatalog::Cac, potential).available);
    EXPECT_FALSE(row(withSpend, KpiCatalog::Cac, potential).reason.isEmpty());
}

TEST_F(KpiCalculatorTest, WithoutSnapshotsTheEngineGivesEveryCustomerATier)
{
    KpiCalculator::Options options;
    options.byTier = true;
    const KpiReport q3 = KpiCalculator(db->connection(), db->dialect())
                             .calculate(*AnalysisPeriod::parse(QStringLiteral("2011Q3")), options);
    EXPECT_EQ(q3.tierSource, KpiCustomerAnalysis::Source::Engine);
    EXPECT_EQ(q3.previousTierSource, KpiCustomerAnalysis::Source::Engine);
    ASSERT_FALSE(q3.tiers.isEmpty());
    // Every customer of the base gets exactly one tier, so the tiers' counts add up to the whole.
    for (const char* code : {KpiCatalog::ActiveCustomers, KpiCatalog::NewCustomers}) {
        double sum = 0.0;
        qint64 population = 0;
        for (const QString& tier : std::as_const(q3.tiers)) {
            sum += value(q3, code, tier);
            population += row(q3, code, tier).population;
        }
        EXPECT_DOUBLE_EQ(sum, value(q3, code)) << code;
        EXPECT_EQ(population, row(q3, code).population) << code;
    }
    // The whole-base figures do not depend on where the tiers came from.
    EXPECT_NEAR(value(q3, KpiCatalog::RepurchaseRate), 50.0, kTolerance);
    EXPECT_DOUBLE_EQ(value(q3, KpiCatalog::HistoricalLtv), 14150.0);
}

TEST_F(KpiCalculatorTest, EmptyPeriodHasCountsButNoRates)
{
    const KpiReport empty = calculate(QStringLiteral("2009Q1"));
    EXPECT_DOUBLE_EQ(value(empty, KpiCatalog::ActiveCustomers), 0.0);
    EXPECT_EQ(row(empty, KpiCatalog::ActiveCustomers).population, 0);
    for (const char* code :
         {KpiCatalog::RepurchaseRate, KpiCatalog::ChurnRate, KpiCatalog::Nps, KpiCatalog::HistoricalLtv,
          KpiCatalog::AverageOrderValue, KpiCatalog::InteractionRate, KpiCatalog::TagCompleteness,
          KpiCatalog::Cac, KpiCatalog::ActivationRate, KpiCatalog::DormantWakeUpRate,
          KpiCatalog::WinBackRate}) {
        const KpiRow& r = row(empty, code);
        EXPECT_FALSE(r.available) << code;
        EXPECT_FALSE(r.reason.isEmpty()) << code;
        EXPECT_FALSE(r.change.has_value()) << code;
    }
}

TEST_F(KpiCalculatorTest, FirstPeriodWithDataHasNoPreviousToCompare)
{
    // H's first order (1 May 2010) is the first on record; I's in June.
    const KpiReport q2 = calculate(QStringLiteral("2010Q2"));
    EXPECT_DOUBLE_EQ(value(q2, KpiCatalog::ActiveCustomers), 2.0);
    EXPECT_DOUBLE_EQ(value(q2, KpiCatalog::NewCustomers), 2.0);
    EXPECT_FALSE(row(q2, KpiCatalog::ChurnRate).available);
    EXPECT_TRUE(row(q2, KpiCatalog::ChurnRate).reason.contains(QStringLiteral("2010Q2")));
    EXPECT_FALSE(row(q2, KpiCatalog::RetentionRate).available);
    EXPECT_FALSE(row(q2, KpiCatalog::AverageOrderValue).previousValue.has_value());
    EXPECT_FALSE(row(q2, KpiCatalog::AverageOrderValue).change.has_value());
    EXPECT_DOUBLE_EQ(value(q2, KpiCatalog::AverageOrderValue), 25500.0); // (500 + 10) / 2
}

TEST_F(KpiCalculatorTest, MonthsAndYearsUseTheirOwnBounds)
{
    const KpiReport july = calculate(QStringLiteral("2011-07"));
    EXPECT_EQ(july.previousPeriod, QStringLiteral("2011-06"));
    EXPECT_DOUBLE_EQ(value(july, KpiCatalog::ActiveCustomers), 3.0); // A, C, H
    EXPECT_DOUBLE_EQ(value(july, KpiCatalog::NewCustomers), 1.0);    // C
    // June: B bought and did not come back in July.
    EXPECT_NEAR(value(july, KpiCatalog::ChurnRate), 100.0, kTolerance);

    const KpiReport year = calculate(QStringLiteral("2011"));
    // Everyone but G's and I's… G bought in 2011 (March); I only in 2010; J and K never.
    EXPECT_DOUBLE_EQ(value(year, KpiCatalog::ActiveCustomers), 9.0);
    // Active in 2010: H and I; H came back.
    EXPECT_NEAR(value(year, KpiCatalog::RetentionRate), 50.0, kTolerance);
}

TEST(KpiCatalog, CodesAreUniqueFollowTheMeasurerAndAppearInTheDocs)
{
    const std::vector<KpiDefinition> definitions = KpiCatalog::definitions();
    ASSERT_EQ(definitions.size(), 15u);
    QFile doc(QStringLiteral(CLIENTELE_DOCS_DIR "/kpi-definitions.md"));
    ASSERT_TRUE(doc.open(QIODevice::ReadOnly)) << doc.fileName().toStdString();
    const QString text = QString::fromUtf8(doc.readAll());
    // Kept identical: regenerate with `clientele-cli kpi --definitions > docs/kpi-definitions.md`.
    EXPECT_EQ(text, KpiCatalog::markdown());
    QStringList codes;
    for (const KpiDefinition& d : definitions) {
        EXPECT_FALSE(codes.contains(d.code)) << d.code.toStdString();
        codes.append(d.code);
        EXPECT_FALSE(d.name.isEmpty() || d.formula.isEmpty() || d.population.isEmpty() || d.period.isEmpty())
            << d.code.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("`%1`").arg(d.code))) << d.code.toStdString();
        // The written formula is in the doc word for word.
        EXPECT_TRUE(text.contains(d.formula)) << d.code.toStdString();
        ASSERT_TRUE(KpiCatalog::find(d.code).has_value());
        EXPECT_EQ(KpiCatalog::find(d.code)->name, d.name);
    }
    EXPECT_FALSE(KpiCatalog::find(QStringLiteral("no_such_kpi")).has_value());

    KpiPeriodData empty;
    empty.start = QDate(2011, 7, 1);
    empty.end = QDate(2011, 9, 30);
    KpiMeasurer::Input input{&empty, QStringLiteral("2011Q3"), QDate(2011, 4, 1), nullptr, {}, std::nullopt};
    QStringList measured;
    for (const KpiMeasure& m : KpiMeasurer::measure(input))
        measured.append(m.code);
    EXPECT_EQ(measured, codes);
}

TEST(KpiCatalog, SettingsChangeTheWrittenNumbers)
{
    KpiSettings settings;
    settings.activationDays = 14;
    settings.completeProfileStaticTags = 3;
    EXPECT_TRUE(
        KpiCatalog::find(QStringLiteral("activation_rate"), settings)->name.contains(QStringLiteral("14")));
    EXPECT_TRUE(KpiCatalog::find(QStringLiteral("tag_completeness"), settings)
                    ->formula.contains(QStringLiteral("at least 3")));
}
