#pragma once

#include "customers/CustomerListResults.h"
#include "storage/CustomerQuery.h"
#include "storage/SqlDialect.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>

namespace clientele {

class DatabaseConnection;

// The customer list's reads, run on CustomerListLoader's thread with a database connection of its own
// (opened there on first use and closed there): the count and first rows of a query, further pages, the
// latest analysis of loaded rows, the filter choices. Results go back as signals, queued to the UI
// thread. A request whose generation a newer list request has passed is skipped unless it has started.
class CustomerListWorker : public QObject
{
    Q_OBJECT

public:
    CustomerListWorker(std::shared_ptr<const std::atomic<quint64>> latestGeneration,
                       std::shared_ptr<std::atomic<int>> completedRequests);
    ~CustomerListWorker() override;

    // These run on the worker's thread (CustomerListLoader queues them there).
    // The database the next requests read; the open connection (to the previous one) is closed.
    void setSource(const QString& filePath, const SqlDialect& dialect);
    void loadList(quint64 generation, const CustomerQuery& query, int rows);
    void loadPage(quint64 generation, const CustomerQuery& query, int offset, int limit);
    void loadAnalyses(quint64 generation, const QList<std::int64_t>& ids);
    void loadFilterChoices(quint64 source);

signals:
    void listLoaded(const clientele::CustomerListResult& result);
    void pageLoaded(const clientele::CustomerPageResult& result);
    void analysesLoaded(const clientele::CustomerAnalysesResult& result);
    void filterChoicesLoaded(quint64 source, const clientele::CustomerFilterChoices& choices);
    // A read failed; `generation` is the request's (the source's for the filter choices).
    void failed(quint64 generation, const QString& message);
    void filterChoicesFailed(quint64 source, const QString& message);

private:
    bool superseded(quint64 generation) const;
    // The connection to the current source, opened on first use; nullptr without a source.
    DatabaseConnection* connection();
    // Runs read(connection) and counts the request as served. Returns the error message (empty on
    // success), or nothing when no database is open: then there is nothing to report.
    template <typename Read>
    std::optional<QString> serve(Read read);

    std::shared_ptr<const std::atomic<quint64>> m_latestGeneration;
    std::shared_ptr<std::atomic<int>> m_completedRequests;
    QString m_filePath;
    SqlDialect m_dialect;
    std::unique_ptr<DatabaseConnection> m_connection;
};

} // namespace clientele
