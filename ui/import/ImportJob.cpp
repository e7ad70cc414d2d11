#include "ImportJob.h"

#include "import/ImportError.h"
#include "import/SpreadsheetReader.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QtConcurrent>

namespace clientele {

ImportJob::ImportJob(QObject* parent)
    : QObject(parent)
{
}

ImportJob::~ImportJob()
{
    cancel();
    waitForFinished();
}

void ImportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportJob::waitForFinished()
{
    if (m_future.isValid())
        m_future.waitForFinished();
}

QString ImportJob::location(qint64 row, int column)
{
    if (row > 0 && column > 0)
        return tr("Row %1, column %2").arg(row).arg(SpreadsheetReader::columnName(column - 1));
    if (row > 0)
        return tr("Row %1").arg(row);
    if (column > 0)
        return tr("Column %1").arg(SpreadsheetReader::columnName(column - 1));
    return {};
}

void ImportJob::start(const Database* db, const QString& filePath, const ImportOptions& options)
{
    Q_ASSERT(!m_running);
    waitForFinished();
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancelFlag = m_cancel;
    QPointer<ImportJob> self(this);
    m_future = QtConcurrent::run([self, cancelFlag, db, filePath, options] {
        // Results are handed back through the job's own thread; a job destroyed meanwhile drops them.
        auto post = [self](auto&& deliver) {
            if (self)
                QMetaObject::invokeMethod(self.data(), std::forward<decltype(deliver)>(deliver),
                                          Qt::QueuedConnection);
        };
        QElapsedTimer sinceLast;
        sinceLast.start();
        ImportProgress::Phase lastPhase = ImportProgress::Phase::Analysing;
        auto callback = [&](const ImportProgress& p) {
            // At most ~20 updates a second: the UI thread must not drown in events.
            if (p.phase != lastPhase || sinceLast.elapsed() >= 50 || p.permille >= 1000) {
                lastPhase = p.phase;
                sinceLast.restart();
                post([self, p] {
                    if (self)
                        emit self->progress(p);
                });
            }
            return !cancelFlag->load();
        };
        ImportReport report;
        QString error;
        try {
            auto connection = db->openThreadConnection();
            report = Importer::run(connection->handle(), connection->dialect(), filePath, options, callback);
        } catch (const ImportError& e) {
            const QString where = location(e.row(), e.column());
            error = where.isEmpty() ? e.message() : e.message() + QLatin1Char('\n') + where;
        } catch (const StorageError& e) {
            error = QString::fromUtf8(e.what());
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        post([self, report, error] {
            if (!self)
                return;
            self->m_running = false;
            if (error.isEmpty())
                emit self->finished(report);
            else
                emit self->failed(error);
        });
    });
}

} // namespace clientele
