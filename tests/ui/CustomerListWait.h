#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QThread>

namespace clientele::test {

// The customer list reads on a worker thread: lets the event loop run until everything the model (a
// CustomerTableModel) or the page (a CustomersPage, which also waits for its filter choices) asked for
// has arrived, or `timeoutMs` passed. Returns whether it did.
template <typename List>
bool waitForList(const List& model, int timeoutMs = 10000)
{
    const QDeadlineTimer deadline(timeoutMs);
    // Twice idle in a row: a result may queue a follow-up (the view's fetchMore, a filter choice).
    for (int idle = 0; idle < 2 && !deadline.hasExpired();) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (model.isLoading()) {
            idle = 0;
            QThread::msleep(1);
        } else {
            ++idle;
        }
    }
    return !model.isLoading();
}

} // namespace clientele::test
