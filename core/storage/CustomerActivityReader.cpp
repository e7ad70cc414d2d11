#include "storage/CustomerActivityReader.h"

#include "analytics/HugePages.h"
#include "storage/CustomerIndex.h"
#include "storage/DatabaseConnection.h"
#include "storage/OrderLineCollector.h"
#include "storage/RowScanner.h"
#include "storage/SqlSupport.h"
#include "storage/StoredDay.h"

#include <algorithm>
#include <future>
#include <optional>

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
                                        const std::vector<qint64>& ids,
                                        qint64 asOfDay,
                                        const std::function<void()>& meanwhile,
                                        const std::function<void(int chunksDone, int chunks)>& progress,
                                        const std::atomic<bool>* cancel) const
{
    // Customer by customer and in time order, straight from the covering index on (customer_id,
    // ordered_at, order_code, amount_minor, status): a narrower read than the table, and each
    // customer's orders are made as soon as their lines are in. The customers (ids sorted) are
    // read in ranges that the threads take in turn, so a thread that got the busier customers
    // takes fewer ranges; on SQLite a second thread has a connection of its own (SQLite gives each
    // connection one thread at a time).
    const QString select =
        QStringLiteral("SELECT customer_id, order_code, ordered_at, amount_minor,"
                       " CASE WHEN status = 'completed' THEN 1 ELSE 0 END FROM order_line"
                       " WHERE customer_id BETWEEN ? AND ? ORDER BY customer_id, ordered_at");
    const std::size_t n = customers.size();
    if (n == 0) {
        meanwhile();
        return true;
    }
    const int chunks = static_cast<int>(std::min<std::size_t>(n, m_ranges));
    std::atomic<int> nextChunk{0};
    std::atomic<int> chunksDone{0};
    const auto idRange = [&ids, n, chunks](int chunk) {
        const std::size_t first = n * static_cast<std::size_t>(chunk) / static_cast<std::size_t>(chunks);
        const std::size_t last =
            n * static_cast<std::size_t>(chunk + 1) / static_cast<std::size_t>(chunks) - 1;
        return std::vector<QVariant>{QVariant::fromValue<qint64>(ids[first]),
                                     QVariant::fromValue<qint64>(ids[last])};
    };
    // Takes ranges until none is left; false when cancelled.
    const auto work = [&](const QSqlDatabase& db, const std::function<void()>& afterRange) {
        OrderLineCollector lines(index, customers, asOfDay);
        std::optional<RowScanner> row;
        for (int chunk = nextChunk++; chunk < chunks; chunk = nextChunk++) {
            if (!row)
                row.emplace(db, m_dialect, select, idRange(chunk));
            else
                row->rerun(idRange(chunk));
            if (!lines.scan(*row, cancel))
                return false;
            ++chunksDone;
            if (afterRange)
                afterRange();
        }
        return true;
    };
    const bool twoThreads = chunks > 1 && DatabaseConnection::canShareReads(m_db, m_dialect);
    std::future<bool> other;
    if (twoThreads)
        other = std::async(std::launch::async, [&] {
            const DatabaseConnection connection(m_db.databaseName(), m_dialect,
                                                DatabaseConnection::Access::ReadOnly);
            return work(connection.handle(), {});
        });
    meanwhile();
    // Progress is reported from this thread only (the callback may touch the caller's objects).
    const bool done = work(m_db, [&] {
        if (progress)
            progress(chunksDone.load(), chunks);
    });
    const bool otherDone = !other.valid() || other.get();
    return done && otherDone && !(cancel && cancel->load(std::memory_order_relaxed));
}

void CustomerActivityReader::readCustomerDetails(CustomerActivities& customers,
                                                 const CustomerIndex& index) const
{
    RowScanner row(m_db, m_dialect,
                   QStringLiteral("SELECT id, code, name, kind, owner, created_on, industry_fit, renewal_risk"
                                  " FROM customer ORDER BY id"));
    // Shared strings for the two kinds instead of one copy per customer.
    const QString toc = QStringLiteral("toc");
    const QString tob = QStringLiteral("tob");
    while (row.next()) {
        const int at = index.find(row.integer(0)); // a customer added since the ids were read is left out
        if (at < 0)
            continue;
        CustomerActivity& c = customers[static_cast<std::size_t>(at)];
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

void CustomerActivityReader::readInteractions(CustomerActivities& customers,
                                              const CustomerIndex& index,
                                              const QString& before) const
{
    // In customer and time order straight from the (customer_id, occurred_at) index.
    forEachCustomerRow(customers, index,
                       QStringLiteral("SELECT customer_id, occurred_at FROM interaction"
                                      " WHERE occurred_at < ? ORDER BY customer_id, occurred_at"),
                       before, [](CustomerActivity& c, const RowScanner& row, std::size_t) {
                           c.interactionDays.push_back(storedDay(row.text(1)));
                       });
}

void CustomerActivityReader::readSurveyAnswers(CustomerActivities& customers,
                                               const CustomerIndex& index,
                                               const QString& before) const
{
    // The newest answer per customer; a table scan, the answers are few.
    std::vector<QByteArray> newest(customers.size());
    forEachCustomerRow(customers, index,
                       QStringLiteral("SELECT customer_id, answered_at, nps FROM survey_response"
                                      " WHERE nps IS NOT NULL AND answered_at < ?"),
                       before, [&newest](CustomerActivity& c, const RowScanner& row, std::size_t at) {
                           const QByteArrayView answeredAt = row.text(1);
                           QByteArray& seen = newest[at];
                           if (seen.isEmpty() || answeredAt >= QByteArrayView(seen)) {
                               seen = answeredAt.toByteArray();
                               c.latestNps = static_cast<int>(row.integer(2));
                           }
                       });
}

void CustomerActivityReader::readSummaryRows(CustomerActivities& customers,
                                             const CustomerIndex& index,
                                             const QString& asOfText) const
{
    forEachCustomerRow(customers, index,
                       QStringLiteral("SELECT customer_id, as_of, recency_days, frequency_per_year_milli,"
                                      " amount_per_year_minor FROM customer_summary WHERE as_of <= ?"),
                       asOfText, [](CustomerActivity& c, const RowScanner& row, std::size_t) {
                           c.summaryRow =
                               SummaryRow{QDate::fromJulianDay(storedDay(row.text(1))),
                                          static_cast<int>(row.integer(2)), row.integer(3), row.integer(4)};
                       });
}

void CustomerActivityReader::forEachCustomerRow(
    CustomerActivities& customers,
    const CustomerIndex& index,
    const QString& statement,
    const QString& value,
    const std::function<void(CustomerActivity&, const RowScanner&, std::size_t)>& use) const
{
    RowScanner row(m_db, m_dialect, statement, {value});
    while (row.next()) {
        const int at = index.find(row.integer(0));
        if (at >= 0)
            use(customers[static_cast<std::size_t>(at)], row, static_cast<std::size_t>(at));
    }
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
    std::vector<qint64> ids; // in id order, for the order lines' ranges
    {
        // The ids first, in code order from the code's unique index (byte order, the same on every
        // engine), so the list needs no sort. The index and the order lines' ranges need only the
        // ids, so a second thread can read lines while this one reads the rest of each customer.
        RowScanner row(m_db, m_dialect,
                       QStringLiteral("SELECT id FROM customer ORDER BY %1")
                           .arg(m_dialect.inByteOrder(QStringLiteral("code"))));
        while (row.next())
            ids.push_back(row.integer(0));
        reserveWithHugePages(customers, ids.size());
        customers.resize(ids.size());
        for (std::size_t i = 0; i < ids.size(); ++i)
            customers[i].customerId = ids[i];
        std::sort(ids.begin(), ids.end());
    }
    const int total = static_cast<int>(customers.size());
    if (progress)
        progress(0, total);
    const CustomerIndex index(customers);
    // Each part writes its own members of the customers, so it may run beside the order lines.
    const auto readTheRest = [&] {
        readCustomerDetails(customers, index);
        readInteractions(customers, index, before);
        readSurveyAnswers(customers, index, before);
        readSummaryRows(customers, index, asOfText);
    };
    if (!readOrders(
            customers, index, ids, asOf.toJulianDay(), readTheRest,
            [&](int chunksDone, int chunks) {
                if (progress)
                    progress(total * chunksDone / std::max(1, chunks), total);
            },
            cancel))
        return customers;
    if (cancelled())
        return customers;

    // A customer is on the books as of the date once created or once they ordered (imported order
    // files create customers on the import day, long after their first order).
    std::erase_if(customers, [asOf](const CustomerActivity& c) {
        return c.createdOn.isValid() && c.createdOn > asOf && c.orders.empty() && !c.summaryRow;
    });
    if (progress)
        progress(total, total);
    return customers;
}

} // namespace clientele
