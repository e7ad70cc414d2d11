// Times the customer list against a large database: model construction with the first page, a page
// fetched deep in the list, sorts and a search; then the columns and filters of the latest analysis
// (sorts on each, tier filters, the filter choices, a refresh after an analysis) and the status bar's
// counts. A plain program (not Google Benchmark): each step changes the model's state, so it is timed as
// the UI would run it, several times, min and median.
//
//   bench_customer_list [--db FILE] [--customers N] [--orders N] [--runs N] [--analysis-only]
//
// A missing FILE is first filled with the deterministic sample (writeSampleDatabase); a database
// without a 'current' snapshot gets one from the analytics engine, as the GUI stores it.

#include "analytics/AnalyticsEngine.h"
#include "customers/CustomerTableModel.h"
#include "export/CustomerExport.h"
#include "generator/SampleDatabaseWriter.h"
#include "storage/CustomerBulkEditor.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseStatistics.h"
#include "storage/SnapshotStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <limits>
#include <tuple>
#include <vector>

using namespace clientele;

namespace {

int g_runs = 5;

// Wall and CPU time: the shared build machine is often loaded, and CPU time is the steadier figure.
void report(const char* what, std::vector<double> ms, std::vector<double> cpuMs, const QString& detail = {})
{
    std::sort(ms.begin(), ms.end());
    std::sort(cpuMs.begin(), cpuMs.end());
    std::printf("%-40s wall min %7.2f median %7.2f ms | cpu median %7.2f ms | %s\n", what, ms.front(),
                ms[ms.size() / 2], cpuMs[cpuMs.size() / 2], qPrintable(detail));
    std::fflush(stdout);
}

double cpuNow()
{
    return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

// Runs `prepare` untimed, then times `step`, g_runs times.
void timeStep(const char* what, const std::function<void()>& prepare, const std::function<QString()>& step)
{
    std::vector<double> ms;
    std::vector<double> cpuMs;
    QString detail;
    for (int i = 0; i < g_runs; ++i) {
        prepare();
        QElapsedTimer timer;
        const double cpuStart = cpuNow();
        timer.start();
        detail = step();
        ms.push_back(timer.nsecsElapsed() / 1e6);
        cpuMs.push_back(cpuNow() - cpuStart);
    }
    report(what, ms, cpuMs, detail);
}

} // namespace

namespace {

QString rowsOf(const CustomerTableModel& m)
{
    return QStringLiteral("rows %1 of %2").arg(m.rowCount()).arg(m.totalCount());
}

// The list's own columns: first page, deep pages, sorts, searches, filters, export.
void timeCustomerColumns(Database* db, int total)
{
    const auto rows = rowsOf;
    std::unique_ptr<CustomerTableModel> model;
    timeStep(
        "construct model + first page", [&] { model.reset(); },
        [&] {
            model = std::make_unique<CustomerTableModel>(db);
            return rows(*model);
        });

    // Scroll to the end the way the view does, one fetchMore per page; time the last (deepest) page.
    {
        CustomerTableModel m(db);
        QElapsedTimer all;
        all.start();
        std::vector<double> pageMs;
        std::vector<double> pageCpuMs;
        while (m.canFetchMore()) {
            QElapsedTimer page;
            const double cpuStart = cpuNow();
            page.start();
            m.fetchMore();
            pageMs.push_back(page.nsecsElapsed() / 1e6);
            pageCpuMs.push_back(cpuNow() - cpuStart);
        }
        const double allMs = all.nsecsElapsed() / 1e6;
        std::printf("%-40s %8.0f ms for %d rows (%zu pages)\n", "fetch every page, name order", allMs,
                    m.rowCount(), pageMs.size());
        const auto lastTen = [](const std::vector<double>& v) {
            return std::vector<double>(v.end() - static_cast<std::ptrdiff_t>(std::min<size_t>(v.size(), 10)),
                                       v.end());
        };
        report("fetchMore, one of the last 10 pages", lastTen(pageMs), lastTen(pageCpuMs), rows(m));
    }

    // The same SQL as a deep fetchMore, without fetching everything before it first.
    timeStep(
        "page(offset = total - 256, 256), name order", [] {},
        [&] {
            const QList<Customer> page =
                CustomerRepository(db->connection(), db->dialect()).page({}, std::max(0, total - 256), 256);
            return QStringLiteral("%1 rows").arg(page.size());
        });

    model = std::make_unique<CustomerTableModel>(db);
    const auto sortStep = [&](const char* what, int column, Qt::SortOrder order) {
        timeStep(
            what, [&] { model->sort(CustomerTableModel::Code, Qt::AscendingOrder); },
            [&] {
                model->sort(column, order);
                return rows(*model);
            });
    };
    sortStep("sort by name, ascending", CustomerTableModel::Name, Qt::AscendingOrder);
    sortStep("sort by name, descending", CustomerTableModel::Name, Qt::DescendingOrder);
    sortStep("sort by city, ascending", CustomerTableModel::City, Qt::AscendingOrder);
    sortStep("sort by city, descending", CustomerTableModel::City, Qt::DescendingOrder);
    sortStep("sort by kind, ascending", CustomerTableModel::Kind, Qt::AscendingOrder);
    sortStep("sort by region, ascending", CustomerTableModel::Region, Qt::AscendingOrder);
    sortStep("sort by industry, ascending", CustomerTableModel::Industry, Qt::AscendingOrder);
    sortStep("sort by owner, ascending", CustomerTableModel::Owner, Qt::AscendingOrder);
    sortStep("sort by created, descending", CustomerTableModel::Created, Qt::DescendingOrder);

    model->sort(CustomerTableModel::Name, Qt::AscendingOrder);
    const auto searchStep = [&](const char* what, const QString& text) {
        timeStep(
            what, [&] { model->setSearch(QString()); },
            [&] {
                model->setSearch(text);
                return rows(*model);
            });
    };
    searchStep("search \"shanghai\" (city)", QStringLiteral("shanghai"));
    searchStep("search \"上海\" (city, Chinese)", QStringLiteral("上海"));
    searchStep("search \"0042\" (code fragment)", QStringLiteral("0042"));
    searchStep("search \"vip\" (tag)", QStringLiteral("vip"));
    searchStep("search \"zzzz\" (no match)", QStringLiteral("zzzz"));
    model->setSearch(QString());

    // Filters (the filter bar): count + first page, in name order and in another order.
    const CustomerBulkEditor editor(db->connection(), db->dialect());
    const QStringList owners = editor.owners();
    const QList<Tag> tags = editor.tags();
    const auto filterStep = [&](const char* what, const CustomerQuery& filter, int column) {
        timeStep(
            what,
            [&] {
                model->setFilter(CustomerQuery{});
                model->sort(column, Qt::AscendingOrder);
            },
            [&] {
                model->setFilter(filter);
                return rows(*model);
            });
    };
    CustomerQuery byOwner;
    byOwner.owner = owners.value(0);
    filterStep("filter owner, name order", byOwner, CustomerTableModel::Name);
    filterStep("filter owner, region order", byOwner, CustomerTableModel::Region);
    CustomerQuery byTag;
    byTag.tag = tags.value(0).name;
    filterStep("filter tag, name order", byTag, CustomerTableModel::Name);
    filterStep("filter tag, created order", byTag, CustomerTableModel::Created);
    CustomerQuery byKind;
    byKind.kind = CustomerKind::Business;
    filterStep("filter kind ToB, name order", byKind, CustomerTableModel::Name);
    filterStep("filter kind ToB, city order", byKind, CustomerTableModel::City);
    CustomerQuery all3 = byOwner;
    all3.tag = byTag.tag;
    all3.kind = byKind.kind;
    filterStep("filter owner + tag + kind, name order", all3, CustomerTableModel::Name);
    model->setFilter(CustomerQuery{});

    // Export of the whole list (what Ctrl+E does with nothing selected), CSV and XLSX.
    QTemporaryDir exportDir;
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        const bool xlsx = format == ExportFormat::Xlsx;
        timeStep(
            xlsx ? "export whole list, XLSX" : "export whole list, CSV", [] {},
            [&] {
                CustomerExportRequest request;
                request.format = format;
                request.filePath =
                    exportDir.filePath(xlsx ? QStringLiteral("all.xlsx") : QStringLiteral("all.csv"));
                const CustomerExportResult result =
                    CustomerExport::run(db->connection(), db->dialect(), request);
                return QStringLiteral("%1 rows, %2 MB")
                    .arg(result.rows)
                    .arg(QFileInfo(request.filePath).size() / 1e6, 0, 'f', 1);
            });
    }
}

// The columns of the latest analysis: first page, sorts both ways, tier filters, the filter choices, a
// refresh after an analysis; and the counts the status bar shows.
void timeAnalysisColumns(Database* db)
{
    const auto rows = rowsOf;
    auto model = std::make_unique<CustomerTableModel>(db);
    timeStep(
        "construct model + first page (analysis)", [&] { model.reset(); },
        [&] {
            model = std::make_unique<CustomerTableModel>(db);
            return rows(*model);
        });
    const struct
    {
        int column;
        const char* name;
    } columns[] = {{CustomerTableModel::Tier, "tier"},       {CustomerTableModel::Stage, "stage"},
                   {CustomerTableModel::Rfm, "RFM"},         {CustomerTableModel::Recency, "recency"},
                   {CustomerTableModel::Orders, "orders"},   {CustomerTableModel::Amount, "amount"},
                   {CustomerTableModel::PAlive, "P(alive)"}, {CustomerTableModel::Clv, "CLV"},
                   {CustomerTableModel::Risk, "risk"}};
    for (const auto& c : columns) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QByteArray what = QByteArray("sort by ") + c.name +
                                    (order == Qt::AscendingOrder ? ", ascending" : ", descending");
            timeStep(
                what.constData(), [&] { model->sort(CustomerTableModel::Code, Qt::AscendingOrder); },
                [&] {
                    model->sort(c.column, order);
                    return rows(*model);
                });
        }
    }
    // A page deep in a sort on the analysis (what scrolling to the end costs per page).
    model->sort(CustomerTableModel::Clv, Qt::DescendingOrder);
    timeStep(
        "listPage(offset = total - 256), CLV order", [] {},
        [&] {
            const QList<CustomerListRow> page =
                CustomerRepository(db->connection(), db->dialect())
                    .listPage(model->query(), std::max(0, model->totalCount() - 256), 256);
            return QStringLiteral("%1 rows").arg(page.size());
        });

    const CustomerAnalysisCodes codes =
        CustomerRepository(db->connection(), db->dialect()).currentAnalysisCodes();
    timeStep(
        "filter choices (tier, stage, risk codes)", [] {},
        [&] {
            const CustomerAnalysisCodes c =
                CustomerRepository(db->connection(), db->dialect()).currentAnalysisCodes();
            return QStringLiteral("%1 tiers, %2 stages, %3 risk levels")
                .arg(c.tiers.size())
                .arg(c.stages.size())
                .arg(c.riskLevels.size());
        });
    const auto filterStep = [&](const char* what, const CustomerQuery& filter, int column,
                                const QString& search) {
        // The search is in place already: the step is the one list reset a filter choice makes.
        timeStep(
            what,
            [&] {
                model->setFilter(CustomerQuery{});
                model->setSearch(search);
                model->sort(column, Qt::AscendingOrder);
            },
            [&] {
                model->setFilter(filter);
                return rows(*model);
            });
    };
    // The rarest and the commonest tier, so both ends of the selectivity are seen.
    QString rare, common;
    int rareCount = std::numeric_limits<int>::max(), commonCount = -1;
    for (const QString& tier : codes.tiers) {
        CustomerQuery q;
        q.tier = tier;
        const int n = CustomerRepository(db->connection(), db->dialect()).count(q);
        if (n < rareCount)
            std::tie(rare, rareCount) = std::pair(tier, n);
        if (n > commonCount)
            std::tie(common, commonCount) = std::pair(tier, n);
    }
    std::printf("tiers: commonest %s (%d), rarest %s (%d)\n", qPrintable(common), commonCount,
                qPrintable(rare), rareCount);
    CustomerQuery byCommon;
    byCommon.tier = common;
    CustomerQuery byRare;
    byRare.tier = rare;
    filterStep("filter commonest tier, name order", byCommon, CustomerTableModel::Name, {});
    filterStep("filter rarest tier, name order", byRare, CustomerTableModel::Name, {});
    filterStep("filter commonest tier, CLV order", byCommon, CustomerTableModel::Clv, {});
    filterStep("filter rarest tier, CLV order", byRare, CustomerTableModel::Clv, {});
    filterStep("filter commonest tier + search \"shanghai\"", byCommon, CustomerTableModel::Name,
               QStringLiteral("shanghai"));
    CustomerQuery stageRisk;
    stageRisk.stage = codes.stages.value(0);
    stageRisk.riskLevel = QStringLiteral("high");
    filterStep("filter stage + risk high, amount order", stageRisk, CustomerTableModel::Amount, {});
    model->setSearch(QString());
    model->setFilter(CustomerQuery{});

    // After an analysis: the loaded rows' figures read in place (name order, 4 pages loaded), and the
    // whole list read again when it is sorted on the analysis.
    model->sort(CustomerTableModel::Name, Qt::AscendingOrder);
    for (int i = 0; i < 3; ++i)
        model->fetchMore();
    timeStep(
        "refreshAnalysis, in place (1,024 rows)", [] {},
        [&] {
            model->refreshAnalysis();
            return rows(*model);
        });
    model->sort(CustomerTableModel::Clv, Qt::DescendingOrder);
    timeStep(
        "refreshAnalysis, CLV order (reload)", [] {},
        [&] {
            model->refreshAnalysis();
            return rows(*model);
        });

    // The status bar's counts (DatabaseSession runs them on a worker thread).
    timeStep(
        "DatabaseStatistics::collect", [] {},
        [&] {
            const DatabaseStatistics s = DatabaseStatistics::collect(db->connection());
            return QStringLiteral("%1 customers, %2 orders, %3 interactions")
                .arg(s.customers)
                .arg(s.orders)
                .arg(s.interactions);
        });
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."),
                                      QStringLiteral("file"));
    const QCommandLineOption customersOption(QStringLiteral("customers"),
                                             QStringLiteral("Customers to generate."), QStringLiteral("n"),
                                             QStringLiteral("100000"));
    const QCommandLineOption ordersOption(QStringLiteral("orders"),
                                          QStringLiteral("Order lines to generate."), QStringLiteral("n"),
                                          QStringLiteral("1000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions per step."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption analysisOnlyOption(
        QStringLiteral("analysis-only"),
        QStringLiteral("Time only the analysis columns, filters and counts."));
    parser.addOptions({dbOption, customersOption, ordersOption, runsOption, analysisOnlyOption});
    parser.process(app);
    g_runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir tempDir;
    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : tempDir.filePath(QStringLiteral("bench.db"));
    const bool generate = !QFile::exists(path);
    std::unique_ptr<Database> db =
        Database::open(path, {Database::IfMissing::Create, tempDir.filePath(QStringLiteral("backups"))});
    if (generate) {
        SampleSpec spec;
        spec.customers = parser.value(customersOption).toLongLong();
        spec.orderLines = parser.value(ordersOption).toLongLong();
        QElapsedTimer timer;
        timer.start();
        writeSampleDatabase(db->connection(), db->dialect(), spec);
        std::printf("generated %lld customers, %lld order lines in %.1f s\n",
                    static_cast<long long>(spec.customers), static_cast<long long>(spec.orderLines),
                    timer.elapsed() / 1000.0);
    }
    const int total = CustomerRepository(db->connection(), db->dialect()).count();
    std::printf("database %s: %d customers\n\n", qPrintable(path), total);

    if (!SnapshotStore(db->connection(), db->dialect())
             .info(QString::fromLatin1(SnapshotStore::kCurrentPeriod))) {
        QElapsedTimer timer;
        timer.start();
        const AnalyticsEngine::Result result = AnalyticsEngine(db->connection(), db->dialect()).run({});
        SnapshotStore(db->connection(), db->dialect())
            .write(QString::fromLatin1(SnapshotStore::kCurrentPeriod), result);
        std::printf("analysed and stored the 'current' snapshot of %zu customers in %.1f s\n\n",
                    result.customers.size(), timer.elapsed() / 1000.0);
    }
    if (!parser.isSet(analysisOnlyOption))
        timeCustomerColumns(db.get(), total);
    timeAnalysisColumns(db.get());
    return 0;
}
