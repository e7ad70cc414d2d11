#pragma once

#include "storage/BulkStatement.h"

#include <QCoreApplication>

#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace clientele {

// A BulkStatement run through SQLite's C API on the very connection Qt's QSQLITE driver opened
// (QSqlDriver::handle()), inside the caller's transaction. Qt SQL spends most of a bulk load on
// its per-value QVariant binding and placeholder bookkeeping; this binds typed values directly.
// Only valid while the QSqlDatabase stays open, on the thread that uses it.
class SqliteBulkStatement : public BulkStatement
{
    Q_DECLARE_TR_FUNCTIONS(SqliteBulkStatement)

public:
    // The connection's sqlite3 handle, or nullptr when `db` is not an open QSQLITE connection.
    static sqlite3* handleOf(const QSqlDatabase& db);

    SqliteBulkStatement(sqlite3* handle, const QString& statement);
    ~SqliteBulkStatement() override;

    void bindNull(int index) override;
    void bindInt64(int index, std::int64_t value) override;
    void bindReal(int index, double value) override;
    void bindText(int index, QStringView text) override;
    void bindUtf8(int index, QByteArrayView text) override;
    std::int64_t exec() override;
    std::int64_t execInsert() override;

private:
    void check(int status, int index) const;
    [[noreturn]] void fail(const QString& what) const;

    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_text;
    std::vector<std::string> m_buffers; // UTF-8 of each bound text, alive until the next bind
};

} // namespace clientele
