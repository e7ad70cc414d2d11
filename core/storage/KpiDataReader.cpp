#include "storage/KpiDataReader.h"

#include "storage/SqlSupport.h"

#include <QSqlQuery>

#include <unordered_map>

namespace clientele {

namespace {

// The date of a stored "yyyy-MM-dd…" date or timestamp; invalid when it is not one.
QDate dateOf(const QVariant& value)
{
    const QString text = value.toString();
    if (text.size() < 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return {};
    bool okYear = false, okMonth = false, okDay = false;
    const int year = QStringView(text).left(4).toInt(&okYear);
    const int month = QStringView(text).mid(5, 2).toInt(&okMonth);
    const int day = QStringView(text).mid(8, 2).toInt(&okDay);
    return okYear && okMonth && okDay ? QDate(year, month, day) : QDate();
}

// Timestamps are stored as ISO text; a date bound compares correctly with them as text and, on
// PostgreSQL, as a timestamp literal.
QString bound(QDate day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

KpiDataReader::KpiDataReader(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

KpiPeriodData KpiDataReader::read(QDate start, QDate end, int followUpDays) const
{
    KpiPeriodData data;
    data.start = start;
    data.end = end;
    data.followUpDays = followUpDays;
    const QString startBound = bound(start);
    const QString endBound = bound(end.addDays(1)); // exclusive
    const QString followUpBound = bound(end.addDays(1 + followUpDays));

    std::vector<CustomerKpiFacts> all;
    std::vector<QDate> createdOn;
    std::unordered_map<qint64, std::size_t> indexOf;
    {
        QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT id, created_on FROM customer ORDER BY id"));
        while (q.next()) {
            CustomerKpiFacts facts;
            facts.customerId = q.value(0).toLongLong();
            indexOf.emplace(facts.customerId, all.size());
            all.push_back(facts);
            createdOn.push_back(dateOf(q.value(1)));
        }
    }
    const auto find = [&](const QVariant& id) -> CustomerKpiFacts* {
        const auto it = indexOf.find(id.toLongLong());
        return it == indexOf.end() ? nullptr : &all[it->second];
    };

    // Everything up to the period end, one row per customer.
    {
        QSqlQuery q = sql::run(
            m_db,
            QStringLiteral("SELECT customer_id,"
                           " MIN(CASE WHEN status = 'completed' THEN ordered_at END),"
                           " MAX(CASE WHEN status = 'completed' AND ordered_at < ? THEN ordered_at END),"
                           " SUM(amount_minor)"
                           " FROM order_line WHERE customer_id IS NOT NULL AND ordered_at < ?"
                           " GROUP BY customer_id"),
            {startBound, endBound});
        while (q.next()) {
            if (CustomerKpiFacts* c = find(q.value(0))) {
                c->firstPurchase = dateOf(q.value(1));
                c->lastPurchaseBeforeStart = dateOf(q.value(2));
                c->netAmountToEndMinor = q.value(3).toLongLong();
            }
        }
    }

    // Completed orders from the period start to the end of the follow-up window, one row per order,
    // in date order per customer.
    {
        QSqlQuery q =
            sql::run(m_db,
                     QStringLiteral("SELECT customer_id, MIN(ordered_at) AS first_line, SUM(amount_minor)"
                                    " FROM order_line"
                                    " WHERE customer_id IS NOT NULL AND status = 'completed'"
                                    " AND ordered_at >= ? AND ordered_at < ?"
                                    " GROUP BY customer_id, order_code"
                                    " ORDER BY customer_id, first_line"),
                     {startBound, followUpBound});
        qint64 currentId = -1;
        int seen = 0;
        CustomerKpiFacts* c = nullptr;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (id != currentId) {
                currentId = id;
                seen = 0;
                c = find(q.value(0));
            }
            ++seen;
            if (!c)
                continue;
            const QDate day = dateOf(q.value(1));
            if (day <= end) {
                ++c->ordersInPeriod;
                c->orderAmountInPeriodMinor += q.value(2).toLongLong();
            }
            // The first row is the first purchase when that lies in the period.
            if (seen == 2 && c->firstPurchase >= start && c->firstPurchase <= end) {
                const qint64 days = c->firstPurchase.daysTo(day);
                if (days <= followUpDays)
                    c->daysToSecondOrder = static_cast<int>(days);
            }
        }
    }

    {
        QSqlQuery q = sql::run(m_db,
                               QStringLiteral("SELECT customer_id, occurred_at FROM interaction"
                                              " WHERE occurred_at >= ? AND occurred_at < ?"),
                               {startBound, followUpBound});
        while (q.next()) {
            CustomerKpiFacts* c = find(q.value(0));
            if (!c)
                continue;
            const QDate day = dateOf(q.value(1));
            if (day <= end)
                c->interactedInPeriod = true;
            if (c->firstPurchase >= start && c->firstPurchase <= end) {
                const qint64 days = c->firstPurchase.daysTo(day);
                if (days >= 0 && days <= followUpDays &&
                    (!c->daysToFirstInteraction || days < *c->daysToFirstInteraction))
                    c->daysToFirstInteraction = static_cast<int>(days);
            }
        }
    }

    {
        // In answer order, so the last one seen per customer is the latest.
        QSqlQuery q =
            sql::run(m_db,
                     QStringLiteral("SELECT customer_id, nps FROM survey_response"
                                    " WHERE nps IS NOT NULL AND answered_at >= ? AND answered_at < ?"
                                    " ORDER BY customer_id, answered_at, id"),
                     {startBound, endBound});
        while (q.next())
            if (CustomerKpiFacts* c = find(q.value(0)))
                c->latestNps = q.value(1).toInt();
    }

    {
        QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT ct.customer_id, COUNT(*) FROM customer_tag ct"
                                                    " JOIN tag t ON t.id = ct.tag_id WHERE t.kind = 'static'"
                                                    " GROUP BY ct.customer_id"));
        while (q.next())
            if (CustomerKpiFacts* c = find(q.value(0)))
                c->staticTags = q.value(1).toInt();
    }

    data.customers.reserve(all.size());
    for (std::size_t i = 0; i < all.size(); ++i) {
        const bool created = createdOn[i].isValid() && createdOn[i] <= end;
        if (created || all[i].firstPurchase.isValid())
            data.customers.push_back(std::move(all[i]));
    }
    return data;
}

} // namespace clientele
