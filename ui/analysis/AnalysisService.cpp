#include "analysis/AnalysisService.h"

#include "analytics/AnalysisPeriod.h"
#include "analytics/AnalyticsRuleError.h"
#include "storage/Database.h"
#include "storage/DatabaseConnection.h"
#include "storage/SnapshotStore.h"
#include "storage/StorageError.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace clientele {

namespace {

constexpr int kEngineShare = 950; // per mille of a run; storing the snapshot is the rest

QString messageOf(const std::exception& error)
{
    if (const auto* storage = dynamic_cast<const StorageError*>(&error))
        return storage->message();
    if (const auto* rule = dynamic_cast<const AnalyticsRuleError*>(&error))
        return rule->message();
    return QString::fromLocal8Bit(error.what());
}

AnalysisPeriod parsePeriod(const QString& code)
{
    QString error;
    const std::optional<AnalysisPeriod> period = AnalysisPeriod::parse(code, &error);
    if (!period)
        throw std::invalid_argument(error.toStdString());
    return *period;
}

} // namespace

struct AnalysisService::RunOutcome
{
    std::shared_ptr<const AnalyticsEngine::Result> result;
    std::shared_ptr<const SegmentOverview> overview;
    bool cancelled = false;
};

AnalysisService::AnalysisService(QObject* parent)
    : QObject(parent)
    , m_stop(std::make_shared<std::atomic_bool>(false))
    , m_delay(new QTimer(this))
{
    // One analysis and one page request at a time; the global pool stays free for the session's work.
    m_pool.setMaxThreadCount(2);
    m_options.explain = false; // the dashboard needs scores and tiers, not their traces
    m_delay->setSingleShot(true);
    m_delay->setInterval(1500);
    connect(m_delay, &QTimer::timeout, this, &AnalysisService::recompute);
}

AnalysisService::~AnalysisService()
{
    m_stop->store(true);
    if (m_cancel)
        m_cancel->store(true);
    m_pool.waitForDone();
}

void AnalysisService::setRecomputeDelay(int milliseconds)
{
    m_delay->setInterval(milliseconds);
}

void AnalysisService::setDatabase(const Database* db)
{
    // Workers of the previous database stop and their results are dropped; they do not block here.
    m_stop->store(true);
    m_stop = std::make_shared<std::atomic_bool>(false);
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    ++m_generation;
    m_delay->stop();
    m_rerun = false;
    const bool wasRunning = m_running;
    m_running = false;
    m_result.reset();
    m_overview.reset();
    m_lastError.clear();
    m_filePath = db ? db->filePath() : QString();
    m_dialect = db ? db->dialect() : SqlDialect();
    if (wasRunning)
        emit cancelled();
    if (db)
        recompute();
}

void AnalysisService::scheduleRecompute()
{
    if (hasDatabase())
        m_delay->start();
}

void AnalysisService::recompute()
{
    m_delay->stop();
    if (!hasDatabase())
        return;
    if (m_running) {
        // The data changed under the running analysis: stop it and start over when it returns.
        m_rerun = true;
        if (m_cancel)
            m_cancel->store(true);
        return;
    }
    startRun();
}

void AnalysisService::cancel()
{
    m_rerun = false;
    m_delay->stop();
    if (m_cancel)
        m_cancel->store(true);
}

void AnalysisService::startRun()
{
    m_running = true;
    m_lastError.clear();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    emit started();
    emit progress(0, AnalyticsEngine::stepName(AnalyticsEngine::Step::Reading));

    const AnalyticsEngine::Options options = m_options;
    QPointer<AnalysisService> self(this);
    const quint64 generation = m_generation;
    // Progress goes through queued calls, at most ~20 a second, so the UI thread never drowns.
    auto report = [self, generation](int permille, const QString& text) {
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, permille, text] {
                if (self && self->m_generation == generation && self->m_running)
                    emit self->progress(permille, text);
            },
            Qt::QueuedConnection);
    };
    launch<std::shared_ptr<RunOutcome>>(
        [options, cancel, report](DatabaseConnection& connection, const std::atomic_bool&) {
            QElapsedTimer sinceLast;
            sinceLast.start();
            AnalyticsEngine::Step lastStep = AnalyticsEngine::Step::Reading;
            const auto onProgress = [&](AnalyticsEngine::Step step, int done, int total) {
                if (step == lastStep && sinceLast.elapsed() < 50)
                    return;
                lastStep = step;
                sinceLast.restart();
                report(total > 0 ? kEngineShare * done / total : 0, AnalyticsEngine::stepName(step));
            };
            const AnalyticsEngine engine(connection.handle(), connection.dialect());
            auto result =
                std::make_shared<AnalyticsEngine::Result>(engine.run(options, onProgress, cancel.get()));
            auto outcome = std::make_shared<RunOutcome>();
            if (result->cancelled || cancel->load()) {
                outcome->cancelled = true;
                return outcome;
            }
            report(kEngineShare, tr("Saving the analysis"));
            SnapshotStore(connection.handle(), connection.dialect())
                .write(QString::fromLatin1(SnapshotStore::kCurrentPeriod), *result);
            outcome->overview = std::make_shared<SegmentOverview>(SegmentOverview::summarize(*result));
            outcome->result = std::move(result);
            return outcome;
        },
        [this](std::shared_ptr<RunOutcome> outcome) { onRunDone(outcome); },
        [this](const QString& message) {
            m_running = false;
            m_cancel.reset();
            m_lastError = message;
            emit failed(message);
            if (std::exchange(m_rerun, false))
                startRun();
        });
}

void AnalysisService::onRunDone(const std::shared_ptr<RunOutcome>& outcome)
{
    m_running = false;
    m_cancel.reset();
    if (outcome->cancelled) {
        emit cancelled();
    } else {
        m_result = outcome->result;
        m_overview = outcome->overview;
        emit progress(1000, AnalyticsEngine::stepName(AnalyticsEngine::Step::Done));
        emit finished();
    }
    if (std::exchange(m_rerun, false))
        startRun();
}

void AnalysisService::requestKpis(const QString& periodCode)
{
    if (!hasDatabase())
        return;
    const quint64 ticket = ++m_kpiTicket;
    KpiCalculator::Options options;
    options.schemeCode = m_options.schemeCode;
    options.tierModelCode = m_options.tierModelCode;
    launch<std::shared_ptr<KpiReport>>(
        [periodCode, options](DatabaseConnection& connection, const std::atomic_bool&) {
            const AnalysisPeriod period = parsePeriod(periodCode);
            return std::make_shared<KpiReport>(
                KpiCalculator(connection.handle(), connection.dialect()).calculate(period, options));
        },
        [this, ticket](std::shared_ptr<KpiReport> report) {
            if (ticket == m_kpiTicket) // only the latest request is still wanted
                emit kpisReady(*report);
        },
        [this, ticket](const QString& message) {
            if (ticket == m_kpiTicket)
                emit requestFailed(message);
        });
}

void AnalysisService::requestMigration(const QString& fromPeriod, const QString& toPeriod, bool createMissing)
{
    if (!hasDatabase())
        return;
    const quint64 ticket = ++m_migrationTicket;
    AnalyticsEngine::Options options = m_options;
    launch<std::shared_ptr<TierMigration>>(
        [fromPeriod, toPeriod, createMissing, options](DatabaseConnection& connection,
                                                       const std::atomic_bool& stop) mutable {
            SnapshotStore store(connection.handle(), connection.dialect());
            auto migration = std::make_shared<TierMigration>();
            migration->fromPeriod = fromPeriod;
            migration->toPeriod = toPeriod;
            for (const QString& code : {fromPeriod, toPeriod}) {
                if (store.info(code) || migration->missingPeriods.contains(code))
                    continue;
                if (!createMissing) {
                    migration->missingPeriods << code;
                    continue;
                }
                // A snapshot as of the period end: what the analysis said then, with the data up to then.
                const AnalysisPeriod period = parsePeriod(code);
                options.asOf = period.end();
                const AnalyticsEngine::Result result =
                    AnalyticsEngine(connection.handle(), connection.dialect()).run(options, {}, &stop);
                if (result.cancelled || stop.load())
                    return migration;
                store.write(period, result);
            }
            if (!migration->missingPeriods.isEmpty())
                return migration;
            *migration =
                TierMigration::between(fromPeriod, store.read(fromPeriod), toPeriod, store.read(toPeriod));
            return migration;
        },
        [this, ticket](std::shared_ptr<TierMigration> migration) {
            if (ticket == m_migrationTicket)
                emit migrationReady(*migration);
        },
        [this, ticket](const QString& message) {
            if (ticket == m_migrationTicket)
                emit requestFailed(message);
        });
}

template <typename T>
void AnalysisService::launch(std::function<T(DatabaseConnection&, const std::atomic_bool&)> work,
                             std::function<void(T)> done,
                             std::function<void(const QString&)> fail)
{
    QPointer<AnalysisService> self(this);
    const quint64 generation = m_generation;
    const QString filePath = m_filePath;
    const SqlDialect dialect = m_dialect;
    const std::shared_ptr<std::atomic_bool> stop = m_stop;
    // The destructor waits for the pool, so `self` outlives every worker; the pointer check drops
    // results for a service that is being destroyed.
    (void)QtConcurrent::run(&m_pool, [=] {
        T value{};
        QString error;
        try {
            // The connection is made, used and closed on this worker thread.
            DatabaseConnection connection(filePath, dialect);
            connection.applySettings();
            value = work(connection, *stop);
        } catch (const std::exception& e) {
            error = messageOf(e);
        }
        // Delivered on the service's thread; a service gone or moved to another database drops it.
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, value, error, done, fail] {
                if (!self || self->m_generation != generation)
                    return;
                if (error.isEmpty())
                    done(value);
                else
                    fail(error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace clientele
