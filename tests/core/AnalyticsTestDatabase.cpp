#include "AnalyticsTestDatabase.h"

#include "model/Customer.h"
#include "storage/ActivityRepository.h"
#include "storage/CustomerRepository.h"

#include <QDateTime>

namespace clientele::test {

AnalyticsTestDatabase::AnalyticsTestDatabase(Database& db)
    : m_db(db)
{
}

qint64 AnalyticsTestDatabase::customer(const QString& code,
                                       const QString& name,
                                       QDate createdOn,
                                       const QString& kind)
{
    Customer c;
    c.code = code;
    c.name = name.isEmpty() ? code : name;
    c.kind = customerKindFromKey(kind).value_or(CustomerKind::Consumer);
    c.createdOn = createdOn;
    CustomerRepository(m_db.connection(), m_db.dialect()).insert(c);
    return c.id;
}

void AnalyticsTestDatabase::order(qint64 customerId,
                                  const QString& orderCode,
                                  QDate date,
                                  qint64 amountMinor,
                                  const QString& status,
                                  int lines)
{
    ActivityRepository activity(m_db.connection(), m_db.dialect());
    const OrderStatus orderStatus = orderStatusFromKey(status).value_or(OrderStatus::Completed);
    const qint64 sign = orderStatus == OrderStatus::Completed ? 1 : -1;
    for (int i = 1; i <= lines; ++i) {
        OrderLine line;
        line.customerId = customerId;
        line.orderCode = orderCode;
        line.lineNo = i;
        line.orderedAt = QDateTime(date, QTime(10, 0));
        const qint64 share = amountMinor / lines + (i == 1 ? amountMinor % lines : 0);
        line.amount = sign * std::abs(share);
        line.status = orderStatus;
        activity.insertOrderLine(line);
    }
}

void AnalyticsTestDatabase::interaction(qint64 customerId, QDate date)
{
    Interaction i;
    i.customerId = customerId;
    i.occurredAt = QDateTime(date, QTime(9, 30));
    i.channel = QStringLiteral("phone");
    ActivityRepository(m_db.connection(), m_db.dialect()).insertInteraction(i);
}

void AnalyticsTestDatabase::survey(qint64 customerId, QDate date, int nps)
{
    SurveyResponse s;
    s.customerId = customerId;
    s.answeredAt = QDateTime(date, QTime(12, 0));
    s.nps = nps;
    ActivityRepository(m_db.connection(), m_db.dialect()).insertSurveyResponse(s);
}

} // namespace clientele::test
