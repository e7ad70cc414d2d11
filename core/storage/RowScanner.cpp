#include "storage/RowScanner.h"

#include "storage/SqlSupport.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>

#include <sqlite3.h>

namespace clientele {

namespace {

sqlite3* sqliteHandle(const QSqlDatabase& db, const SqlDialect& dialect)
{
    if (dialect.engine() != SqlDialect::Engine::Sqlite || !db.isOpen() || !db.driver())
        return nullptr;
    // Qt hands its connection out as a QVariant holding a sqlite3* (QSqlDriver::handle()).
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

// Qt SQL would bind a QByteArray as a blob: here it stands for UTF-8 text.
QVariant forQt(const QVariant& value)
{
    return value.typeId() == QMetaType::QByteArray ? QVariant(QString::fromUtf8(value.toByteArray())) : value;
}

} // namespace

RowScanner::RowScanner(const QSqlDatabase& db,
                       const SqlDialect& dialect,
                       const QString& statement,
                       std::initializer_list<QVariant> values)
    : m_statement(statement)
{
    start(db, dialect, values.begin(), values.size());
}

RowScanner::RowScanner(const QSqlDatabase& db,
                       const SqlDialect& dialect,
                       const QString& statement,
                       const std::vector<QVariant>& values)
    : m_statement(statement)
{
    start(db, dialect, values.data(), values.size());
}

void RowScanner::start(const QSqlDatabase& db,
                       const SqlDialect& dialect,
                       const QVariant* values,
                       std::size_t count)
{
    sqlite3* handle = sqliteHandle(db, dialect);
    if (!handle) {
        m_query = sql::prepare(db, m_statement);
        for (std::size_t i = 0; i < count; ++i)
            m_query.addBindValue(forQt(values[i]));
        sql::exec(m_query);
        return;
    }
    const QByteArray utf8 = m_statement.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), static_cast<int>(utf8.size()), &m_sqlite, nullptr) !=
        SQLITE_OK)
        fail(QString::fromUtf8(sqlite3_errmsg(handle)));
    bind(values, count);
}

void RowScanner::bind(const QVariant* values, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i) {
        const QVariant& value = values[i];
        const int index = static_cast<int>(i) + 1;
        int status = SQLITE_OK;
        if (value.isNull()) {
            status = sqlite3_bind_null(m_sqlite, index);
        } else if (value.typeId() == QMetaType::QByteArray) {
            const auto* text = static_cast<const QByteArray*>(value.constData());
            status = sqlite3_bind_text(m_sqlite, index, text->constData(), static_cast<int>(text->size()),
                                       SQLITE_TRANSIENT);
        } else if (value.typeId() == QMetaType::QString) {
            const QByteArray text = value.toString().toUtf8();
            status = sqlite3_bind_text(m_sqlite, index, text.constData(), static_cast<int>(text.size()),
                                       SQLITE_TRANSIENT);
        } else if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) {
            status = sqlite3_bind_double(m_sqlite, index, value.toDouble());
        } else {
            status = sqlite3_bind_int64(m_sqlite, index, value.toLongLong());
        }
        if (status != SQLITE_OK)
            fail(QString::fromUtf8(sqlite3_errstr(status)));
    }
}

void RowScanner::rerun(const std::vector<QVariant>& values)
{
    if (!m_sqlite) {
        for (std::size_t i = 0; i < values.size(); ++i)
            m_query.bindValue(static_cast<int>(i), forQt(values[i]));
        sql::exec(m_query);
        return;
    }
    sqlite3_reset(m_sqlite);
    bind(values.data(), values.size());
}

RowScanner::~RowScanner()
{
    sqlite3_finalize(m_sqlite);
}

void RowScanner::fail(const QString& what) const
{
    throw StorageError(StorageError::Kind::Sql,
                       QCoreApplication::translate("clientele::Storage", "Database error: %1 (in: %2)")
                           .arg(what, m_statement.simplified().left(160)));
}

bool RowScanner::next()
{
    if (!m_sqlite) {
        m_text.clear();
        return m_query.next();
    }
    const int status = sqlite3_step(m_sqlite);
    if (status == SQLITE_ROW)
        return true;
    if (status != SQLITE_DONE)
        fail(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_sqlite))));
    return false;
}

bool RowScanner::isNull(int column) const
{
    if (!m_sqlite)
        return m_query.value(column).isNull();
    return sqlite3_column_type(m_sqlite, column) == SQLITE_NULL;
}

qint64 RowScanner::integer(int column) const
{
    if (!m_sqlite)
        return m_query.value(column).toLongLong();
    return sqlite3_column_int64(m_sqlite, column);
}

double RowScanner::real(int column) const
{
    if (!m_sqlite)
        return m_query.value(column).toDouble();
    return sqlite3_column_double(m_sqlite, column);
}

QByteArrayView RowScanner::text(int column) const
{
    if (!m_sqlite) {
        if (m_text.size() <= static_cast<std::size_t>(column))
            m_text.resize(static_cast<std::size_t>(column) + 1);
        const QVariant value = m_query.value(column);
        // Dates and timestamps from other engines come back typed: as ISO text like SQLite's.
        QByteArray& copy = m_text[static_cast<std::size_t>(column)];
        copy = value.typeId() == QMetaType::QDateTime ? value.toDateTime().toString(Qt::ISODate).toUtf8()
               : value.typeId() == QMetaType::QDate   ? value.toDate().toString(Qt::ISODate).toUtf8()
                                                      : value.toString().toUtf8();
        return copy;
    }
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_sqlite, column));
    return QByteArrayView(bytes, sqlite3_column_bytes(m_sqlite, column));
}

} // namespace clientele
