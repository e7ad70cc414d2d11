#include "customers/CustomerListWorker.h"

#include "storage/CustomerBulkEditor.h"
#include "storage/CustomerRepository.h"
#include "storage/DatabaseConnection.h"
#include "storage/StorageError.h"

#include <QSqlDatabase>

namespace clientele {

namespace {

// Runs `read` in one read transaction, so a count and the rows read after it agree even when a write
// lands in between.
template <typename Read>
void readConsistently(QSqlDatabase db, Read read)
{
    const bool inTransaction = db.transaction();
    try {
        read();
    } catch (...) {
        if (inTransaction)
            db.rollback();
        throw;
    }
    if (inTransaction)
        db.commit();
}

} // namespace

CustomerListWorker::CustomerListWorker(std::shared_ptr<const std::atomic<quint64>> latestGeneration,
                                       std::shared_ptr<std::atomic<int>> completedRequests)
    : m_latestGeneration(std::move(latestGeneration))
    , m_completedRequests(std::move(completedRequests))
{
}

CustomerListWorker::~CustomerListWorker() = default;

void CustomerListWorker::setSource(const QString& filePath, const SqlDialect& dialect)
{
    m_connection.reset();
    m_filePath = filePath;
    m_dialect = dialect;
}

DatabaseConnection* CustomerListWorker::connection()
{
    if (!m_connection && !m_filePath.isEmpty()) {
        // What Database::openThreadConnection() does. The Database itself is not used here: the session
        // destroys it before it tells the pages, so by then only its file name is safe to hold.
        auto connection = std::make_unique<DatabaseConnection>(m_filePath, m_dialect);
        connection->applySettings();
        m_connection = std::move(connection);
    }
    return m_connection.get();
}

bool CustomerListWorker::superseded(quint64 generation) const
{
    return generation < m_latestGeneration->load();
}

template <typename Read>
std::optional<QString> CustomerListWorker::serve(Read read)
{
    DatabaseConnection* db = connection();
    if (!db)
        return std::nullopt;
    QString error;
    try {
        read(*db);
    } catch (const StorageError& e) {
        error = e.message();
    } catch (const std::exception& e) {
        error = QString::fromLocal8Bit(e.what());
    }
    m_completedRequests->fetch_add(1);
    return error;
}

void CustomerListWorker::loadList(quint64 generation, const CustomerQuery& query, int rows)
{
    if (superseded(generation))
        return;
    CustomerListResult result;
    result.generation = generation;
    const std::optional<QString> error = serve([&](DatabaseConnection& db) {
        readConsistently(db.handle(), [&] {
            const CustomerRepository repository(db.handle(), db.dialect());
            const CustomerListSlice slice = repository.listStart(query, rows);
            result.total = slice.total;
            const bool filtered = query.hasFilter() || !query.search.trimmed().isEmpty();
            result.unfiltered = filtered ? repository.count({}) : result.total;
            result.rows = slice.rows;
        });
    });
    if (error && error->isEmpty())
        emit listLoaded(result);
    else if (error)
        emit failed(generation, *error);
}

void CustomerListWorker::loadPage(quint64 generation, const CustomerQuery& query, int offset, int limit)
{
    if (superseded(generation))
        return;
    CustomerPageResult result;
    result.generation = generation;
    result.offset = offset;
    const std::optional<QString> error = serve([&](DatabaseConnection& db) {
        result.rows = CustomerRepository(db.handle(), db.dialect()).listPage(query, offset, limit);
    });
    if (error && error->isEmpty())
        emit pageLoaded(result);
    else if (error)
        emit failed(generation, *error);
}

void CustomerListWorker::loadAnalyses(quint64 generation, const QList<std::int64_t>& ids)
{
    if (superseded(generation))
        return;
    CustomerAnalysesResult result;
    result.generation = generation;
    const std::optional<QString> error = serve([&](DatabaseConnection& db) {
        result.analyses = CustomerRepository(db.handle(), db.dialect()).currentAnalyses(ids);
    });
    if (error && error->isEmpty())
        emit analysesLoaded(result);
    else if (error)
        emit failed(generation, *error);
}

void CustomerListWorker::loadFilterChoices(quint64 source)
{
    CustomerFilterChoices choices;
    const std::optional<QString> error = serve([&](DatabaseConnection& db) {
        const CustomerBulkEditor editor(db.handle(), db.dialect());
        choices.owners = editor.owners();
        choices.tags = editor.tags();
        choices.analysisCodes = CustomerRepository(db.handle(), db.dialect()).currentAnalysisCodes();
    });
    if (error && error->isEmpty())
        emit filterChoicesLoaded(source, choices);
    else if (error)
        emit filterChoicesFailed(source, *error);
}

} // namespace clientele
