#include "storage/CustomerActivityReader.h"

#include "analytics/HugePages.h"
#include "storage/CustomerIndex.h"
#include "storage/DatabaseConnection.h"
#include "storage/OrderLineCollector.h"
#include "storage/RowScanner.h"
#include "storage/SqlSupport.h"
#include "storage/StoredDay.h"

#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <future>
#include <numeric>

namespace clientele {

namespace {

qint64 dayOf(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString)
        return storedDay(QByteArrayView(value.toString().toUtf8()));
    return value.toDate().toJulianDay();
}

std::optional<int> optionalInt(const RowScanner& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<int>(static_cast<int>(row.integer(column)));
}

} // namespace

CustomerActivityReader::CustomerActivityReader(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

QDate CustomerActivityReader::lastOrderDate() const
{
    const QVariant last = sql::scalar(m_db, QStringLiteral("SELECT MAX(ordered_at) FROM order_line"));
    return last.isNull() || !last.isValid() ? QDate() : QDate::fromJulianDay(dayOf(last));
}

QDate CustomerActivityReader::lastSummaryDate() const
{
    const QVariant last = sql::scalar(m_db, QStringLiteral("SELECT MAX(as_of) FROM customer_summary"));
    return last.isNull() || !last.isValid() ? QDate() : QDate::fromJulianDay(dayOf(last));
}

bool CustomerActivityReader::readOrders(CustomerActivities& customers,
                                        const CustomerIndex& index,
                                        qint64 asOfDay,
                                        const std::function<void(qint64, qint64)>& progress,
                                        const std::atomic<bool>* cancel) const
{
    // One pass over the table in its own order: an index-ordered read costs a random page lookup
    // per line.
    const QString select =
        QStringLiteral("SELECT customer_id, order_code, ordered_at, amount_minor,"
                       " CASE WHEN status = 'completed' THEN 1 ELSE 0 END FROM order_line");
    OrderLineCollector lines(index, customers.size(), asOfDay);
    // SQLite fast path: a database file with many lines is read in two halves by rowid, the upper one
    // on a second connection and thread (SQLite gives each connection one thread at a time). Both
    // halves are in table order, and the collectors join an order's lines across the halves.
    const QString file = m_db.databaseName();
    qint64 firstId = 0;
    qint64 lastId = -1;
    if (m_dialect.engine() == SqlDialect::Engine::Sqlite && QThread::idealThreadCount() > 1 &&
        QFileInfo(file).isFile()) {
        firstId = sql::scalar(m_db, QStringLiteral("SELECT MIN(id) FROM order_line")).toLongLong();
        lastId = sql::scalar(m_db, QStringLiteral("SELECT MAX(id) FROM order_line")).toLongLong();
    }
    if (lastId - firstId + 1 < m_splitFrom || lastId < firstId) {
        const qint64 expected =
            sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM order_line")).toLongLong();
        RowScanner row(m_db, m_dialect, select);
        if (!lines.scan(
                row, [&](qint64 scanned) { progress(scanned, expected); }, cancel))
            return false;
    } else {
        const qint64 middle = firstId + (lastId - firstId) / 2;
        const QVariant split = QVariant::fromValue<qint64>(middle);
        std::future<OrderLineCollector> upper = std::async(
            std::launch::async, [&index, &customers, asOfDay, cancel, &file, &select, &split, this] {
                const DatabaseConnection connection(file, m_dialect);
                RowScanner row(connection.handle(), m_dialect, select + QStringLiteral(" WHERE id > ?"),
                               {split});
                OrderLineCollector part(index, customers.size(), asOfDay);
                part.scan(row, {}, cancel);
                return part;
            });
        const qint64 expected = middle - firstId + 1;
        RowScanner row(m_db, m_dialect, select + QStringLiteral(" WHERE id <= ?"), {split});
        const bool done = lines.scan(
            row, [&](qint64 scanned) { progress(scanned, expected); }, cancel);
        lines.absorb(upper.get());
        if (!done || (cancel && cancel->load(std::memory_order_relaxed)))
            return false;
    }
    lines.finish(customers);
    return true;
}

CustomerActivities CustomerActivityReader::read(QDate asOf,
                                                const ProgressCallback& progress,
                                                const std::atomic<bool>* cancel) const
{
    const auto cancelled = [cancel] {
        return cancel && cancel->load(std::memory_order_relaxed);
    };
    // Timestamps before the next day's midnight: ISO text compares in time order.
    const QString before = asOf.addDays(1).toString(Qt::ISODate);
    const QString asOfText = asOf.toString(Qt::ISODate);
    CustomerActivities customers;
    reserveWithHugePages(
        customers, static_cast<std::size_t>(
                       sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM customer")).toLongLong()));
    {
        RowScanner row(
            m_db, m_dialect,
            QStringLiteral("SELECT id, code, name, kind, owner, created_on, industry_fit, renewal_risk"
                           " FROM customer ORDER BY id"));
        // Shared strings for the two kinds instead of one copy per customer.
        const QString toc = QStringLiteral("toc");
        const QString tob = QStringLiteral("tob");
        while (row.next()) {
            CustomerActivity& c = customers.emplace_back();
            c.customerId = row.integer(0);
            c.code = QString::fromUtf8(row.text(1));
            c.name = QString::fromUtf8(row.text(2));
            const QByteArrayView kind = row.text(3);
            c.kind = kind == "toc" ? toc : kind == "tob" ? tob : QString::fromUtf8(kind);
            if (!row.isNull(4))
                c.owner = QString::fromUtf8(row.text(4));
            c.createdOn = QDate::fromJulianDay(storedDay(row.text(5)));
            c.industryFit = optionalInt(row, 6);
            c.renewalRisk = optionalInt(row, 7);
        }
    }
    const int total = static_cast<int>(customers.size());
    if (progress)
        progress(0, total);
    const CustomerIndex index(customers);
    if (!readOrders(
            customers, index, asOf.toJulianDay(),
            [&](qint64 scanned, qint64 expected) {
                if (progress)
                    progress(static_cast<int>(total * scanned / std::max<qint64>(1, expected) / 2), total);
            },
            cancel))
        return customers;
    if (cancelled())
        return customers;
    if (progress)
        progress(total / 2, total);

    {
        // In customer and time order straight from the (customer_id, occurred_at) index.
        RowScanner row(m_db, m_dialect,
                       QStringLiteral("SELECT customer_id, occurred_at FROM interaction"
                                      " WHERE occurred_at < ? ORDER BY customer_id, occurred_at"),
                       {before});
        while (row.next()) {
            const int at = index.find(row.integer(0));
            if (at >= 0)
                customers[static_cast<std::size_t>(at)].interactionDays.push_back(storedDay(row.text(1)));
        }
    }
    {
        // The newest answer per customer; a table scan, the answers are few.
        RowScanner row(m_db, m_dialect,
                       QStringLiteral("SELECT customer_id, answered_at, nps FROM survey_response"
                                      " WHERE nps IS NOT NULL AND answered_at < ?"),
                       {before});
        std::vector<QByteArray> newest(customers.size());
        while (row.next()) {
            const int at = index.find(row.integer(0));
            if (at < 0)
                continue;
            const QByteArrayView answeredAt = row.text(1);
            QByteArray& seen = newest[static_cast<std::size_t>(at)];
            if (seen.isEmpty() || answeredAt >= QByteArrayView(seen)) {
                seen = answeredAt.toByteArray();
                customers[static_cast<std::size_t>(at)].latestNps = static_cast<int>(row.integer(2));
            }
        }
    }
    {
        RowScanner row(m_db, m_dialect,
                       QStringLiteral("SELECT customer_id, as_of, recency_days, frequency_per_year_milli,"
                                      " amount_per_year_minor FROM customer_summary WHERE as_of <= ?"),
                       {asOfText});
        while (row.next()) {
            const int at = index.find(row.integer(0));
            if (at >= 0)
                customers[static_cast<std::size_t>(at)].summaryRow =
                    SummaryRow{QDate::fromJulianDay(storedDay(row.text(1))), static_cast<int>(row.integer(2)),
                               row.integer(3), row.integer(4)};
        }
    }

    // A customer is on the books as of the date once created or once they ordered (imported order
    // files create customers on the import day, long after their first order).
    std::erase_if(customers, [asOf](const CustomerActivity& c) {
        return c.createdOn.isValid() && c.createdOn > asOf && c.orders.empty() && !c.summaryRow;
    });
    // By code: sort positions, then move the customers into place along the permutation's cycles,
    // each once and without a second list (fresh memory costs a page fault per 4 KiB).
    const auto byCode = [](const CustomerActivity& a, const CustomerActivity& b) {
        return a.code < b.code;
    };
    if (!std::is_sorted(customers.begin(), customers.end(), byCode)) {
        std::vector<std::size_t> order(customers.size()); // order[i]: the customer that goes to i
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::sort(order.begin(), order.end(), [&customers, &byCode](std::size_t a, std::size_t b) {
            return byCode(customers[a], customers[b]);
        });
        for (std::size_t start = 0; start < order.size(); ++start) {
            if (order[start] == start)
                continue;
            CustomerActivity held = std::move(customers[start]);
            std::size_t to = start;
            while (order[to] != start) {
                const std::size_t from = order[to];
                customers[to] = std::move(customers[from]);
                order[to] = to;
                to = from;
            }
            customers[to] = std::move(held);
            order[to] = to;
        }
    }
    if (progress)
        progress(total, total);
    return customers;
}

} // namespace clientele
