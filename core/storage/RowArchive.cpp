#include "storage/RowArchive.h"

#include "storage/SqlSupport.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace clientele {

void RowArchive::capture(const QSqlDatabase& db,
                         const QString& table,
                         const QString& where,
                         const QVariantList& values)
{
    QSqlQuery q = sql::prepare(db, QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, where));
    for (const QVariant& value : values)
        q.addBindValue(value);
    sql::exec(q);
    TableRows rows{table, {}, {}};
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        rows.columns.append(record.fieldName(i));
    while (q.next()) {
        QVariantList row;
        row.reserve(rows.columns.size());
        for (int i = 0; i < rows.columns.size(); ++i)
            row.append(q.value(i));
        rows.rows.append(std::move(row));
    }
    m_tables.push_back(std::move(rows));
}

void RowArchive::restore(const QSqlDatabase& db) const
{
    for (const TableRows& rows : m_tables) {
        if (rows.rows.isEmpty())
            continue;
        // Explicit ids go into the identity columns: SQLite takes them as they are; on PostgreSQL the
        // ids were drawn from the sequence before, so it cannot hand them out again.
        const QString statement =
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(rows.table, rows.columns.join(QStringLiteral(", ")),
                     QStringList(rows.columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
        QSqlQuery q = sql::prepare(db, statement);
        for (const QVariantList& row : rows.rows) {
            for (int i = 0; i < row.size(); ++i)
                q.bindValue(i, row[i]);
            sql::exec(q);
        }
    }
}

qsizetype RowArchive::rowCount() const
{
    qsizetype count = 0;
    for (const TableRows& rows : m_tables)
        count += rows.rows.size();
    return count;
}

} // namespace clientele
