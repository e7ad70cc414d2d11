#include "storage/CustomerBulkEditor.h"

#include "storage/ActivityRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/SqlSupport.h"
#include "storage/StorageError.h"

#include <QHash>
#include <QSqlQuery>

namespace clientele {

namespace {

QVariant idValue(std::int64_t id)
{
    return QVariant::fromValue<qint64>(id);
}

// Calls `run` with consecutive slices of `ids`, each small enough for one IN list.
template <typename Run>
void inChunks(const QList<std::int64_t>& ids, Run run)
{
    for (qsizetype start = 0; start < ids.size(); start += CustomerRepository::kIdsPerStatement)
        run(ids.mid(start, CustomerRepository::kIdsPerStatement));
}

void bindIds(QSqlQuery& q, const QList<std::int64_t>& ids)
{
    for (std::int64_t id : ids)
        q.addBindValue(idValue(id));
}

} // namespace

CustomerBulkEditor::CustomerBulkEditor(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

QList<Tag> CustomerBulkEditor::tags() const
{
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT id, name, kind FROM tag ORDER BY name"));
    QList<Tag> result;
    while (q.next())
        result.append(
            {q.value(0).toLongLong(), q.value(1).toString(),
             q.value(2).toString() == tagKindKey(TagKind::Dynamic) ? TagKind::Dynamic : TagKind::Static});
    return result;
}

QStringList CustomerBulkEditor::owners() const
{
    // DISTINCT over the owner index: one step per owner, not per customer.
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT DISTINCT owner FROM customer WHERE owner IS NOT NULL"
                                                " ORDER BY owner"));
    QStringList result;
    while (q.next())
        result << q.value(0).toString();
    return result;
}

QString CustomerBulkEditor::checkedName(const QString& name, const QString& tooLong)
{
    const QString trimmed = name.trimmed();
    if (trimmed.size() > kMaxNameLength)
        throw StorageError(StorageError::Kind::Validation, tooLong.arg(trimmed.left(20)).arg(kMaxNameLength));
    return trimmed;
}

QString CustomerBulkEditor::checkedTagName(const QString& tagName)
{
    const QString name = checkedName(tagName, tr("The tag name \"%1…\" is longer than %2 characters."));
    if (name.isEmpty())
        throw StorageError(StorageError::Kind::Validation, tr("A tag needs a name."));
    return name;
}

QString CustomerBulkEditor::checkedOwner(const QString& owner)
{
    return checkedName(owner, tr("The owner \"%1…\" is longer than %2 characters."));
}

std::int64_t CustomerBulkEditor::tagId(const QString& tagName) const
{
    const QVariant id = sql::scalar(m_db, QStringLiteral("SELECT id FROM tag WHERE name = ?"), {tagName});
    return id.isValid() ? id.toLongLong() : 0;
}

TagAssignment
CustomerBulkEditor::addTag(const QList<std::int64_t>& customerIds, const QString& tagName, TagKind kind)
{
    const QString name = checkedTagName(tagName);
    TagAssignment result;
    std::int64_t id = tagId(name);
    if (id == 0) {
        id = ActivityRepository(m_db, m_dialect).ensureTag(name, kind);
        result.tagCreated = true;
    }
    const QString missing = QStringLiteral("FROM customer c WHERE c.id IN (%1) AND NOT EXISTS (SELECT 1 FROM "
                                           "customer_tag ct WHERE ct.customer_id = c.id AND ct.tag_id = ?)");
    inChunks(customerIds, [&](const QList<std::int64_t>& chunk) {
        const QString where = missing.arg(CustomerRepository::markers(chunk.size()));
        QSqlQuery find = sql::prepare(m_db, QStringLiteral("SELECT c.id ") + where);
        bindIds(find, chunk);
        find.addBindValue(idValue(id));
        sql::exec(find);
        QList<std::int64_t> found;
        while (find.next())
            found << find.value(0).toLongLong();
        if (found.isEmpty())
            return;
        QSqlQuery insert = sql::prepare(
            m_db, QStringLiteral("INSERT INTO customer_tag (customer_id, tag_id) SELECT c.id, ? ") + where);
        insert.addBindValue(idValue(id));
        bindIds(insert, chunk);
        insert.addBindValue(idValue(id));
        sql::exec(insert);
        result.taggedCustomers << found;
    });
    return result;
}

QList<std::int64_t> CustomerBulkEditor::removeTag(const QList<std::int64_t>& customerIds,
                                                  const QString& tagName)
{
    const std::int64_t id = tagId(tagName.trimmed());
    QList<std::int64_t> removed;
    if (id == 0)
        return removed;
    inChunks(customerIds, [&](const QList<std::int64_t>& chunk) {
        const QString in = CustomerRepository::markers(chunk.size());
        QSqlQuery find = sql::prepare(
            m_db,
            QStringLiteral("SELECT customer_id FROM customer_tag WHERE tag_id = ? AND customer_id IN (%1)")
                .arg(in));
        find.addBindValue(idValue(id));
        bindIds(find, chunk);
        sql::exec(find);
        QList<std::int64_t> found;
        while (find.next())
            found << find.value(0).toLongLong();
        if (found.isEmpty())
            return;
        QSqlQuery remove = sql::prepare(
            m_db,
            QStringLiteral("DELETE FROM customer_tag WHERE tag_id = ? AND customer_id IN (%1)").arg(in));
        remove.addBindValue(idValue(id));
        bindIds(remove, chunk);
        sql::exec(remove);
        removed << found;
    });
    return removed;
}

void CustomerBulkEditor::deleteTagIfUnused(const QString& tagName)
{
    sql::run(m_db,
             QStringLiteral("DELETE FROM tag WHERE name = ?"
                            " AND NOT EXISTS (SELECT 1 FROM customer_tag ct WHERE ct.tag_id = tag.id)"),
             {tagName.trimmed()});
}

QList<OwnerChange> CustomerBulkEditor::assignOwner(const QList<std::int64_t>& customerIds,
                                                   const QString& owner)
{
    const QString name = checkedOwner(owner);
    QList<OwnerChange> changes;
    inChunks(customerIds, [&](const QList<std::int64_t>& chunk) {
        const QString in = CustomerRepository::markers(chunk.size());
        // Only the customers whose owner really changes (NULL is "none", never equal to a name).
        const QString differs = name.isEmpty() ? QStringLiteral("owner IS NOT NULL")
                                               : QStringLiteral("(owner IS NULL OR owner <> ?)");
        QSqlQuery find = sql::prepare(
            m_db, QStringLiteral("SELECT id, owner FROM customer WHERE id IN (%1) AND %2").arg(in, differs));
        bindIds(find, chunk);
        if (!name.isEmpty())
            find.addBindValue(name);
        sql::exec(find);
        QList<std::int64_t> changed;
        while (find.next()) {
            changed << find.value(0).toLongLong();
            changes.append({find.value(0).toLongLong(), find.value(1).toString()});
        }
        if (changed.isEmpty())
            return;
        QSqlQuery update = sql::prepare(m_db, QStringLiteral("UPDATE customer SET owner = ? WHERE id IN (%1)")
                                                  .arg(CustomerRepository::markers(changed.size())));
        update.addBindValue(sql::textOrNull(name));
        bindIds(update, changed);
        sql::exec(update);
    });
    return changes;
}

void CustomerBulkEditor::restoreOwners(const QList<OwnerChange>& changes)
{
    // One UPDATE per previous owner (and chunk), not per customer.
    QHash<QString, QList<std::int64_t>> byOwner;
    QStringList order;
    for (const OwnerChange& change : changes) {
        if (!byOwner.contains(change.previousOwner))
            order << change.previousOwner;
        byOwner[change.previousOwner] << change.customerId;
    }
    for (const QString& owner : order) {
        inChunks(byOwner.value(owner), [&](const QList<std::int64_t>& chunk) {
            QSqlQuery update =
                sql::prepare(m_db, QStringLiteral("UPDATE customer SET owner = ? WHERE id IN (%1)")
                                       .arg(CustomerRepository::markers(chunk.size())));
            update.addBindValue(sql::textOrNull(owner));
            bindIds(update, chunk);
            sql::exec(update);
        });
    }
}

} // namespace clientele
