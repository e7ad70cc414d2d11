#include "storage/SoleWriterJournal.h"

#include "storage/SqlSupport.h"
#include "storage/StorageError.h"

namespace clientele {

SoleWriterJournal::SoleWriterJournal(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
    const QString rollback = m_dialect.journalMode(SqlDialect::Journal::Rollback);
    if (rollback.isEmpty())
        return;
    // Leaving the log needs every other connection gone: find out at once, not after the timeout.
    sql::run(m_db, m_dialect.busyTimeout(0));
    try {
        m_active =
            sql::scalar(m_db, rollback).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0;
    } catch (const StorageError&) {
        m_active = false; // another connection has the file open: the write stays in the log
    }
    sql::run(m_db, m_dialect.busyTimeout(SqlDialect::kBusyTimeoutMs));
}

SoleWriterJournal::~SoleWriterJournal()
{
    if (!m_active)
        return;
    try {
        sql::scalar(m_db, m_dialect.journalMode(SqlDialect::Journal::WriteAheadLog));
    } catch (const StorageError& e) {
        // The next open asks for the log again.
        qWarning("Clientele: the write-ahead log could not be turned back on: %s", qPrintable(e.message()));
    }
}

} // namespace clientele
