#include "storage/SqliteBulkStatement.h"

#include "storage/StorageError.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace clientele {

sqlite3* SqliteBulkStatement::handleOf(const QSqlDatabase& db)
{
    if (!db.isOpen() || db.driverName() != QLatin1String("QSQLITE") || !db.driver())
        return nullptr;
    // Qt hands its connection out as a QVariant holding a sqlite3* (see QSqlDriver::handle()).
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

SqliteBulkStatement::SqliteBulkStatement(sqlite3* handle, const QString& statement)
    : m_handle(handle)
    , m_text(statement)
{
    const QByteArray utf8 = statement.toUtf8();
    const int status = sqlite3_prepare_v3(m_handle, utf8.constData(), static_cast<int>(utf8.size()),
                                          SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (status != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        throw StorageError(StorageError::Kind::Sql,
                           tr("Cannot prepare \"%1\": %2").arg(m_text.left(200), message));
    }
    m_buffers.resize(static_cast<size_t>(sqlite3_bind_parameter_count(m_statement)));
}

SqliteBulkStatement::~SqliteBulkStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteBulkStatement::fail(const QString& what) const
{
    throw StorageError(StorageError::Kind::Sql, tr("\"%1\" failed: %2").arg(m_text.left(200), what));
}

void SqliteBulkStatement::check(int status, int index) const
{
    if (status != SQLITE_OK)
        fail(tr("cannot bind value %1 (%2)").arg(index + 1).arg(QString::fromUtf8(sqlite3_errstr(status))));
}

void SqliteBulkStatement::bindNull(int index)
{
    check(sqlite3_bind_null(m_statement, index + 1), index);
}

void SqliteBulkStatement::bindInt64(int index, std::int64_t value)
{
    check(sqlite3_bind_int64(m_statement, index + 1, static_cast<sqlite3_int64>(value)), index);
}

void SqliteBulkStatement::bindReal(int index, double value)
{
    check(sqlite3_bind_double(m_statement, index + 1, value), index);
}

void SqliteBulkStatement::bindUtf8(int index, QByteArrayView text)
{
    if (index < 0 || static_cast<size_t>(index) >= m_buffers.size())
        check(SQLITE_RANGE, index);
    std::string& buffer = m_buffers[static_cast<size_t>(index)];
    buffer.assign(text.data(), static_cast<size_t>(text.size()));
    check(
        sqlite3_bind_text64(m_statement, index + 1, buffer.data(), buffer.size(), SQLITE_STATIC, SQLITE_UTF8),
        index);
}

void SqliteBulkStatement::bindText(int index, QStringView text)
{
    if (index < 0 || static_cast<size_t>(index) >= m_buffers.size())
        check(SQLITE_RANGE, index);
    // The database stores UTF-8: convert here into a buffer kept per parameter (bound as static, so
    // SQLite copies nothing), with a plain narrowing loop for the common all-ASCII text.
    std::string& buffer = m_buffers[static_cast<size_t>(index)];
    const qsizetype size = text.size();
    buffer.resize(static_cast<size_t>(size));
    const char16_t* in = text.utf16();
    bool ascii = true;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = in[i];
        if (c >= 0x80) {
            ascii = false;
            break;
        }
        buffer[static_cast<size_t>(i)] = static_cast<char>(c);
    }
    if (!ascii) {
        const QByteArray utf8 = text.toUtf8();
        buffer.assign(utf8.constData(), static_cast<size_t>(utf8.size()));
    }
    check(
        sqlite3_bind_text64(m_statement, index + 1, buffer.data(), buffer.size(), SQLITE_STATIC, SQLITE_UTF8),
        index);
}

std::int64_t SqliteBulkStatement::exec()
{
    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_DONE || status == SQLITE_ROW) {
        const std::int64_t changed = sqlite3_changes64(m_handle);
        sqlite3_reset(m_statement);
        return changed;
    }
    sqlite3_reset(m_statement);
    fail(QString::fromUtf8(sqlite3_errmsg(m_handle)));
}

std::int64_t SqliteBulkStatement::execInsert()
{
    exec();
    return sqlite3_last_insert_rowid(m_handle);
}

} // namespace clientele
