#include "storage/PlanningDataReader.h"

#include "storage/SqlSupport.h"

#include <QSqlQuery>

#include <unordered_map>

namespace clientele {

namespace {

// The date of a stored "yyyy-MM-dd…" date or timestamp; invalid when it is not one.
QDate dateOf(const QVariant& value)
{
    const QString text = value.toString();
    return text.size() < 10 ? QDate() : QDate::fromString(text.left(10), Qt::ISODate);
}

// Timestamps are stored as ISO text; a date bound compares correctly with them as text.
QString bound(QDate day)
{
    return day.toString(Qt::ISODate);
}

// The stored codes of migration 6's CHECK constraints.
SegmentKind segmentKindOf(const QString& code)
{
    if (code == QLatin1String("tier"))
        return SegmentKind::Tier;
    return code == QLatin1String("stage") ? SegmentKind::Stage : SegmentKind::Custom;
}

ItemStatus itemStatusOf(const QString& code)
{
    if (code == QLatin1String("running"))
        return ItemStatus::Running;
    if (code == QLatin1String("done"))
        return ItemStatus::Done;
    return code == QLatin1String("cancelled") ? ItemStatus::Cancelled : ItemStatus::Planned;
}

} // namespace

PlanningDataReader::PlanningDataReader(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

std::optional<ExecutionItem> PlanningDataReader::item(qint64 id) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT id, plan_id, segment_kind, segment, playbook_id, strategy,"
                                          " measures, owner, starts_on, ends_on, resources, budget_minor,"
                                          " expected_effect, status, holdout_share"
                                          " FROM execution_item WHERE id = ?"),
                           {id});
    if (!q.next())
        return std::nullopt;
    ExecutionItem item;
    item.id = q.value(0).toLongLong();
    item.planId = q.value(1).toLongLong();
    item.segmentKind = segmentKindOf(q.value(2).toString());
    item.segment = q.value(3).toString();
    if (!q.value(4).isNull())
        item.playbookId = q.value(4).toLongLong();
    item.strategy = q.value(5).toString();
    item.measures = q.value(6).toString();
    item.owner = q.value(7).toString();
    item.startsOn = dateOf(q.value(8));
    item.endsOn = dateOf(q.value(9));
    item.resources = q.value(10).toString();
    if (!q.value(11).isNull())
        item.budgetMinor = q.value(11).toLongLong();
    item.expectedEffect = q.value(12).toString();
    item.status = itemStatusOf(q.value(13).toString());
    item.holdoutShare = q.value(14).toDouble();
    return item;
}

std::vector<ItemCustomer> PlanningDataReader::itemCustomers(qint64 itemId) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT customer_id, role FROM execution_item_customer"
                                          " WHERE item_id = ? ORDER BY customer_id"),
                           {itemId});
    std::vector<ItemCustomer> result;
    while (q.next())
        result.push_back({q.value(0).toLongLong(), q.value(1).toString() == QLatin1String("control")
                                                       ? ItemCustomerRole::Control
                                                       : ItemCustomerRole::Target});
    return result;
}

QString PlanningDataReader::planTierModel(qint64 planId) const
{
    return sql::scalar(m_db, QStringLiteral("SELECT tier_model FROM plan WHERE id = ?"), {planId}).toString();
}

std::unordered_set<qint64> PlanningDataReader::plannedTargets(QDate start, QDate end) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT DISTINCT c.customer_id FROM execution_item_customer c"
                                          " JOIN execution_item i ON i.id = c.item_id"
                                          " WHERE c.role = 'target' AND i.status <> 'cancelled'"
                                          " AND i.starts_on <= ? AND i.ends_on >= ?"),
                           {bound(end), bound(start)});
    std::unordered_set<qint64> result;
    while (q.next())
        result.insert(q.value(0).toLongLong());
    return result;
}

std::vector<CustomerContactFacts> PlanningDataReader::contactFacts(const QString& owner, QDate asOf) const
{
    const QString ownerFilter = owner.isEmpty() ? QString() : QStringLiteral(" WHERE owner = ?");
    const QString ownerJoin =
        owner.isEmpty() ? QString()
                        : QStringLiteral(" AND customer_id IN (SELECT id FROM customer WHERE owner = ?)");
    const QVariant ownerValue(owner);
    const QString endBound = bound(asOf.addDays(1)); // exclusive
    const QString monthBound = bound(QDate(asOf.year(), asOf.month(), 1));

    std::vector<CustomerContactFacts> all;
    std::unordered_map<qint64, std::size_t> indexOf;
    {
        QSqlQuery q = sql::prepare(
            m_db,
            QStringLiteral("SELECT id, code, name, owner, kind, marketing_consent, contact_limit_per_month"
                           " FROM customer%1 ORDER BY owner, code")
                .arg(ownerFilter));
        if (!owner.isEmpty())
            q.addBindValue(ownerValue);
        sql::exec(q);
        while (q.next()) {
            CustomerContactFacts f;
            f.customerId = q.value(0).toLongLong();
            f.code = q.value(1).toString();
            f.name = q.value(2).toString();
            f.owner = q.value(3).toString();
            f.kind = q.value(4).toString();
            f.marketingConsent = q.value(5).toInt() != 0;
            f.contactLimitPerMonth = q.value(6).toInt();
            indexOf.emplace(f.customerId, all.size());
            all.push_back(f);
        }
    }
    const auto find = [&](const QVariant& id) -> CustomerContactFacts* {
        const auto it = indexOf.find(id.toLongLong());
        return it == indexOf.end() ? nullptr : &all[it->second];
    };
    {
        QSqlQuery q = sql::prepare(
            m_db,
            QStringLiteral("SELECT customer_id, MIN(ordered_at), MAX(ordered_at), COUNT(DISTINCT order_code)"
                           " FROM order_line WHERE status = 'completed' AND customer_id IS NOT NULL"
                           " AND ordered_at < ?%1 GROUP BY customer_id")
                .arg(ownerJoin));
        q.addBindValue(endBound);
        if (!owner.isEmpty())
            q.addBindValue(ownerValue);
        sql::exec(q);
        while (q.next())
            if (CustomerContactFacts* f = find(q.value(0))) {
                f->firstOrder = dateOf(q.value(1));
                f->lastOrder = dateOf(q.value(2));
                f->completedOrders = q.value(3).toInt();
            }
    }
    {
        QSqlQuery q = sql::prepare(
            m_db, QStringLiteral("SELECT customer_id, MAX(occurred_at),"
                                 " SUM(CASE WHEN occurred_at >= ? THEN 1 ELSE 0 END)"
                                 " FROM interaction WHERE occurred_at < ?%1 GROUP BY customer_id")
                      .arg(ownerJoin));
        q.addBindValue(monthBound);
        q.addBindValue(endBound);
        if (!owner.isEmpty())
            q.addBindValue(ownerValue);
        sql::exec(q);
        while (q.next())
            if (CustomerContactFacts* f = find(q.value(0))) {
                f->lastInteraction = dateOf(q.value(1));
                f->interactionsThisMonth = q.value(2).toInt();
            }
    }
    return all;
}

} // namespace clientele
