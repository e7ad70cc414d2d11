// Times one full analytics recompute of a database, step by step, the way `clientele-cli snapshot`
// runs it: AnalyticsEngine::run (read, figures, RFM, tiers, stages, BG/NBD + Gamma-Gamma fits, CLV,
// churn risk) and SnapshotStore::write. A whole-process benchmark, run by hand:
//   bench_analytics DATABASE [PERIOD]      (PERIOD default: the quarter of the last order)
#include "analytics/AnalysisPeriod.h"
#include "analytics/AnalyticsEngine.h"
#include "storage/Database.h"
#include "storage/SnapshotStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <ctime>
#include <map>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace clientele;

namespace {

// The process's peak resident memory so far in MiB (0 where the system does not say), to tell
// which step sets the peak.
long peakRssMiB()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        return usage.ru_maxrss / 1024; // KiB on Linux
#endif
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_analytics DATABASE [PERIOD]" << Qt::endl;
        return 1;
    }
    QElapsedTimer total;
    total.start();
    auto db = Database::open(args[1]);
    AnalyticsEngine engine(db->connection(), db->dialect());

    AnalyticsEngine::Options options;
    std::optional<AnalysisPeriod> period;
    if (args.size() > 2)
        period = AnalysisPeriod::parse(args[2]);
    else
        period = AnalysisPeriod::containing(engine.defaultAsOf(), AnalysisPeriod::Kind::Quarter);
    if (!period) {
        out << "bad period" << Qt::endl;
        return 1;
    }
    options.asOf = period->end();
    options.explain = false;
    options.riskReasons = false;

    // Wall and CPU time per step, from the progress callback's step changes (CPU time is the steadier
    // figure on a busy machine).
    std::map<int, std::pair<qint64, double>> stepMs;
    std::map<int, long> stepPeakMiB; // the peak RSS at the end of each step
    QElapsedTimer step;
    step.start();
    std::clock_t cpu = std::clock();
    int current = -1;
    const auto result = engine.run(options, [&](AnalyticsEngine::Step s, int, int) {
        if (static_cast<int>(s) != current) {
            if (current >= 0) {
                stepMs[current].first += step.restart();
                stepMs[current].second += (std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC;
                stepPeakMiB[current] = peakRssMiB();
                cpu = std::clock();
            }
            current = static_cast<int>(s);
        }
    });
    QElapsedTimer write;
    write.start();
    cpu = std::clock();
    SnapshotStore(db->connection(), db->dialect()).write(*period, result);
    const qint64 writeMs = write.elapsed();
    const double writeCpu = (std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC;

    for (const auto& [s, ms] : stepMs)
        out << AnalyticsEngine::stepName(static_cast<AnalyticsEngine::Step>(s)).leftJustified(40) << ms.first
            << " ms wall, " << qRound(ms.second) << " ms CPU, peak RSS so far " << stepPeakMiB[s] << " MiB"
            << Qt::endl;
    out << QStringLiteral("Writing the snapshot").leftJustified(40) << writeMs << " ms wall, "
        << qRound(writeCpu) << " ms CPU, peak RSS so far " << peakRssMiB() << " MiB" << Qt::endl;
    out << "Total CPU " << qRound(std::clock() * 1000.0 / CLOCKS_PER_SEC) << " ms (with opening the database)"
        << Qt::endl;
    out << QStringLiteral("Total (open, analyse, write)").leftJustified(40) << total.elapsed() << " ms"
        << Qt::endl;
    out << "customers " << result.customers.size() << ", as of " << result.asOf.toString(Qt::ISODate)
        << ", BG/NBD r=" << result.purchaseFit.parameters.r
        << " alpha=" << result.purchaseFit.parameters.alpha << " a=" << result.purchaseFit.parameters.a
        << " b=" << result.purchaseFit.parameters.b
        << (result.purchaseFit.diagnostics.converged ? " (converged)" : " (NOT converged)") << Qt::endl;
    const auto fitLine = [&out](const char* model, const FitDiagnostics& d) {
        out << model << ": " << d.groups << " distinct summaries, " << d.iterations << " iterations, "
            << d.evaluations << " evaluations, log-likelihood " << QString::number(d.logLikelihood, 'f', 4)
            << Qt::endl;
    };
    fitLine("BG/NBD", result.purchaseFit.diagnostics);
    fitLine("Gamma-Gamma", result.spendFit.diagnostics);
    return 0;
}
