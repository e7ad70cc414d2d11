#include "PlanningTestDatabase.h"

#include "model/Customer.h"
#include "storage/ActivityRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/SqlSupport.h"

namespace clientele::test {

PlanningTestDatabase::PlanningTestDatabase(Database& db)
    : m_db(db)
{
}

qint64 PlanningTestDatabase::customer(const QString& code, const CustomerSpec& spec)
{
    Customer c;
    c.code = code;
    c.name = QStringLiteral("Customer ") + code;
    c.createdOn = spec.createdOn;
    c.owner = spec.owner;
    c.marketingConsent = spec.marketingConsent;
    c.contactLimitPerMonth = spec.contactLimitPerMonth;
    CustomerRepository(m_db.connection(), m_db.dialect()).insert(c);
    m_ids.insert(code, c.id);
    return c.id;
}

void PlanningTestDatabase::order(const QString& code, QDate day, qint64 amountMinor)
{
    OrderLine line;
    line.customerId = m_ids.value(code);
    line.orderCode = QStringLiteral("O-%1-%2").arg(code).arg(++m_orders);
    line.lineNo = 1;
    line.orderedAt = QDateTime(day, QTime(10, 0));
    line.amount = amountMinor;
    ActivityRepository(m_db.connection(), m_db.dialect()).insertOrderLine(line);
}

void PlanningTestDatabase::interaction(const QString& code, QDate day, const QString& owner)
{
    Interaction i;
    i.customerId = m_ids.value(code);
    i.occurredAt = QDateTime(day, QTime(11, 0));
    i.channel = QStringLiteral("phone");
    i.owner = owner;
    ActivityRepository(m_db.connection(), m_db.dialect()).insertInteraction(i);
}

void PlanningTestDatabase::survey(const QString& code, QDate day, int nps)
{
    SurveyResponse r;
    r.customerId = m_ids.value(code);
    r.answeredAt = QDateTime(day, QTime(12, 0));
    r.nps = nps;
    ActivityRepository(m_db.connection(), m_db.dialect()).insertSurveyResponse(r);
}

void PlanningTestDatabase::snapshot(const QString& period,
                                    QDate asOf,
                                    const QList<SnapshotRow>& rows,
                                    const QString& tierModel)
{
    const QSqlDatabase c = m_db.connection();
    sql::run(c,
             QStringLiteral(
                 "INSERT INTO analysis_snapshot (period, as_of, scheme, tier_model, customers, created_at)"
                 " VALUES (?, ?, 'quintile', ?, ?, '2011-10-01T00:00:00')"),
             {period, asOf.toString(Qt::ISODate), tierModel, rows.size()});
    for (const SnapshotRow& row : rows)
        sql::run(c,
                 QStringLiteral("INSERT INTO customer_snapshot (period, customer_id, recency_days, orders,"
                                " frequency_per_year, monetary_per_year_minor, r, f, m, tier, stage,"
                                " risk_level) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {period, m_ids.value(row.code), row.recencyDays, row.frequencyPerYear,
                  QVariant::fromValue<qint64>(row.monetaryPerYearMinor), row.r, row.f, row.m, row.tier,
                  row.stage, row.riskLevel});
}

qint64 PlanningTestDatabase::plan(const QString& tierModel)
{
    const QSqlDatabase c = m_db.connection();
    sql::run(c,
             QStringLiteral("INSERT INTO plan (name, period, tier_model, created_at)"
                            " VALUES ('test plan', '2011Q3', ?, '2011-06-01T09:00:00')"),
             {tierModel});
    return sql::scalar(c, QStringLiteral("SELECT MAX(id) FROM plan")).toLongLong();
}

qint64 PlanningTestDatabase::item(qint64 planId, QDate start, QDate end, const QString& status)
{
    const QSqlDatabase c = m_db.connection();
    sql::run(
        c,
        QStringLiteral("INSERT INTO execution_item (plan_id, segment_kind, segment, strategy, owner,"
                       " starts_on, ends_on, status) VALUES (?, 'tier', 'potential', 'repurchase coupon',"
                       " 'sales', ?, ?, ?)"),
        {planId, start.toString(Qt::ISODate), end.toString(Qt::ISODate), status});
    return sql::scalar(c, QStringLiteral("SELECT MAX(id) FROM execution_item")).toLongLong();
}

void PlanningTestDatabase::itemCustomer(qint64 itemId, const QString& code, const QString& role)
{
    sql::run(
        m_db.connection(),
        QStringLiteral("INSERT INTO execution_item_customer (item_id, customer_id, role) VALUES (?, ?, ?)"),
        {itemId, m_ids.value(code), role});
}

} // namespace clientele::test
