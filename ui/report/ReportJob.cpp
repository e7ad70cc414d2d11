#include "report/ReportJob.h"

#include "report/ReportDataCollector.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent>

namespace clientele {

ReportJob::ReportJob(QObject* parent)
    : QObject(parent)
{
}

ReportJob::~ReportJob()
{
    cancel();
    waitForFinished();
}

void ReportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ReportJob::waitForFinished()
{
    if (m_future.isValid())
        m_future.waitForFinished();
}

void ReportJob::start(const Database* db, const ReportOptions& options)
{
    Q_ASSERT(!m_running);
    waitForFinished();
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancelFlag = m_cancel;
    QPointer<ReportJob> self(this);
    const QString databaseName = QFileInfo(db->filePath()).fileName();
    m_future = QtConcurrent::run([self, cancelFlag, db, options, databaseName] {
        // Results are handed back through the job's own thread; a job destroyed meanwhile drops them.
        auto post = [self](auto&& deliver) {
            if (self)
                QMetaObject::invokeMethod(self.data(), std::forward<decltype(deliver)>(deliver),
                                          Qt::QueuedConnection);
        };
        QElapsedTimer sinceLast;
        sinceLast.start();
        const auto onProgress = [&](int percent, const QString& step) {
            // At most ~20 updates a second.
            if (sinceLast.elapsed() < 50 && percent < 100)
                return;
            sinceLast.restart();
            post([self, percent, step] {
                if (self)
                    emit self->progress(percent, step);
            });
        };
        std::shared_ptr<const ReportData> data;
        QString error;
        try {
            const auto connection = db->openThreadConnection();
            std::optional<ReportData> collected =
                ReportDataCollector(connection->handle(), connection->dialect())
                    .collect(options, databaseName, onProgress, cancelFlag.get());
            if (collected)
                data = std::make_shared<const ReportData>(std::move(*collected));
        } catch (const ReportDataError& e) {
            error = QString::fromStdString(e.what());
        } catch (const StorageError& e) {
            error = e.message();
        } catch (const std::exception& e) {
            error = QString::fromStdString(e.what());
        }
        post([self, data, error] {
            if (!self)
                return;
            self->m_running = false;
            if (!error.isEmpty())
                emit self->failed(error);
            else if (!data)
                emit self->cancelled();
            else
                emit self->finished(data);
        });
    });
}

} // namespace clientele
