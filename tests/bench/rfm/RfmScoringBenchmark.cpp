// Time of RFM scoring and tier assignment for 100,000 customers: quintiles (three sorts) and fixed
// thresholds, with and without the per-customer trace, then the seed4 / rfm11 maps.
#include "analytics/RfmScorer.h"
#include "analytics/TierModel.h"

#include <benchmark/benchmark.h>
#include <random>

using namespace clientele;

namespace {

constexpr int kCustomers = 100'000;

// Figures shaped like a retail base: most customers bought once or twice, spend is skewed, and
// one in ten never bought.
const CustomerFiguresList& base()
{
    static const CustomerFiguresList customers = [] {
        std::mt19937 random(42);
        std::geometric_distribution<int> orders(0.45);
        std::uniform_int_distribution<int> days(0, 720);
        std::lognormal_distribution<double> spend(10.0, 1.2);
        std::uniform_real_distribution<double> years(1.0, 4.0);
        CustomerFiguresList list(kCustomers);
        for (int i = 0; i < kCustomers; ++i) {
            CustomerFigures& c = list[static_cast<size_t>(i)];
            if (i % 10 == 0)
                continue;
            c.orders = 1 + orders(random);
            c.recencyDays = days(random);
            const double y = years(random);
            c.ordersPerYear = c.orders / y;
            c.netAmountMinor = static_cast<qint64>(spend(random)) * c.orders;
            c.amountPerYearMinor = static_cast<qint64>(static_cast<double>(c.netAmountMinor) / y);
            c.tenureDays = y * 365.25;
        }
        return list;
    }();
    return customers;
}

void score(benchmark::State& state, const char* scheme, RfmScorer::Reasons reasons)
{
    const ScoringScheme s = *ScoringScheme::builtIn(QString::fromLatin1(scheme));
    for (auto _ : state) {
        const std::vector<RfmScoring> scored = RfmScorer::score(s, base(), reasons);
        benchmark::DoNotOptimize(scored.data());
    }
    state.counters["customers"] = kCustomers;
}
BENCHMARK_CAPTURE(score, quintile_scores_only, "quintile", RfmScorer::Reasons::Omit)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(score, quintile_with_trace, "quintile", RfmScorer::Reasons::Include)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(score, toc_scores_only, "toc", RfmScorer::Reasons::Omit)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(score, toc_with_trace, "toc", RfmScorer::Reasons::Include)->Unit(benchmark::kMillisecond);

void assignTiers(benchmark::State& state, const char* model)
{
    const TierModel m = *TierModel::builtIn(QString::fromLatin1(model));
    std::vector<RfmScore> scores;
    for (const RfmScoring& s : RfmScorer::score(*ScoringScheme::builtIn(QStringLiteral("quintile")), base(),
                                                RfmScorer::Reasons::Omit))
        scores.push_back(s.score);
    qint64 total = 0;
    for (const CustomerFigures& c : base())
        total += c.netAmountMinor;
    for (auto _ : state) {
        const std::vector<TierAssignment> tiers = m.assignAll(base(), scores, {total});
        benchmark::DoNotOptimize(tiers.data());
    }
    state.counters["customers"] = kCustomers;
}
BENCHMARK_CAPTURE(assignTiers, seed4, "seed4")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(assignTiers, rfm11, "rfm11")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(assignTiers, tob4, "tob4")->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
