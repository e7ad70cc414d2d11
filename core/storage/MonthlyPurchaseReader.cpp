#include "storage/MonthlyPurchaseReader.h"

#include "storage/SqlSupport.h"

#include <QSet>
#include <QSqlQuery>

namespace clientele {

MonthlyPurchaseReader::MonthlyPurchaseReader(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

QList<MonthlyPurchases> MonthlyPurchaseReader::read(std::int64_t customerId) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT ordered_at, amount_minor, order_code FROM order_line"
                                          " WHERE customer_id = ? ORDER BY ordered_at"),
                           {QVariant::fromValue<qint64>(customerId)});
    QList<MonthlyPurchases> months;
    QSet<QString> orderCodes; // of the current month
    while (q.next()) {
        const QDate day = QDateTime::fromString(q.value(0).toString(), Qt::ISODate).date();
        if (!day.isValid())
            continue;
        const QDate month(day.year(), day.month(), 1);
        if (months.isEmpty() || months.constLast().month != month) {
            months.append({month, 0, 0});
            orderCodes.clear();
        }
        MonthlyPurchases& current = months.last();
        current.amountMinor += q.value(1).toLongLong();
        const QString code = q.value(2).toString();
        if (!orderCodes.contains(code)) {
            orderCodes.insert(code);
            ++current.orders;
        }
    }
    return months;
}

} // namespace clientele
