// Time of the BG/NBD and Gamma-Gamma fits on the CDNOW summaries (2357 customers, 946 repeat buyers),
// including the curvature check and standard errors that every fit computes.
#include "analytics/BgNbdModel.h"
#include "analytics/ClvCalculator.h"
#include "analytics/CustomerSummaryReader.h"
#include "analytics/GammaGammaModel.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace clientele;

namespace {

const CustomerSummaries& cdnow()
{
    static const CustomerSummaries customers = CustomerSummaryReader::readCsv(
        QStringLiteral(CLIENTELE_SHARED_DATA_DIR "/cdnow/cdnow_customers_summary_with_transactions.csv"));
    return customers;
}

void bgNbdFit(benchmark::State& state)
{
    int iterations = 0;
    for (auto _ : state) {
        const BgNbdModel::Fit fit = BgNbdModel::fit(cdnow());
        if (!fit.diagnostics.converged)
            state.SkipWithError("BG/NBD fit did not converge");
        iterations = fit.diagnostics.iterations;
        benchmark::DoNotOptimize(fit.parameters.r);
    }
    state.counters["customers"] = static_cast<double>(cdnow().size());
    state.counters["bfgs_iterations"] = iterations;
}
BENCHMARK(bgNbdFit)->Unit(benchmark::kMillisecond);

void gammaGammaFit(benchmark::State& state)
{
    for (auto _ : state) {
        const GammaGammaModel::Fit fit = GammaGammaModel::fit(cdnow());
        if (!fit.diagnostics.converged)
            state.SkipWithError("Gamma-Gamma fit did not converge");
        benchmark::DoNotOptimize(fit.parameters.p);
    }
}
BENCHMARK(gammaGammaFit)->Unit(benchmark::kMillisecond);

// Twelve-month CLV for every CDNOW customer from fitted models (the per-customer cost after fitting).
void clvForAllCustomers(benchmark::State& state)
{
    const ClvCalculator calculator(BgNbdModel::fit(cdnow()), GammaGammaModel::fit(cdnow()));
    for (auto _ : state) {
        double total = 0.0;
        for (const CustomerSummary& c : cdnow())
            total += calculator.estimate(c).value;
        benchmark::DoNotOptimize(total);
    }
}
BENCHMARK(clvForAllCustomers)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
