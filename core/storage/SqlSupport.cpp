#include "storage/SqlSupport.h"

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace clientele::sql {

namespace {

[[noreturn]] void fail(const QSqlQuery& query, const QString& statement)
{
    const QSqlError error = query.lastError();
    const QString native = error.nativeErrorCode();
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), with extended codes, mean a damaged file.
    const int code = native.toInt();
    const auto kind =
        (code & 0xff) == 11 || (code & 0xff) == 26 ? StorageError::Kind::Damaged : StorageError::Kind::Sql;
    throw StorageError(kind, QCoreApplication::translate("clientele::Storage", "Database error: %1 (in: %2)")
                                 .arg(error.text(), statement.simplified().left(160)));
}

} // namespace

QSqlQuery prepare(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        fail(query, statement);
    return query;
}

void exec(QSqlQuery& query)
{
    if (!query.exec())
        fail(query, query.lastQuery());
}

QSqlQuery run(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    QSqlQuery query = prepare(db, statement);
    for (const QVariant& value : values)
        query.addBindValue(value);
    exec(query);
    return query;
}

QVariant scalar(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    QSqlQuery query = run(db, statement, values);
    return query.next() ? query.value(0) : QVariant();
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace clientele::sql
