#include "customers/CustomerEditQueue.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace clientele {

CustomerEditQueue::CustomerEditQueue(QObject* parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

CustomerEditQueue::~CustomerEditQueue()
{
    waitForWrites();
}

void CustomerEditQueue::post(const Database* db, Write write, Done done)
{
    if (++m_pending == 1)
        emit busyChanged(true);
    auto* watcher = new QFutureWatcher<QString>(this);
    // One pool thread runs the writes in the order they were posted, so their watchers finish in it too.
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done = std::move(done)] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (--m_pending == 0)
            emit busyChanged(false);
        done(error);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [db, write = std::move(write)]() -> QString {
        try {
            // The connection is made, used and closed on the worker thread.
            const std::unique_ptr<DatabaseConnection> connection = db->openThreadConnection();
            write(*connection);
            return {};
        } catch (const StorageError& e) {
            return e.message();
        } catch (const std::exception& e) {
            return QString::fromLocal8Bit(e.what());
        }
    }));
}

void CustomerEditQueue::waitForWrites()
{
    m_pool.waitForDone();
}

} // namespace clientele
