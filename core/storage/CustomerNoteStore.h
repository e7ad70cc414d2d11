#pragma once

#include "model/CustomerNote.h"
#include "storage/SqlDialect.h"

#include <QList>
#include <QSqlDatabase>

#include <cstdint>

namespace clientele {

// The dated notes of a customer (table customer_note). Writes run in the caller's WriteTransaction.
class CustomerNoteStore
{
public:
    CustomerNoteStore(const QSqlDatabase& db, const SqlDialect& dialect);

    // Newest first. limit <= 0 means all.
    QList<CustomerNote> notesOf(std::int64_t customerId, int limit = 0) const;
    int countOf(std::int64_t customerId) const;
    // Inserts a new note and sets its id.
    void add(CustomerNote& note);
    // Puts a removed note back with its original id (redo of an add, undo of a remove).
    void restore(const CustomerNote& note);
    // Returns whether a note was there to remove.
    bool remove(std::int64_t noteId);

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace clientele
