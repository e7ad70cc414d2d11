// Generating the sample: the generator alone, into a fresh database, and to CSV/XLSX.
// Rows per run come from the benchmark argument (order lines; customers are a tenth of them).
#include "generator/SampleDatabaseWriter.h"
#include "generator/SampleFileWriter.h"
#include "generator/SampleGenerator.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace clientele;

namespace {

SampleSpec spec(const benchmark::State& state)
{
    SampleSpec s;
    s.orderLines = state.range(0);
    s.customers = s.orderLines / 10;
    s.seed = 1;
    return s;
}

void generatorOnly(benchmark::State& state)
{
    for (auto _ : state) {
        SampleGenerator generator(spec(state));
        SampleOrderLine row;
        std::int64_t lines = 0;
        while (generator.nextOrderLine(row))
            ++lines;
        benchmark::DoNotOptimize(lines);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void intoDatabase(benchmark::State& state)
{
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("bench.db")),
                                 {Database::IfMissing::Create, dir.filePath(QStringLiteral("backups"))});
        state.ResumeTiming();
        SampleSpec s = spec(state);
        s.withActivity = false;
        writeSampleDatabase(db->connection(), db->dialect(), s);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void toFile(benchmark::State& state, const char* name)
{
    QTemporaryDir dir;
    for (auto _ : state)
        writeSampleFile(dir.filePath(QString::fromLatin1(name)), spec(state));
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

void toCsv(benchmark::State& state)
{
    toFile(state, "bench.csv");
}

void toXlsx(benchmark::State& state)
{
    toFile(state, "bench.xlsx");
}

} // namespace

BENCHMARK(generatorOnly)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(intoDatabase)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(toCsv)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(toXlsx)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(1);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
