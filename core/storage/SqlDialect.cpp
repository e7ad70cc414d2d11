#include "storage/SqlDialect.h"

#include "storage/SqlSupport.h"

namespace clientele {

namespace {

// 32 MiB: enough for a load that only appends, and for building its indexes afterwards.
const QString kAppendingCache = QStringLiteral("PRAGMA cache_size = -32768");

} // namespace

QString SqlDialect::qtDriverName() const
{
    return m_engine == Engine::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QStringList SqlDialect::connectionSetup() const
{
    if (m_engine == Engine::PostgreSql)
        return {};
    return {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        busyTimeout(kBusyTimeoutMs),
        QStringLiteral("PRAGMA trusted_schema = OFF"),
        QStringLiteral("PRAGMA synchronous = FULL"),
    };
}

QStringList SqlDialect::bulkWriteSetup(BulkIndexes indexes) const
{
    if (m_engine == Engine::PostgreSql)
        return {};
    // 128 MiB of page cache while indexes take keys all over their B-trees, 32 MiB when rows and keys
    // are only appended; statement journals (multi-row and ON CONFLICT inserts) kept in memory
    // instead of a temporary file that every statement rewrites.
    return {indexes == BulkIndexes::Maintained ? QStringLiteral("PRAGMA cache_size = -131072")
                                               : kAppendingCache,
            QStringLiteral("PRAGMA temp_store = MEMORY")};
}

QStringList SqlDialect::indexBuildSetup() const
{
    if (m_engine == Engine::PostgreSql)
        return {};
    return {QStringLiteral("PRAGMA temp_store = FILE"), kAppendingCache};
}

QString SqlDialect::journalMode(Journal journal) const
{
    if (m_engine != Engine::Sqlite)
        return {};
    return journal == Journal::WriteAheadLog ? QStringLiteral("PRAGMA journal_mode = WAL")
                                             : QStringLiteral("PRAGMA journal_mode = DELETE");
}

QString SqlDialect::busyTimeout(int milliseconds) const
{
    return m_engine == Engine::Sqlite ? QStringLiteral("PRAGMA busy_timeout = %1").arg(milliseconds)
                                      : QString();
}

QString SqlDialect::checkpointBeforeClose() const
{
    return m_engine == Engine::Sqlite ? QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)") : QString();
}

QString SqlDialect::readPageCacheSize() const
{
    return m_engine == Engine::Sqlite ? QStringLiteral("PRAGMA cache_size") : QString();
}

QString SqlDialect::writePageCacheSize(qint64 value) const
{
    return m_engine == Engine::Sqlite ? QStringLiteral("PRAGMA cache_size = %1").arg(value) : QString();
}

QString SqlDialect::beginWriteTransaction() const
{
    return m_engine == Engine::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

QString SqlDialect::returningIdClause() const
{
    return m_engine == Engine::Sqlite ? QString() : QStringLiteral(" RETURNING id");
}

std::int64_t SqlDialect::execInsert(QSqlQuery& query) const
{
    sql::exec(query);
    if (m_engine == Engine::Sqlite)
        return query.lastInsertId().toLongLong();
    query.next();
    const std::int64_t id = query.value(0).toLongLong();
    query.finish();
    return id;
}

QString SqlDialect::autoIncrementPrimaryKey() const
{
    return m_engine == Engine::Sqlite ? QStringLiteral("INTEGER PRIMARY KEY")
                                      : QStringLiteral("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY");
}

QString SqlDialect::backupInto(const QString& filePath) const
{
    QString quoted = filePath;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("VACUUM INTO '%1'").arg(quoted);
}

QString SqlDialect::readSchemaVersion() const
{
    return m_engine == Engine::Sqlite ? QStringLiteral("PRAGMA user_version")
                                      : QStringLiteral("SELECT version FROM schema_version");
}

QString SqlDialect::writeSchemaVersion(int version) const
{
    return m_engine == Engine::Sqlite ? QStringLiteral("PRAGMA user_version = %1").arg(version)
                                      : QStringLiteral("UPDATE schema_version SET version = %1").arg(version);
}

QString SqlDialect::droppableIndexes() const
{
    // SQLite keeps no statement for the indexes of constraints (sqlite_autoindex_*).
    return m_engine == Engine::Sqlite
               ? QStringLiteral("SELECT name, sql FROM sqlite_master"
                                " WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name")
               : QStringLiteral(
                     "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.tablename = ?"
                     " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)"
                     " ORDER BY i.indexname");
}

QString SqlDialect::inByteOrder(const QString& column) const
{
    return m_engine == Engine::Sqlite ? column : column + QStringLiteral(" COLLATE \"C\"");
}

QString SqlDialect::caseInsensitiveLike() const
{
    // SQLite's LIKE folds ASCII case already; PostgreSQL needs ILIKE.
    return m_engine == Engine::Sqlite ? QStringLiteral("LIKE") : QStringLiteral("ILIKE");
}

QString SqlDialect::expand(QString sql) const
{
    sql.replace(QLatin1String("{pk}"), autoIncrementPrimaryKey());
    sql.replace(QLatin1String("{ci_like}"), caseInsensitiveLike());
    return sql;
}

} // namespace clientele
