#pragma once

#include "customers/CustomerListResults.h"
#include "storage/CustomerQuery.h"

#include <QObject>

#include <atomic>
#include <cstdint>
#include <memory>

class QThread;

namespace clientele {

class CustomerListWorker;
class Database;

// Runs the customer list's reads off the UI thread: a thread of its own with a CustomerListWorker
// (and so one database connection) on it, requests queued to it in order, results delivered as
// queued signals on the loader's thread.
//
// Generations: each list request carries one; a list request with a higher generation supersedes every
// request before it, which the worker then skips if it has not started them. Results still carry their
// generation, and the receiver drops those that are not the latest (a superseded request that had
// already started).
class CustomerListLoader : public QObject
{
    Q_OBJECT

public:
    explicit CustomerListLoader(QObject* parent = nullptr);
    // Waits for the request being read (if any); the queued ones are skipped.
    ~CustomerListLoader() override;

    // The database the next requests read (nullptr: none). Only its file and dialect are kept: the
    // worker opens its own connection there.
    void setDatabase(const Database* db);
    bool hasDatabase() const { return m_hasDatabase; }

    void loadList(quint64 generation, const CustomerQuery& query, int rows);
    void loadPage(quint64 generation, const CustomerQuery& query, int offset, int limit);
    void loadAnalyses(quint64 generation, const QList<std::int64_t>& ids);
    // Delivered by filterChoicesLoaded unless the database changed meanwhile.
    void loadFilterChoices();

    // Requests the worker has finished (delivered or failed), for tests that need to know a result is
    // on its way before they let the event loop run.
    int completedRequests() const { return m_completedRequests->load(); }

signals:
    void listLoaded(const clientele::CustomerListResult& result);
    void pageLoaded(const clientele::CustomerPageResult& result);
    void analysesLoaded(const clientele::CustomerAnalysesResult& result);
    void failed(quint64 generation, const QString& message);
    void filterChoicesLoaded(const clientele::CustomerFilterChoices& choices);
    void filterChoicesFailed(const QString& message);

private:
    QThread* m_thread = nullptr;
    CustomerListWorker* m_worker = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latestGeneration;
    std::shared_ptr<std::atomic<int>> m_completedRequests;
    quint64 m_source = 0; // which database the filter choices are of
    bool m_hasDatabase = false;
};

} // namespace clientele
