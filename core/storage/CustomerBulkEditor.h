#pragma once

#include "model/Tag.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <cstdint>

namespace clientele {

// A customer's owner before a bulk assignment, so the assignment can be undone.
struct OwnerChange
{
    std::int64_t customerId = 0;
    QString previousOwner; // empty: none
};

// What adding a tag to many customers did, so it can be undone exactly.
struct TagAssignment
{
    bool tagCreated = false;             // the tag did not exist before
    QList<std::int64_t> taggedCustomers; // the customers that did not carry it yet
};

// Changes many customers at once (the list's multi-select actions): tags and owners. Set-based
// statements over chunks of ids, so 100,000 selected customers take a few statements, not 100,000.
// The caller holds the write transaction, so one action is all or nothing.
class CustomerBulkEditor
{
    Q_DECLARE_TR_FUNCTIONS(CustomerBulkEditor)

public:
    CustomerBulkEditor(const QSqlDatabase& db, const SqlDialect& dialect);

    // Every tag, by name.
    QList<Tag> tags() const;
    // Every owner some customer has, by name.
    QStringList owners() const;

    // Gives the customers the tag, creating it with `kind` when it is new (an existing tag keeps its
    // kind). Throws StorageError (Validation) for a blank or too long name.
    TagAssignment addTag(const QList<std::int64_t>& customerIds, const QString& tagName, TagKind kind);
    // Takes the tag off the customers; returns those that carried it. An unknown tag changes nothing.
    QList<std::int64_t> removeTag(const QList<std::int64_t>& customerIds, const QString& tagName);
    // Deletes the tag if no customer carries it (undo of an add that created it).
    void deleteTagIfUnused(const QString& tagName);

    // Sets the owner (empty: none) of the customers; returns the ones that changed, with their old owner.
    QList<OwnerChange> assignOwner(const QList<std::int64_t>& customerIds, const QString& owner);
    // Puts the owners of an assignOwner() result back.
    void restoreOwners(const QList<OwnerChange>& changes);

    // The trimmed tag name; throws StorageError (Validation) for a blank or too long one. addTag()
    // checks too; callers that write later (on another thread) check first, so a refusal is at once.
    static QString checkedTagName(const QString& tagName);
    // The trimmed owner (empty: none); throws StorageError (Validation) when it is too long.
    static QString checkedOwner(const QString& owner);

    static constexpr int kMaxNameLength = 128; // tag.name and customer.owner are VARCHAR(128)

private:
    std::int64_t tagId(const QString& tagName) const;
    // The trimmed name; throws with `tooLong` (%1 its start, %2 the limit) when it is too long.
    static QString checkedName(const QString& name, const QString& tooLong);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace clientele
