#include "storage/CustomerNoteStore.h"

#include "storage/SqlSupport.h"

#include <QSqlQuery>

namespace clientele {

namespace {

QVariant id(std::int64_t value)
{
    return QVariant::fromValue<qint64>(value);
}

} // namespace

CustomerNoteStore::CustomerNoteStore(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

QList<CustomerNote> CustomerNoteStore::notesOf(std::int64_t customerId, int limit) const
{
    QString statement = QStringLiteral("SELECT id, customer_id, written_at, author, body FROM customer_note"
                                       " WHERE customer_id = ? ORDER BY written_at DESC, id DESC");
    if (limit > 0)
        statement += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery q = sql::run(m_db, statement, {id(customerId)});
    QList<CustomerNote> notes;
    while (q.next()) {
        CustomerNote n;
        n.id = q.value(0).toLongLong();
        n.customerId = q.value(1).toLongLong();
        n.writtenAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
        n.author = q.value(3).toString();
        n.body = q.value(4).toString();
        notes.append(n);
    }
    return notes;
}

int CustomerNoteStore::countOf(std::int64_t customerId) const
{
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM customer_note WHERE customer_id = ?"),
                       {id(customerId)})
        .toInt();
}

void CustomerNoteStore::add(CustomerNote& note)
{
    QSqlQuery q =
        sql::prepare(m_db, QStringLiteral("INSERT INTO customer_note (customer_id, written_at, author,"
                                          " body) VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(id(note.customerId));
    q.addBindValue(note.writtenAt.toString(Qt::ISODate));
    q.addBindValue(sql::textOrNull(note.author));
    q.addBindValue(note.body);
    sql::exec(q);
    q.next();
    note.id = q.value(0).toLongLong();
}

void CustomerNoteStore::restore(const CustomerNote& note)
{
    sql::run(m_db,
             QStringLiteral("INSERT INTO customer_note (id, customer_id, written_at, author, body)"
                            " VALUES (?, ?, ?, ?, ?)"),
             {id(note.id), id(note.customerId), note.writtenAt.toString(Qt::ISODate),
              sql::textOrNull(note.author), note.body});
}

bool CustomerNoteStore::remove(std::int64_t noteId)
{
    return sql::run(m_db, QStringLiteral("DELETE FROM customer_note WHERE id = ?"), {id(noteId)})
               .numRowsAffected() > 0;
}

} // namespace clientele
