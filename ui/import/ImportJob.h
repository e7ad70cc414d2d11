#pragma once

#include "import/ImportReport.h"
#include "import/Importer.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace clientele {

class Database;

// Runs one Importer::run (a dry run or the real import) on a worker thread with a connection of its
// own, made and closed on that thread. Progress and the outcome come back as queued signals, so the
// UI thread never waits. Destroying a running job cancels it and waits for the worker.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(QObject* parent = nullptr);
    ~ImportJob() override;

    // `db` must outlive the job (the destructor waits for the worker).
    void start(const Database* db, const QString& filePath, const ImportOptions& options);
    // Makes the progress callback return false: the import rolls back and finishes as cancelled.
    void cancel();
    bool isRunning() const { return m_running; }
    void waitForFinished();

    // "Row 12, column C" for an ImportError that names them; empty otherwise.
    static QString location(qint64 row, int column);

signals:
    void progress(const clientele::ImportProgress& progress);
    void finished(const clientele::ImportReport& report);
    // The import could not run (ImportError, StorageError, ...): nothing was written.
    void failed(const QString& message);

private:
    QFuture<void> m_future;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace clientele
