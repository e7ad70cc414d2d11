#pragma once

#include "storage/SqlDialect.h"

#include <QSqlDatabase>

namespace clientele {

// While a bulk write's connection is the only one to its SQLite file, the write goes through a
// rollback journal instead of the write-ahead log: the pages it adds to the file are then written
// once, where the log writes each of them twice (into the log, then back at the checkpoint). The
// commit is atomic either way, and a crash's journal is rolled back at the next open. The log is
// back when this goes out of scope (and every open asks for it). With any other connection open,
// the application's own or another process's, nothing changes, and nothing waits for them.
// Construct it outside a transaction; end the transaction before it goes out of scope.
class SoleWriterJournal
{
public:
    SoleWriterJournal(const QSqlDatabase& db, const SqlDialect& dialect);
    ~SoleWriterJournal();
    SoleWriterJournal(const SoleWriterJournal&) = delete;
    SoleWriterJournal& operator=(const SoleWriterJournal&) = delete;

    // True while the write goes through the rollback journal.
    bool active() const { return m_active; }

private:
    QSqlDatabase m_db;
    const SqlDialect& m_dialect;
    bool m_active = false;
};

} // namespace clientele
