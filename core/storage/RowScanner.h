#pragma once

#include "storage/SqlDialect.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <vector>

struct sqlite3_stmt;

namespace clientele {

// A forward-only read of many rows with cheap column access, for whole-table scans (the analytics
// read a million order lines per recompute). On SQLite it steps the statement through SQLite's C
// API on the connection Qt opened, reading integers and UTF-8 text in place: Qt SQL builds a
// QVariant, and for text a UTF-16 QString, per value, which costs several times the scan itself.
// Other engines go through QSqlQuery. Text views stay valid until the next call to next().
// The same holds for writing many rows: a multi-row INSERT run batch after batch through rerun()
// binds its values straight into SQLite instead of through Qt SQL's per-value bookkeeping.
class RowScanner
{
public:
    // Binds the values positionally (integers, doubles and text, a QByteArray as UTF-8 text; a null
    // QVariant as NULL). The
    // statement runs at the first next(). Throws StorageError when it cannot be prepared or run.
    RowScanner(const QSqlDatabase& db,
               const SqlDialect& dialect,
               const QString& statement,
               std::initializer_list<QVariant> values = {});
    RowScanner(const QSqlDatabase& db,
               const SqlDialect& dialect,
               const QString& statement,
               const std::vector<QVariant>& values);
    ~RowScanner();

    // Starts the statement over with new values (as many as it has placeholders); it runs at the
    // next next(). The SQLite statement is prepared once, however often it is rerun.
    void rerun(const std::vector<QVariant>& values);
    RowScanner(const RowScanner&) = delete;
    RowScanner& operator=(const RowScanner&) = delete;

    bool next();
    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArrayView text(int column) const; // UTF-8

private:
    void start(const QSqlDatabase& db, const SqlDialect& dialect, const QVariant* values, std::size_t count);
    void bind(const QVariant* values, std::size_t count);
    [[noreturn]] void fail(const QString& what) const;

    QString m_statement;
    sqlite3_stmt* m_sqlite = nullptr;
    QSqlQuery m_query;
    mutable std::vector<QByteArray> m_text; // the Qt path's UTF-8 copies of the current row
};

} // namespace clientele
