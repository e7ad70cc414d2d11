#pragma once

#include "storage/SqlDialect.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <memory>

namespace clientele {

// One prepared INSERT/UPDATE run very many times in a bulk load (imports, sample data). Values are
// bound by 0-based position and typed, so no QVariant is built per value. prepare() picks the
// fastest implementation for the connection: SQLite's C API on the connection's own handle
// (SqliteBulkStatement), else Qt SQL (QtBulkStatement), which any driver can run.
class BulkStatement
{
public:
    // Throws StorageError naming the statement when it cannot be prepared.
    static std::unique_ptr<BulkStatement>
    prepare(const QSqlDatabase& db, const SqlDialect& dialect, const QString& statement);

    virtual ~BulkStatement() = default;
    BulkStatement(const BulkStatement&) = delete;
    BulkStatement& operator=(const BulkStatement&) = delete;

    virtual void bindNull(int index) = 0;
    virtual void bindInt64(int index, std::int64_t value) = 0;
    virtual void bindReal(int index, double value) = 0;
    // The text is copied: the caller's string may change before exec().
    virtual void bindText(int index, QStringView text) = 0;
    // UTF-8 text, copied as bindText's.
    virtual void bindUtf8(int index, QByteArrayView text) = 0;
    // An empty text is stored as NULL, so optional text stays NULL in the database.
    void bindTextOrNull(int index, QStringView text)
    {
        if (text.isEmpty())
            bindNull(index);
        else
            bindText(index, text);
    }
    // 0 (or less) is stored as NULL: "no row".
    void bindIdOrNull(int index, std::int64_t id)
    {
        if (id > 0)
            bindInt64(index, id);
        else
            bindNull(index);
    }

    // Runs the statement with the values bound; returns how many rows it changed. Throws StorageError.
    virtual std::int64_t exec() = 0;
    // Runs an INSERT that ends with SqlDialect::returningIdClause() and returns the new row's id.
    virtual std::int64_t execInsert() = 0;

protected:
    BulkStatement() = default;
};

} // namespace clientele
