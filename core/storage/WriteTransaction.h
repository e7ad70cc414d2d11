#pragma once

#include "storage/SqlDialect.h"

#include <QSqlDatabase>

namespace clientele {

// RAII write transaction: begins IMMEDIATE (takes the write lock up front, so a WAL reader never
// fails half-way when it upgrades), rolls back unless commit() was called.
class WriteTransaction
{
public:
    WriteTransaction(const QSqlDatabase& db, const SqlDialect& dialect);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace clientele
