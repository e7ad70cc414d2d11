// Times the customer list against a large database: model construction with the first page, a page
// fetched deep in the list, sorts and a search; then the columns and filters of the latest analysis
// (sorts on each, tier filters, the filter choices, a refresh after an analysis) and the status bar's
// counts. A plain program (not Google Benchmark): each step changes the model's state, so it is timed as
// the UI would run it, several times, min and median.
//
// The model reads on a worker thread (CustomerListLoader), so each step of the model reports two things:
// the time the UI thread spends in the call (sort(), setSearch(), fetchMore(): it only sends a request,
// so it should be close to 0) plus the time it then spends putting the result in, and the latency: the
// wall time from the call until the result is in the model, which is what the user waits for. The
// worker's CPU time is the process's CPU time over that wait less the UI thread's.
//
//   bench_customer_list [--db FILE] [--customers N] [--orders N] [--runs N] [--analysis-only] [--no-export]
//
// A missing FILE is first filled with the deterministic sample (writeSampleDatabase); a database
// without a 'current' snapshot gets one from the analytics engine, as the GUI stores it.

#include "analytics/AnalyticsEngine.h"
#include "customers/AssignOwnerCommand.h"
#include "customers/CustomerEditQueue.h"
#include "customers/CustomerListLoader.h"
#include "customers/CustomerTableModel.h"
#include "customers/TagCustomersCommand.h"
#include "export/CustomerExport.h"
#include "generator/SampleDatabaseWriter.h"
#include "storage/CustomerBulkEditor.h"
#include "storage/CustomerProfileReader.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseStatistics.h"
#include "storage/SnapshotStore.h"
#include "storage/WriteTransaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

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
bool g_export = true;

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

// CPU time of the calling thread (the UI thread here), in ms.
double threadCpuNow()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

// Runs `prepare` untimed, then times `step`, g_runs times. For the reads that run on the worker
// thread in the GUI (timed here on this thread, directly).
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

// Lets the event loop run until the model has every result it asked for.
void settle(const CustomerTableModel& model)
{
    if (!model.isLoading())
        return;
    QEventLoop loop;
    QObject::connect(&model, &CustomerTableModel::loadingChanged, &loop, [&](bool loading) {
        if (!loading)
            loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
}

struct AsyncTimes
{
    std::vector<double> callCpuMs;  // UI thread, in the call
    std::vector<double> callWallMs; // UI thread, in the call
    std::vector<double> applyCpuMs; // UI thread, while waiting: putting the result in the model
    std::vector<double> latencyMs;  // wall, from the call until the result is in
    std::vector<double> workerCpuMs;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double maximum(const std::vector<double>& v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

void reportAsync(const char* what, const AsyncTimes& t, const QString& detail)
{
    std::printf("%-44s UI call %5.2f ms wall, %5.2f cpu (max %5.2f wall) + apply %5.2f cpu | latency min "
                "%7.2f median %7.2f ms | worker cpu %7.2f ms | %s\n",
                what, median(t.callWallMs), median(t.callCpuMs), maximum(t.callWallMs), median(t.applyCpuMs),
                *std::min_element(t.latencyMs.begin(), t.latencyMs.end()), median(t.latencyMs),
                median(t.workerCpuMs), qPrintable(detail));
    std::fflush(stdout);
}

// Times one asynchronous step: the call on the UI thread, then the wait for the result in the model
// (`modelOf` is asked after the call, which may have made it).
void measureAsync(AsyncTimes& times,
                  const std::function<const CustomerTableModel&()>& modelOf,
                  const std::function<void()>& call)
{
    QElapsedTimer timer;
    const double threadStart = threadCpuNow();
    timer.start();
    call();
    times.callWallMs.push_back(timer.nsecsElapsed() / 1e6);
    times.callCpuMs.push_back(threadCpuNow() - threadStart);
    const double waitThreadStart = threadCpuNow();
    const double waitProcessStart = cpuNow();
    settle(modelOf());
    times.latencyMs.push_back(timer.nsecsElapsed() / 1e6);
    const double uiWait = threadCpuNow() - waitThreadStart;
    times.applyCpuMs.push_back(uiWait);
    times.workerCpuMs.push_back(cpuNow() - waitProcessStart - uiWait);
}

// Runs `prepare` (settled, untimed), then times `step` on `model` as measureAsync does, g_runs times.
void timeAsync(const char* what,
               const std::function<const CustomerTableModel&()>& modelOf,
               const std::function<void()>& prepare,
               const std::function<void()>& step,
               const std::function<QString()>& detail)
{
    AsyncTimes times;
    for (int i = 0; i < g_runs; ++i) {
        prepare();
        settle(modelOf());
        measureAsync(times, modelOf, step);
    }
    reportAsync(what, times, detail());
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
    {
        AsyncTimes times;
        for (int i = 0; i < g_runs; ++i) {
            model.reset();
            measureAsync(
                times, [&]() -> const CustomerTableModel& { return *model; },
                [&] { model = std::make_unique<CustomerTableModel>(db); });
        }
        reportAsync("construct model + first page", times, rows(*model));
    }

    // Scroll to the end the way the view does, one fetchMore per page; the last 10 (deepest) pages.
    {
        CustomerTableModel m(db);
        settle(m);
        QElapsedTimer all;
        all.start();
        AsyncTimes times;
        int pages = 0;
        while (m.canFetchMore()) {
            measureAsync(
                times, [&]() -> const CustomerTableModel& { return m; }, [&] { m.fetchMore(); });
            ++pages;
        }
        const double allMs = all.nsecsElapsed() / 1e6;
        std::printf("%-44s %8.0f ms for %d rows (%d pages)\n", "fetch every page, name order", allMs,
                    m.rowCount(), pages);
        AsyncTimes last;
        const auto lastTen = [](const std::vector<double>& v) {
            return std::vector<double>(v.end() - static_cast<std::ptrdiff_t>(std::min<size_t>(v.size(), 10)),
                                       v.end());
        };
        last.callWallMs = lastTen(times.callWallMs);
        last.callCpuMs = lastTen(times.callCpuMs);
        last.applyCpuMs = lastTen(times.applyCpuMs);
        last.latencyMs = lastTen(times.latencyMs);
        last.workerCpuMs = lastTen(times.workerCpuMs);
        reportAsync("fetchMore, one of the last 10 pages", last, rows(m));
        std::printf("%-44s UI call max %.2f ms over all %d pages\n", "fetchMore", maximum(times.callWallMs),
                    pages);
    }

    // The same SQL as a deep fetchMore (what the worker runs), without fetching everything before it.
    timeStep(
        "worker SQL: page(offset = total - 256)", [] {},
        [&] {
            const QList<Customer> page =
                CustomerRepository(db->connection(), db->dialect()).page({}, std::max(0, total - 256), 256);
            return QStringLiteral("%1 rows").arg(page.size());
        });

    model = std::make_unique<CustomerTableModel>(db);
    const auto modelOf = [&]() -> const CustomerTableModel& {
        return *model;
    };
    const auto detail = [&] {
        return rows(*model);
    };
    const auto sortStep = [&](const char* what, int column, Qt::SortOrder order) {
        timeAsync(
            what, modelOf, [&] { model->sort(CustomerTableModel::Code, Qt::AscendingOrder); },
            [&] { model->sort(column, order); }, detail);
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
        timeAsync(
            what, modelOf, [&] { model->setSearch(QString()); }, [&] { model->setSearch(text); }, detail);
    };
    searchStep("search \"shanghai\" (city)", QStringLiteral("shanghai"));
    searchStep("search \"上海\" (city, Chinese)", QStringLiteral("上海"));
    searchStep("search \"0042\" (code fragment)", QStringLiteral("0042"));
    searchStep("search \"vip\" (tag)", QStringLiteral("vip"));
    searchStep("search \"zzzz\" (no match)", QStringLiteral("zzzz"));
    searchStep("search \"c\" (matches everyone)", QStringLiteral("c"));
    // Typing: each keystroke's search supersedes the one before; only the last one's rows are shown.
    {
        AsyncTimes times;
        for (int i = 0; i < g_runs; ++i) {
            model->setSearch(QString());
            settle(*model);
            measureAsync(times, modelOf, [&] {
                for (const QString& text : {QStringLiteral("s"), QStringLiteral("sh"), QStringLiteral("sha"),
                                            QStringLiteral("shan"), QStringLiteral("shang")})
                    model->setSearch(text);
            });
        }
        reportAsync("search typed \"shang\", 5 keystrokes at once", times, rows(*model));
    }
    model->setSearch(QString());
    settle(*model);

    // Filters (the filter bar): count + first page, in name order and in another order.
    const CustomerBulkEditor editor(db->connection(), db->dialect());
    const QStringList owners = editor.owners();
    const QList<Tag> tags = editor.tags();
    const auto filterStep = [&](const char* what, const CustomerQuery& filter, int column) {
        timeAsync(
            what, modelOf,
            [&] {
                model->setFilter(CustomerQuery{});
                model->sort(column, Qt::AscendingOrder);
            },
            [&] { model->setFilter(filter); }, detail);
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
    settle(*model);

    // Export of the whole list (what Ctrl+E does with nothing selected), CSV and XLSX; a worker job.
    if (!g_export)
        return;
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
    settle(*model);
    const auto modelOf = [&]() -> const CustomerTableModel& {
        return *model;
    };
    const auto detail = [&] {
        return rows(*model);
    };
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
            timeAsync(
                what.constData(), modelOf, [&] { model->sort(CustomerTableModel::Code, Qt::AscendingOrder); },
                [&] { model->sort(c.column, order); }, detail);
        }
    }
    // A page deep in a sort on the analysis (what scrolling to the end costs per page, on the worker).
    model->sort(CustomerTableModel::Clv, Qt::DescendingOrder);
    settle(*model);
    timeStep(
        "worker SQL: listPage(offset = total - 256), CLV order", [] {},
        [&] {
            const QList<CustomerListRow> page =
                CustomerRepository(db->connection(), db->dialect())
                    .listPage(model->query(), std::max(0, model->totalCount() - 256), 256);
            return QStringLiteral("%1 rows").arg(page.size());
        });

    // The filter bar's choices (owners, tags, tier/stage/risk codes), asked of the list's worker.
    {
        AsyncTimes times;
        QString found;
        for (int i = 0; i < g_runs; ++i) {
            QEventLoop loop;
            const auto connection = QObject::connect(
                model->loader(), &CustomerListLoader::filterChoicesLoaded, &loop,
                [&](const CustomerFilterChoices& c) {
                    found = QStringLiteral("%1 owners, %2 tags, %3 tiers, %4 stages, %5 risk levels")
                                .arg(c.owners.size())
                                .arg(c.tags.size())
                                .arg(c.analysisCodes.tiers.size())
                                .arg(c.analysisCodes.stages.size())
                                .arg(c.analysisCodes.riskLevels.size());
                    loop.quit();
                });
            QElapsedTimer timer;
            const double threadStart = threadCpuNow();
            timer.start();
            model->loader()->loadFilterChoices();
            times.callWallMs.push_back(timer.nsecsElapsed() / 1e6);
            times.callCpuMs.push_back(threadCpuNow() - threadStart);
            const double waitThreadStart = threadCpuNow();
            const double waitProcessStart = cpuNow();
            loop.exec();
            times.latencyMs.push_back(timer.nsecsElapsed() / 1e6);
            const double uiWait = threadCpuNow() - waitThreadStart;
            times.applyCpuMs.push_back(uiWait);
            times.workerCpuMs.push_back(cpuNow() - waitProcessStart - uiWait);
            QObject::disconnect(connection);
        }
        reportAsync("filter choices (owners, tags, analysis codes)", times, found);
    }

    const CustomerAnalysisCodes codes =
        CustomerRepository(db->connection(), db->dialect()).currentAnalysisCodes();
    const auto filterStep = [&](const char* what, const CustomerQuery& filter, int column,
                                const QString& search) {
        // The search is in place already: the step is the one list reset a filter choice makes.
        timeAsync(
            what, modelOf,
            [&] {
                model->setFilter(CustomerQuery{});
                model->setSearch(search);
                model->sort(column, Qt::AscendingOrder);
            },
            [&] { model->setFilter(filter); }, detail);
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
    settle(*model);
    for (int i = 0; i < 3; ++i) {
        model->fetchMore();
        settle(*model);
    }
    timeAsync(
        "refreshAnalysis, in place (1,024 rows)", modelOf, [] {}, [&] { model->refreshAnalysis(); }, detail);
    model->sort(CustomerTableModel::Clv, Qt::DescendingOrder);
    timeAsync(
        "refreshAnalysis, CLV order (reload)", modelOf, [] {}, [&] { model->refreshAnalysis(); }, detail);

    // The status bar's counts (DatabaseSession runs them on a worker thread).
    timeStep(
        "worker SQL: DatabaseStatistics::collect", [] {},
        [&] {
            const DatabaseStatistics s = DatabaseStatistics::collect(db->connection());
            return QStringLiteral("%1 customers, %2 orders, %3 interactions")
                .arg(s.customers)
                .arg(s.orders)
                .arg(s.interactions);
        });
}

// Runs `call` on this (the UI) thread, then the event loop until the edit queue has reported every
// write back. Returns the time spent in the call and the time until the last report (wall, ms).
std::pair<double, double> timeQueued(CustomerEditQueue& edits, const std::function<void()>& call)
{
    QElapsedTimer timer;
    timer.start();
    call();
    const double callMs = timer.nsecsElapsed() / 1e6;
    if (edits.isBusy()) {
        QEventLoop loop;
        QObject::connect(&edits, &CustomerEditQueue::busyChanged, &loop, [&](bool busy) {
            if (!busy)
                loop.quit();
        });
        loop.exec();
    }
    return {callMs, timer.nsecsElapsed() / 1e6};
}

void reportQueued(const QByteArray& what,
                  const std::vector<double>& callMs,
                  const std::vector<double>& latencyMs)
{
    std::printf("%-40s UI thread median %6.2f max %6.2f ms | until done median %7.2f ms\n", what.constData(),
                median(callMs), maximum(callMs), median(latencyMs));
    std::fflush(stdout);
}

// The multi-select writes for 1,000, 10,000 and every customer: the write itself (what the UI thread
// did before the edit queue; the queue's thread does it now) and, through the undo commands and the
// queue as the Customers page runs them, the UI thread's share and the time until the write is in.
// Then the profile read of the customer with the most order lines. The database ends as it began.
void timeBulkEdits(Database* db)
{
    QList<std::int64_t> all;
    CustomerRepository(db->connection(), db->dialect()).forEach({}, [&](const Customer& c) {
        all << c.id;
        return true;
    });
    const CustomerProfileReader profiles(db->connection(), db->dialect());
    std::int64_t busiest = 0;
    int busiestLines = -1;
    for (qsizetype i = 0; i < all.size(); i += std::max<qsizetype>(1, all.size() / 2000)) {
        const int lines = profiles.counts(all[i]).orderLines;
        if (lines > busiestLines)
            std::tie(busiest, busiestLines) = std::pair(all[i], lines);
    }
    const QString tagName = QStringLiteral("bench tag");
    const QString ownerName = QStringLiteral("bench owner");
    CustomerBulkEditor editor(db->connection(), db->dialect());
    const auto inTransaction = [&](const std::function<void()>& work) {
        WriteTransaction transaction(db->connection(), db->dialect());
        work();
        transaction.commit();
    };
    const auto untag = [&](const QList<std::int64_t>& ids) {
        inTransaction([&] {
            editor.removeTag(ids, tagName);
            editor.deleteTagIfUnused(tagName);
        });
    };

    CustomerEditQueue edits;
    CustomerCommandContext context;
    context.db = db;
    context.edits = &edits;
    context.changed = [](std::int64_t) {
    };
    context.failed = [](const QString& message) {
        std::printf("failed: %s\n", qPrintable(message));
    };
    for (const qsizetype n : {qsizetype(1000), qsizetype(10000), all.size()}) {
        const QList<std::int64_t> ids = all.mid(0, n);
        const QByteArray size = QByteArray::number(n);
        timeStep(
            QByteArray("write: add tag, " + size + " customers").constData(), [&] { untag(ids); },
            [&] {
                qsizetype changed = 0;
                inTransaction(
                    [&] { changed = editor.addTag(ids, tagName, TagKind::Static).taggedCustomers.size(); });
                return QString::number(changed);
            });
        untag(ids);
        QList<OwnerChange> changes;
        timeStep(
            QByteArray("write: assign owner, " + size + " customers").constData(),
            [&] { inTransaction([&] { editor.restoreOwners(changes); }); },
            [&] {
                inTransaction([&] { changes = editor.assignOwner(ids, ownerName); });
                return QString::number(changes.size());
            });
        inTransaction([&] { editor.restoreOwners(changes); });

        // Through the commands: start (with the push's redo, which does nothing), undo, redo, undo.
        std::vector<double> startCall, startDone, undoCall, undoDone;
        for (int run = 0; run < g_runs; ++run) {
            std::unique_ptr<TagCustomersCommand> tag;
            const auto [call, done] = timeQueued(edits, [&] {
                tag = TagCustomersCommand::start(context, TagCustomersCommand::Change::Add, ids, tagName,
                                                 TagKind::Static);
                tag->redo();
            });
            startCall.push_back(call);
            startDone.push_back(done);
            const auto [undoCallMs, undoDoneMs] = timeQueued(edits, [&] { tag->undo(); });
            undoCall.push_back(undoCallMs);
            undoDone.push_back(undoDoneMs);
        }
        reportQueued("queued: add tag, " + size + " customers", startCall, startDone);
        reportQueued("queued: undo add tag, " + size + " customers", undoCall, undoDone);
        std::vector<double> ownerCall, ownerDone;
        for (int run = 0; run < g_runs; ++run) {
            std::unique_ptr<AssignOwnerCommand> owner;
            const auto [call, done] = timeQueued(edits, [&] {
                owner = AssignOwnerCommand::start(context, ids, ownerName);
                owner->redo();
            });
            ownerCall.push_back(call);
            ownerDone.push_back(done);
            timeQueued(edits, [&] { owner->undo(); });
        }
        reportQueued("queued: assign owner, " + size + " customers", ownerCall, ownerDone);
    }
    timeStep(
        "profile read, busiest customer", [] {},
        [&] {
            const std::optional<CustomerProfile> profile = profiles.read(busiest);
            return QStringLiteral("%1 order lines, %2 read")
                .arg(busiestLines)
                .arg(profile ? profile->record.orderLines.size() : 0);
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
    const QCommandLineOption editsOnlyOption(
        QStringLiteral("edits-only"),
        QStringLiteral("Time only the multi-select writes and the profile read."));
    const QCommandLineOption noExportOption(QStringLiteral("no-export"),
                                            QStringLiteral("Leave out the export of the whole list."));
    parser.addOptions({dbOption, customersOption, ordersOption, runsOption, analysisOnlyOption,
                       editsOnlyOption, noExportOption});
    parser.process(app);
    g_export = !parser.isSet(noExportOption);
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
    if (parser.isSet(editsOnlyOption)) {
        timeBulkEdits(db.get());
        return 0;
    }
    if (!parser.isSet(analysisOnlyOption))
        timeCustomerColumns(db.get(), total);
    timeAnalysisColumns(db.get());
    timeBulkEdits(db.get());
    return 0;
}
