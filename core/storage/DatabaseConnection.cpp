#include "storage/DatabaseConnection.h"

#include "storage/SqlSupport.h"
#include "storage/StorageError.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

namespace clientele {

namespace {
QAtomicInteger<quint64> connectionCounter;
}

DatabaseConnection::DatabaseConnection(const QString& filePath, const SqlDialect& dialect, Access access)
    : m_filePath(filePath)
    , m_dialect(dialect)
    , m_name(QStringLiteral("clientele-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
    m_db = QSqlDatabase::addDatabase(dialect.qtDriverName(), m_name);
    m_db.setDatabaseName(filePath);
    QString options = QStringLiteral("QSQLITE_OPEN_NOFOLLOW");
    if (access == Access::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        const QString reason = m_db.lastError().text();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        throw StorageError(
            StorageError::Kind::Io,
            QCoreApplication::translate("clientele::Storage", "Cannot open %1: %2").arg(filePath, reason));
    }
}

DatabaseConnection::~DatabaseConnection()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool DatabaseConnection::canShareReads(const QSqlDatabase& db, const SqlDialect& dialect)
{
    return dialect.engine() == SqlDialect::Engine::Sqlite && QThread::idealThreadCount() > 1 &&
           QFileInfo(db.databaseName()).isFile();
}

void DatabaseConnection::applySettings()
{
    for (const QString& statement : m_dialect.connectionSetup())
        sql::run(m_db, statement);
}

} // namespace clientele
