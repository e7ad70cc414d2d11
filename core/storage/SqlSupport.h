#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace clientele::sql {

// Prepares a statement or throws StorageError naming the statement and the driver's message.
QSqlQuery prepare(const QSqlDatabase& db, const QString& statement);
// Executes a prepared statement or throws.
void exec(QSqlQuery& query);
// Prepares, binds positionally and executes; returns the active query.
QSqlQuery run(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values = {});
// Runs a query that yields one value (first column of the first row); an invalid QVariant if no row.
QVariant
scalar(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values = {});

// Binds an empty string as NULL so optional text stays NULL in the database.
QVariant textOrNull(const QString& text);

} // namespace clientele::sql
