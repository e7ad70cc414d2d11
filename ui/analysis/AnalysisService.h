#pragma once

#include "analysis/SegmentOverview.h"
#include "analysis/TierMigration.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/KpiCalculator.h"
#include "storage/SqlDialect.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

class QTimer;

namespace clientele {

class Database;
class DatabaseConnection;

// The GUI's analysis in the background. Runs the AnalyticsEngine on a worker thread with a connection
// of its own (made, used and closed there), reports progress, can be cancelled, keeps the latest
// result, and stores it as the snapshot of SnapshotStore::kCurrentPeriod so the customer list can
// filter on it in SQL. Also computes, off the UI thread, what the Segments page asks for: the KPIs
// of a period and the tier migration between two periods' snapshots. Results come back as signals
// on the service's thread; results for a database that is no longer set are dropped.
class AnalysisService : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisService(QObject* parent = nullptr);
    // Cancels and waits for the workers.
    ~AnalysisService() override;

    // nullptr = none. Cancels what runs for the previous database; with a database, recomputes.
    // Only the file path and dialect are kept: workers never touch the Database object.
    void setDatabase(const Database* db);
    bool hasDatabase() const { return !m_filePath.isEmpty(); }
    void setEngineOptions(const AnalyticsEngine::Options& options) { m_options = options; }
    const AnalyticsEngine::Options& engineOptions() const { return m_options; }
    // Delay of scheduleRecompute(), so a burst of edits makes one run.
    void setRecomputeDelay(int milliseconds);

    bool isRunning() const { return m_running; }
    // The latest finished analysis and its summary; null before the first one.
    std::shared_ptr<const AnalyticsEngine::Result> result() const { return m_result; }
    std::shared_ptr<const SegmentOverview> overview() const { return m_overview; }
    QString lastError() const { return m_lastError; }

public slots:
    // Starts a run now; a run in progress is cancelled and the new one follows it.
    void recompute();
    // Starts a run after the recompute delay (coalescing calls that come close together).
    void scheduleRecompute();
    void cancel();
    // The KPIs of a period ("2011Q3") and the one before it; kpisReady or requestFailed answer.
    void requestKpis(const QString& periodCode);
    // The tier migration between two periods' snapshots; with createMissing, missing snapshots are
    // made first (an engine run as of the period end each). migrationReady or requestFailed answer.
    void requestMigration(const QString& fromPeriod, const QString& toPeriod, bool createMissing);

signals:
    void started();
    // permille of the whole run, with the current step in words.
    void progress(int permille, const QString& text);
    // result() and overview() hold the new analysis; the current snapshot is stored.
    void finished();
    void failed(const QString& message);
    void cancelled();
    void kpisReady(const clientele::KpiReport& report);
    void migrationReady(const clientele::TierMigration& migration);
    // A KPI or migration request could not be answered.
    void requestFailed(const QString& message);

private:
    struct RunOutcome;
    void startRun();
    void onRunDone(const std::shared_ptr<RunOutcome>& outcome);
    // Runs work(connection, cancel) on the service's pool with a connection of its own; done(value)
    // or fail(message) run on this thread unless the database changed meanwhile.
    template <typename T>
    void launch(std::function<T(DatabaseConnection&, const std::atomic_bool&)> work,
                std::function<void(T)> done,
                std::function<void(const QString&)> fail);

    QThreadPool m_pool;
    QString m_filePath;
    SqlDialect m_dialect;
    AnalyticsEngine::Options m_options;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel; // the running engine run's flag
    std::shared_ptr<std::atomic_bool> m_stop;   // every worker of the current database
    bool m_running = false;
    bool m_rerun = false;
    quint64 m_kpiTicket = 0;
    quint64 m_migrationTicket = 0;
    QTimer* m_delay = nullptr;
    std::shared_ptr<const AnalyticsEngine::Result> m_result;
    std::shared_ptr<const SegmentOverview> m_overview;
    QString m_lastError;
};

} // namespace clientele
