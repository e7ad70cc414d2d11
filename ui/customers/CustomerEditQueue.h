#pragma once

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>

namespace clientele {

class Database;
class DatabaseConnection;

// Runs the Customers page's bulk writes (a tag or an owner for many customers, and their undo and
// redo) on a worker thread with its own connection, one after another in the order they were posted,
// so a write to 100,000 customers never holds up the UI thread and an undo never overtakes the edit
// it undoes. `done` runs on the UI thread with the error message (empty when the write succeeded).
class CustomerEditQueue : public QObject
{
    Q_OBJECT

public:
    using Write = std::function<void(DatabaseConnection& connection)>;
    using Done = std::function<void(const QString& error)>;

    explicit CustomerEditQueue(QObject* parent = nullptr);
    // Waits for the writes already posted: they hold on to the database.
    ~CustomerEditQueue() override;

    void post(const Database* db, Write write, Done done);
    // Writes posted and not yet reported back through `done`.
    bool isBusy() const { return m_pending > 0; }
    // Blocks until every posted write has run (before the database goes away). Their `done` still
    // arrives through the event loop.
    void waitForWrites();

signals:
    void busyChanged(bool busy);

private:
    QThreadPool m_pool; // one thread: the writes stay in order
    int m_pending = 0;
};

} // namespace clientele
