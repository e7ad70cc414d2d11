#pragma once

#include "export/CustomerExport.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>

namespace clientele {

class Database;

// Runs one CustomerExport on a worker thread with a database connection of its own, so a 100,000-row
// export never blocks the window. Progress and the outcome come back as queued signals. Destroying a
// running job cancels it and waits for the worker (which then leaves no file).
class CustomerExportJob : public QObject
{
    Q_OBJECT

public:
    explicit CustomerExportJob(QObject* parent = nullptr);
    ~CustomerExportJob() override;

    // `db` must outlive the job.
    void start(const Database* db, const CustomerExportRequest& request);
    void cancel();
    bool isRunning() const { return m_running; }
    void waitForFinished();

signals:
    void progress(int done, int total);
    // `result.cancelled`: stopped on request, no file written.
    void finished(const clientele::CustomerExportResult& result, const QString& filePath);
    void failed(const QString& message);

private:
    QFuture<void> m_future;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace clientele
