#pragma once

#include "planning/PlanningError.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QFuture>
#include <QMetaObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QtConcurrent>

#include <functional>
#include <memory>

namespace clientele {

// Runs a read of the planning data (a measurement, the tracking table) on a worker thread with a
// database connection of its own, and hands the result or the error message back on the receiver's
// thread; a receiver destroyed meanwhile drops them. The caller keeps the future and waits for it
// before the database goes away.
template <typename Result>
QFuture<void> runPlanningTask(QObject* receiver,
                              const Database* db,
                              std::function<Result(const QSqlDatabase&, const SqlDialect&)> work,
                              std::function<void(Result)> done,
                              std::function<void(QString)> failed)
{
    QPointer<QObject> target(receiver);
    return QtConcurrent::run(
        [target, db, work = std::move(work), done = std::move(done), failed = std::move(failed)] {
            auto result = std::make_shared<Result>();
            QString error;
            try {
                auto connection = db->openThreadConnection();
                *result = work(connection->handle(), connection->dialect());
            } catch (const PlanningError& e) {
                error = e.message();
            } catch (const StorageError& e) {
                error = e.message();
            } catch (const std::exception& e) {
                error = QString::fromUtf8(e.what());
            }
            if (!target)
                return;
            QMetaObject::invokeMethod(
                target.data(),
                [target, result, error, done, failed] {
                    if (!target)
                        return;
                    if (error.isEmpty())
                        done(std::move(*result));
                    else
                        failed(error);
                },
                Qt::QueuedConnection);
        });
}

} // namespace clientele
