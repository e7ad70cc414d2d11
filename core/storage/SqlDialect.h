#pragma once

#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace clientele {

// Every difference between SQL dialects lives here, so the rest of the storage layer is standard SQL.
// SQLite is the embedded default; PostgreSQL is the planned server dialect.
class SqlDialect
{
public:
    enum class Engine
    {
        Sqlite,
        PostgreSql
    };

    explicit SqlDialect(Engine engine = Engine::Sqlite)
        : m_engine(engine)
    {
    }

    Engine engine() const { return m_engine; }
    QString qtDriverName() const;

    // Statements run on every new connection (pragmas on SQLite).
    QStringList connectionSetup() const;
    // Settings for a connection about to write many rows in one transaction: a page cache big enough
    // that dirty pages are not spilled to the WAL and rewritten over and over. Deferred: the tables
    // written have had their secondary indexes dropped for the load, so a smaller cache does.
    enum class BulkIndexes
    {
        Maintained,
        Deferred
    };
    QStringList bulkWriteSetup(BulkIndexes indexes = BulkIndexes::Maintained) const;
    // Settings for building indexes over many rows at the end of a bulk write: SQLite sorts the keys
    // in as much memory as the page cache is big, all of it when temporary files live in memory, on
    // top of the cache itself. A small cache and sort runs in temporary files keep the peak down.
    QStringList indexBuildSetup() const;
    // Reads the connection's page cache setting, to put it back after a bulk write (empty: none).
    QString readPageCacheSize() const;
    // Run before the owning connection closes: moves the write-ahead log into the database file and
    // empties it, so that other connections still open do not leave it looking like a crash's.
    // Empty when the engine has no such step.
    QString checkpointBeforeClose() const;
    // Puts back a value read with readPageCacheSize() (empty: nothing to do).
    QString writePageCacheSize(qint64 value) const;
    // SQLite's journals: the write-ahead log every connection uses, so that readers and a writer do
    // not block each other, and the rollback journal a bulk write uses while it has the file to
    // itself (see SoleWriterJournal). Empty for engines without such a choice.
    enum class Journal
    {
        WriteAheadLog,
        Rollback
    };
    QString journalMode(Journal journal) const;
    // How long a statement waits for another connection's lock before it fails (0: not at all).
    QString busyTimeout(int milliseconds) const;
    static constexpr int kBusyTimeoutMs = 5000;
    // Begins a transaction that takes the write lock at once (SQLite: BEGIN IMMEDIATE).
    QString beginWriteTransaction() const;
    // The clause an INSERT ends with to report the new row's id, and the call that executes such an
    // INSERT and returns the id. SQLite hands the row id over directly (RETURNING would cost it a
    // temporary table per row); PostgreSQL has no row id and needs RETURNING.
    QString returningIdClause() const;
    std::int64_t execInsert(QSqlQuery& query) const;
    // The column type of a surrogate primary key.
    QString autoIncrementPrimaryKey() const;
    // A consistent copy of the live database into a new file.
    QString backupInto(const QString& filePath) const;
    // Schema version bookkeeping.
    QString readSchemaVersion() const;
    QString writeSchemaVersion(int version) const;
    // Lists a table's indexes that can be dropped and built again (not those behind its primary key
    // or UNIQUE constraints): a query with the table name as its one parameter, giving each index's
    // name and the statement that creates it.
    QString droppableIndexes() const;
    // A column to ORDER BY in the order of its bytes (UTF-8: code point order), whatever the
    // database's collation: SQLite compares bytes already, PostgreSQL needs the "C" collation.
    QString inByteOrder(const QString& column) const;
    // Case-insensitive pattern match operator for searches.
    QString caseInsensitiveLike() const;
    // Replaces {pk} and {ci_like} placeholders in DDL and queries.
    QString expand(QString sql) const;

private:
    Engine m_engine;
};

} // namespace clientele
