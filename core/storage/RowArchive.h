#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace clientele {

// Rows copied out of tables before a delete, so that undo can put the same rows back with their ids
// (and so every reference to them still holds). Tables are restored in the order they were captured:
// capture parents before their children.
class RowArchive
{
public:
    // Copies the rows of table that match where (with ? placeholders bound to values).
    void
    capture(const QSqlDatabase& db, const QString& table, const QString& where, const QVariantList& values);

    // Inserts every captured row again. Call inside a write transaction; throws StorageError when a
    // row cannot go back (a row it refers to is gone, or its id was taken meanwhile).
    void restore(const QSqlDatabase& db) const;

    qsizetype rowCount() const;

private:
    struct TableRows
    {
        QString table;
        QStringList columns;
        QList<QVariantList> rows;
    };
    std::vector<TableRows> m_tables;
};

} // namespace clientele
