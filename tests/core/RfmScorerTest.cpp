// RFM scores: the seed example under the ToB thresholds, threshold bands, the quintile tie rule,
// customers who never bought, and monotonicity.
#include "analytics/RfmScorer.h"

#include "analytics/AnalyticsRuleError.h"

#include <QJsonArray>

#include <gtest/gtest.h>
#include <random>

using namespace clientele;

namespace {

// A customer as an imported summary row of seed 001's template 1 gives it.
CustomerFigures summaryRow(const char* code, int recencyDays, double ordersPerYear, qint64 amountPerYearYuan)
{
    CustomerFigures c;
    c.code = QString::fromLatin1(code);
    c.recencyDays = recencyDays;
    c.ordersPerYear = ordersPerYear;
    c.amountPerYearMinor = amountPerYearYuan * 100;
    c.fromSummaryRow = true;
    return c;
}

CustomerFigures buyer(int recencyDays, double ordersPerYear, qint64 amountPerYearMinor)
{
    CustomerFigures c;
    c.recencyDays = recencyDays;
    c.orders = 1;
    c.ordersPerYear = ordersPerYear;
    c.amountPerYearMinor = amountPerYearMinor;
    return c;
}

ScoringScheme scheme(const char* code)
{
    const auto s = ScoringScheme::builtIn(QString::fromLatin1(code));
    EXPECT_TRUE(s.has_value()) << code;
    return *s;
}

std::vector<int> rScores(const std::vector<RfmScoring>& scored)
{
    std::vector<int> r;
    for (const RfmScoring& s : scored)
        r.push_back(s.score.r);
    return r;
}

} // namespace

TEST(RfmScorer, ToBThresholdsReproduceSeed001sWorkedExample)
{
    const CustomerFiguresList seed = {summaryRow("C001", 15, 12, 150'000), summaryRow("C002", 90, 3, 20'000),
                                      summaryRow("C003", 45, 6, 60'000)};
    const std::vector<RfmScoring> scored = RfmScorer::score(scheme("tob"), seed);
    ASSERT_EQ(scored.size(), 3u);
    EXPECT_EQ(scored[0].score.code(), QStringLiteral("555"));
    EXPECT_EQ(scored[1].score.code(), QStringLiteral("321"));
    EXPECT_EQ(scored[2].score.code(), QStringLiteral("433"));

    // The trace names the figure and the boundary of each score.
    EXPECT_EQ(scored[1].reasons,
              QStringList(
                  {QStringLiteral("R 3: last order 90 days ago, above the 60-day boundary, within 120 days"),
                   QStringLiteral("F 2: 3 orders a year, at or above the boundary of 2, below 4"),
                   QStringLiteral("M 1: 20,000 a year, below the boundary of 30,000")}));
    EXPECT_EQ(scored[0].reasons.at(0),
              QStringLiteral("R 5: last order 15 days ago, within the 30-day boundary"));
    EXPECT_EQ(scored[0].reasons.at(2),
              QStringLiteral("M 5: 150,000 a year, at or above the boundary of 150,000"));
}

TEST(RfmScorer, AThresholdBoundaryBelongsToTheBetterBand)
{
    const ScoringScheme tob = scheme("tob"); // R 30/60/120/240, F 2/4/8/12, M 30k/50k/100k/150k
    const CustomerFiguresList customers = {buyer(30, 2.0, 3'000'000), buyer(31, 1.99, 2'999'999),
                                           buyer(240, 12.0, 15'000'000), buyer(241, 0.5, 0)};
    const std::vector<RfmScoring> s = RfmScorer::score(tob, customers);
    EXPECT_EQ(s[0].score, (RfmScore{5, 2, 2}));
    EXPECT_EQ(s[1].score, (RfmScore{4, 1, 1}));
    EXPECT_EQ(s[2].score, (RfmScore{2, 5, 5}));
    EXPECT_EQ(s[3].score, (RfmScore{1, 1, 1}));
    EXPECT_EQ(s[3].reasons.at(0), QStringLiteral("R 1: last order 241 days ago, above the 240-day boundary"));
}

TEST(RfmScorer, QuintilesOfTenDistinctCustomersGiveTwoPerScore)
{
    CustomerFiguresList customers;
    for (int i = 0; i < 10; ++i)
        customers.push_back(buyer(100 - 10 * i, 1.0 + i, 1000 * (i + 1)));
    const std::vector<RfmScoring> s = RfmScorer::score(scheme("quintile"), customers);
    for (int i = 0; i < 10; ++i) {
        const int expected = 1 + i / 2;
        EXPECT_EQ(s[static_cast<size_t>(i)].score, (RfmScore{expected, expected, expected})) << i;
    }
    // Customer 7 (recency 30) is more recent than 7 of the 10: 70% lies in R 4's band.
    EXPECT_EQ(s[7].reasons.at(0),
              QStringLiteral("R 4: last order 30 days ago, more recent than 70% of the 10 "
                             "customers scored (R 4 takes 60% up to 80%)"));
    EXPECT_EQ(s[0].reasons.at(2),
              QStringLiteral("M 1: 10 a year, more than 0% of the 10 customers scored (M 1 "
                             "takes 0% up to 20%)"));
}

TEST(RfmScorer, EqualValuesGetTheScoreOfTheLowestPositionOfTheirBlock)
{
    // Frequencies 1,1,1,1,1,1,2,2,3,4: the six one-order customers have nobody below them → F 1; the
    // two at 2 have six below → 1 + ⌊5·6/10⌋ = 4; 3 has eight below → 5; 4 has nine below → 5.
    const double frequencies[] = {1, 1, 1, 1, 1, 1, 2, 2, 3, 4};
    CustomerFiguresList customers;
    for (double f : frequencies)
        customers.push_back(buyer(10, f, 500));
    const std::vector<RfmScoring> s = RfmScorer::score(scheme("quintile"), customers);
    const int expectedF[] = {1, 1, 1, 1, 1, 1, 4, 4, 5, 5};
    for (size_t i = 0; i < customers.size(); ++i) {
        EXPECT_EQ(s[i].score.f, expectedF[i]) << i;
        // Everybody shares recency and amount: nobody is strictly worse, so all score 1.
        EXPECT_EQ(s[i].score.r, 1) << i;
        EXPECT_EQ(s[i].score.m, 1) << i;
    }

    // Recency ties at the top: three customers bought today, seven earlier (distinct).
    CustomerFiguresList recent;
    for (int d : {0, 0, 0, 5, 6, 7, 8, 9, 10, 11})
        recent.push_back(buyer(d, 1, 100));
    // The three at 0 days have seven less recent below them: 1 + ⌊35/10⌋ = 4 each; 5 days has six
    // below → 4; 6 days five → 3; 7 → 3; 8 → 2; 9 → 2; 10 → 1; 11 → 1.
    EXPECT_EQ(rScores(RfmScorer::score(scheme("quintile"), recent)),
              (std::vector<int>{4, 4, 4, 4, 3, 3, 2, 2, 1, 1}));
}

TEST(RfmScorer, CustomersWhoNeverBoughtAreNotScoredNorCountedInTheQuintiles)
{
    CustomerFiguresList customers;
    customers.push_back(CustomerFigures{}); // a prospect
    for (int i = 0; i < 5; ++i)
        customers.push_back(buyer(50 - i, 1 + i, 100 * (i + 1)));
    customers.push_back(CustomerFigures{});
    for (const char* code : {"quintile", "tob", "toc"}) {
        const std::vector<RfmScoring> s = RfmScorer::score(scheme(code), customers);
        ASSERT_EQ(s.size(), customers.size());
        EXPECT_FALSE(s.front().score.isScored()) << code;
        EXPECT_EQ(s.front().score.code(), QString()) << code;
        EXPECT_EQ(s.front().reasons,
                  QStringList{QStringLiteral("Not scored: no purchase up to the analysis date.")});
        EXPECT_FALSE(s.back().score.isScored()) << code;
    }
    // Five buyers alone make the base: scores 1..5 in order, whatever the two prospects.
    const std::vector<RfmScoring> s = RfmScorer::score(scheme("quintile"), customers);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(s[static_cast<size_t>(i + 1)].score, (RfmScore{i + 1, i + 1, i + 1}));
}

TEST(RfmScorer, ReasonsCanBeLeftOutWithoutChangingTheScores)
{
    CustomerFiguresList customers = {buyer(3, 2, 100), buyer(90, 1, 50), CustomerFigures{}};
    for (const char* code : {"quintile", "toc"}) {
        const auto with = RfmScorer::score(scheme(code), customers);
        const auto without = RfmScorer::score(scheme(code), customers, RfmScorer::Reasons::Omit);
        for (size_t i = 0; i < customers.size(); ++i) {
            EXPECT_EQ(with[i].score, without[i].score);
            EXPECT_TRUE(without[i].reasons.isEmpty());
            EXPECT_FALSE(with[i].reasons.isEmpty());
        }
    }
}

// Property: a customer at least as good as another on a dimension never scores lower on it, and
// equal values score equal, under every built-in scheme.
TEST(RfmScorer, ScoresAreMonotoneInTheirFigures)
{
    std::mt19937 random(20240301);
    std::uniform_int_distribution<int> days(0, 400);
    std::uniform_int_distribution<int> orders(1, 30);
    std::uniform_int_distribution<qint64> amount(0, 30'000'000);
    CustomerFiguresList customers;
    for (int i = 0; i < 400; ++i)
        // Coarse values so that ties are common.
        customers.push_back(
            buyer(days(random) / 10 * 10, orders(random) / 2.0, amount(random) / 1'000'000 * 1'000'000));

    for (const ScoringScheme& s : ScoringScheme::builtIns()) {
        const std::vector<RfmScoring> scored = RfmScorer::score(s, customers);
        for (size_t i = 0; i < customers.size(); ++i) {
            const RfmScore a = scored[i].score;
            ASSERT_TRUE(a.r >= 1 && a.r <= 5 && a.f >= 1 && a.f <= 5 && a.m >= 1 && a.m <= 5);
            for (size_t j = 0; j < customers.size(); ++j) {
                const CustomerFigures& ci = customers[i];
                const CustomerFigures& cj = customers[j];
                const RfmScore b = scored[j].score;
                if (ci.recencyDays <= cj.recencyDays) {
                    ASSERT_GE(a.r, b.r) << s.code.toStdString() << " " << i << " " << j;
                }
                if (ci.ordersPerYear >= cj.ordersPerYear) {
                    ASSERT_GE(a.f, b.f) << s.code.toStdString();
                }
                if (ci.amountPerYearMinor >= cj.amountPerYearMinor) {
                    ASSERT_GE(a.m, b.m) << s.code.toStdString();
                }
            }
        }
    }
}

TEST(ScoringScheme, JsonRoundTripAndClearErrors)
{
    for (const ScoringScheme& s : ScoringScheme::builtIns()) {
        const ScoringScheme back = ScoringScheme::fromJson(s.toJson());
        EXPECT_EQ(back.toJson(), s.toJson());
        EXPECT_EQ(back.recencyDays, s.recencyDays);
        EXPECT_EQ(back.amountPerYearMinor, s.amountPerYearMinor);
    }
    QJsonObject bad = scheme("tob").toJson();
    bad.insert(QStringLiteral("orders_per_year"), QJsonArray{2, 8, 4, 12});
    try {
        ScoringScheme::fromJson(bad);
        FAIL() << "descending boundaries must be refused";
    } catch (const AnalyticsRuleError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("“tob”"))) << e.what();
        EXPECT_TRUE(e.message().contains(QStringLiteral("frequency"))) << e.what();
    }
    bad = scheme("tob").toJson();
    bad.insert(QStringLiteral("method"), QStringLiteral("deciles"));
    EXPECT_THROW(ScoringScheme::fromJson(bad), AnalyticsRuleError);
    bad = scheme("toc").toJson();
    bad.remove(QStringLiteral("recency_days"));
    EXPECT_THROW(ScoringScheme::fromJson(bad), AnalyticsRuleError);
}
