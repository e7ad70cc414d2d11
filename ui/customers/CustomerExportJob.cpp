#include "customers/CustomerExportJob.h"

#include "export/ExportError.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QtConcurrent>

namespace clientele {

CustomerExportJob::CustomerExportJob(QObject* parent)
    : QObject(parent)
{
}

CustomerExportJob::~CustomerExportJob()
{
    cancel();
    waitForFinished();
}

void CustomerExportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void CustomerExportJob::waitForFinished()
{
    m_future.waitForFinished();
}

void CustomerExportJob::start(const Database* db, const CustomerExportRequest& request)
{
    Q_ASSERT(!m_running);
    waitForFinished();
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancelFlag = m_cancel;
    QPointer<CustomerExportJob> self(this);
    m_future = QtConcurrent::run([self, cancelFlag, db, request] {
        // Results go back through the job's own thread; a job destroyed meanwhile drops them.
        auto post = [self](auto&& deliver) {
            if (self)
                QMetaObject::invokeMethod(self.data(), std::forward<decltype(deliver)>(deliver),
                                          Qt::QueuedConnection);
        };
        QElapsedTimer sinceLast;
        sinceLast.start();
        auto callback = [&](int done, int total) {
            // At most ~20 updates a second: the UI thread must not drown in events.
            if (sinceLast.elapsed() >= 50 || done == total) {
                sinceLast.restart();
                post([self, done, total] {
                    if (self)
                        emit self->progress(done, total);
                });
            }
            return !cancelFlag->load();
        };
        CustomerExportResult result;
        QString error;
        try {
            auto connection = db->openThreadConnection();
            result = CustomerExport::run(connection->handle(), connection->dialect(), request, callback);
        } catch (const ExportError& e) {
            error = e.message();
        } catch (const StorageError& e) {
            error = e.message();
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        const QString filePath = request.filePath;
        post([self, result, error, filePath] {
            if (!self)
                return;
            self->m_running = false;
            if (error.isEmpty())
                emit self->finished(result, filePath);
            else
                emit self->failed(error);
        });
    });
}

} // namespace clientele
