// Time of the Settings page's live count: how many of 100,000 customers a candidate scheme and tier
// model would move, against a baseline analysis in memory (ReclassificationPreview). The preview is
// built once per analysis (a copy of the figures) and evaluated on every edit.
#include "analytics/ReclassificationPreview.h"
#include "analytics/RfmScorer.h"

#include <benchmark/benchmark.h>
#include <random>

using namespace clientele;

namespace {

constexpr int kCustomers = 100'000;

// The same base as bench_rfm (retail-shaped, one in ten never bought), with codes, names and
// kinds as a real analysis carries them (nine ToC customers to one ToB), tiered by quintile and each
// kind's default model.
const CustomerAnalyses& baseline()
{
    static const CustomerAnalyses analyses = [] {
        std::mt19937 random(42);
        std::geometric_distribution<int> orders(0.45);
        std::uniform_int_distribution<int> days(0, 720);
        std::lognormal_distribution<double> spend(10.0, 1.2);
        std::uniform_real_distribution<double> years(1.0, 4.0);
        CustomerAnalyses list(kCustomers);
        for (int i = 0; i < kCustomers; ++i) {
            CustomerFigures& c = list[static_cast<size_t>(i)].figures;
            c.customerId = i + 1;
            c.code = QStringLiteral("C%1").arg(i + 1, 6, 10, QLatin1Char('0'));
            c.name = QStringLiteral("Customer %1").arg(i + 1);
            c.kind = i % 10 == 9 ? QStringLiteral("tob") : QStringLiteral("toc");
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
    return analyses;
}

ReclassificationPreview::Candidate candidate(const char* scheme, const char* model)
{
    ReclassificationPreview::Candidate c;
    c.scheme = *ScoringScheme::builtIn(QString::fromLatin1(scheme));
    c.tierModelCode = QString::fromLatin1(model);
    c.models = TierModel::builtIns();
    return c;
}

qint64 total()
{
    qint64 sum = 0;
    for (const CustomerAnalysis& c : baseline())
        sum += c.figures.netAmountMinor;
    return sum;
}

// The baseline's own tiers: quintile and each kind's default.
const ReclassificationPreview& preview()
{
    static const ReclassificationPreview p = [] {
        CustomerAnalyses tiered = baseline();
        const ReclassificationPreview untiered(tiered, total());
        const std::vector<QString> segments = untiered.segments(candidate("quintile", ""));
        for (size_t i = 0; i < tiered.size(); ++i)
            tiered[i].tier.segment = segments[i];
        return ReclassificationPreview(tiered, total());
    }();
    return p;
}

void buildPreview(benchmark::State& state)
{
    const qint64 sum = total();
    for (auto _ : state) {
        const ReclassificationPreview p(baseline(), sum);
        benchmark::DoNotOptimize(p.customerCount());
    }
    state.counters["customers"] = kCustomers;
}
BENCHMARK(buildPreview)->Unit(benchmark::kMillisecond);

void evaluate(benchmark::State& state, const char* scheme, const char* model)
{
    const ReclassificationPreview& p = preview();
    const ReclassificationPreview::Candidate c = candidate(scheme, model);
    int changed = 0;
    for (auto _ : state) {
        const ReclassificationPreview::Outcome outcome = p.evaluate(c);
        changed = outcome.changed;
        benchmark::DoNotOptimize(outcome.moves.data());
    }
    state.counters["customers"] = kCustomers;
    state.counters["changed"] = changed;
}
BENCHMARK_CAPTURE(evaluate, toc_kind_defaults, "toc", "")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(evaluate, quintile_rfm11, "quintile", "rfm11")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(evaluate, tob_seed4, "tob", "seed4")->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
