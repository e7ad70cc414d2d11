#pragma once

#include "report/ReportData.h"
#include "report/ReportOptions.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace clientele {

class Database;

// Collects a report's data on a worker thread with a connection of its own (the analyses of a large
// base take seconds); progress and the outcome come back as queued signals. Rendering stays on the
// GUI thread. Destroying a running job cancels it and waits for the worker.
class ReportJob : public QObject
{
    Q_OBJECT

public:
    explicit ReportJob(QObject* parent = nullptr);
    ~ReportJob() override;

    // `db` must outlive the job. The caller keeps the report's language installed until finished.
    void start(const Database* db, const ReportOptions& options);
    void cancel();
    bool isRunning() const { return m_running; }
    void waitForFinished();

signals:
    void progress(int percent, const QString& step);
    void finished(const std::shared_ptr<const clientele::ReportData>& data);
    void cancelled();
    void failed(const QString& message);

private:
    QFuture<void> m_future;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace clientele
