#include "customers/CustomerListLoader.h"

#include "customers/CustomerListWorker.h"
#include "storage/Database.h"

#include <QThread>

#include <limits>

namespace clientele {

CustomerListLoader::CustomerListLoader(QObject* parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_latestGeneration(std::make_shared<std::atomic<quint64>>(0))
    , m_completedRequests(std::make_shared<std::atomic<int>>(0))
{
    qRegisterMetaType<clientele::CustomerListResult>();
    qRegisterMetaType<clientele::CustomerPageResult>();
    qRegisterMetaType<clientele::CustomerAnalysesResult>();
    qRegisterMetaType<clientele::CustomerFilterChoices>();
    m_thread->setObjectName(QStringLiteral("CustomerListLoader"));
    m_worker = new CustomerListWorker(m_latestGeneration, m_completedRequests);
    m_worker->moveToThread(m_thread);
    // Deleted on its own thread when the thread ends, which closes its connection there.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Worker → loader: queued, since the two live on different threads.
    connect(m_worker, &CustomerListWorker::listLoaded, this, &CustomerListLoader::listLoaded);
    connect(m_worker, &CustomerListWorker::pageLoaded, this, &CustomerListLoader::pageLoaded);
    connect(m_worker, &CustomerListWorker::analysesLoaded, this, &CustomerListLoader::analysesLoaded);
    connect(m_worker, &CustomerListWorker::failed, this, &CustomerListLoader::failed);
    connect(m_worker, &CustomerListWorker::filterChoicesLoaded, this,
            [this](quint64 source, const CustomerFilterChoices& choices) {
                if (source == m_source)
                    emit filterChoicesLoaded(choices);
            });
    connect(m_worker, &CustomerListWorker::filterChoicesFailed, this,
            [this](quint64 source, const QString& message) {
                if (source == m_source)
                    emit filterChoicesFailed(message);
            });
    m_thread->start();
}

CustomerListLoader::~CustomerListLoader()
{
    // Everything still queued is superseded; the read under way (one query) is waited for.
    m_latestGeneration->store(std::numeric_limits<quint64>::max());
    m_thread->quit();
    m_thread->wait();
}

void CustomerListLoader::setDatabase(const Database* db)
{
    ++m_source;
    m_hasDatabase = db != nullptr;
    const QString filePath = db ? db->filePath() : QString();
    const SqlDialect dialect = db ? db->dialect() : SqlDialect();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, filePath, dialect] { worker->setSource(filePath, dialect); },
        Qt::QueuedConnection);
}

void CustomerListLoader::loadList(quint64 generation, const CustomerQuery& query, int rows)
{
    m_latestGeneration->store(generation);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, generation, query, rows] { worker->loadList(generation, query, rows); },
        Qt::QueuedConnection);
}

void CustomerListLoader::loadPage(quint64 generation, const CustomerQuery& query, int offset, int limit)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation, query, offset, limit] {
            worker->loadPage(generation, query, offset, limit);
        },
        Qt::QueuedConnection);
}

void CustomerListLoader::loadAnalyses(quint64 generation, const QList<std::int64_t>& ids)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, generation, ids] { worker->loadAnalyses(generation, ids); },
        Qt::QueuedConnection);
}

void CustomerListLoader::loadFilterChoices()
{
    const quint64 source = m_source;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, source] { worker->loadFilterChoices(source); }, Qt::QueuedConnection);
}

} // namespace clientele
