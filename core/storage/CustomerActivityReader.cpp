#include "storage/CustomerActivityReader.h"

#include "storage/RowScanner.h"
#include "storage/SqlSupport.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <array>
#include <cstdint>
#include <numeric>
#include <string>

namespace clientele {

namespace {

constexpr int kProgressEvery = 16384;
const qint64 kNoDay = QDate().toJulianDay(); // an unreadable date

// The Julian day of a stored timestamp or date. SQLite hands back ISO text ("2011-07-03T10:20:00");
// the digits are read by hand because QDate::fromString costs more than the rest of the row.
qint64 dayOf(QByteArrayView text)
{
    if (text.size() >= 10 && text[4] == '-' && text[7] == '-') {
        const auto number = [&text](int from, int count) {
            int value = 0;
            for (int i = from; i < from + count; ++i) {
                const int digit = text[i] - '0';
                if (digit < 0 || digit > 9)
                    return -1;
                value = value * 10 + digit;
            }
            return value;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        if (date.isValid())
            return date.toJulianDay();
    }
    return QDateTime::fromString(QString::fromUtf8(text), Qt::ISODate).date().toJulianDay();
}

qint64 dayOf(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString)
        return dayOf(QByteArrayView(value.toString().toUtf8()));
    return value.toDate().toJulianDay();
}

std::optional<int> optionalInt(const RowScanner& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<int>(static_cast<int>(row.integer(column)));
}

// Customer id → position in the list read ORDER BY id. Ids are usually dense, so a plain vector;
// a sparse id range falls back to a hash.
class CustomerIndex
{
public:
    explicit CustomerIndex(const CustomerActivities& customers)
    {
        const qint64 maxId = customers.empty() ? 0 : customers.back().customerId;
        if (maxId >= 0 && maxId <= 4 * static_cast<qint64>(customers.size()) + 1024) {
            m_dense.assign(static_cast<std::size_t>(maxId) + 1, -1);
            for (std::size_t i = 0; i < customers.size(); ++i)
                if (customers[i].customerId >= 0)
                    m_dense[static_cast<std::size_t>(customers[i].customerId)] = static_cast<int>(i);
        } else {
            for (std::size_t i = 0; i < customers.size(); ++i)
                m_sparse.insert(customers[i].customerId, static_cast<int>(i));
        }
    }
    int find(qint64 customerId) const
    {
        if (!m_dense.empty() || m_sparse.isEmpty())
            return customerId >= 0 && customerId < static_cast<qint64>(m_dense.size())
                       ? m_dense[static_cast<std::size_t>(customerId)]
                       : -1;
        return m_sparse.value(customerId, -1);
    }

private:
    std::vector<int> m_dense;
    QHash<qint64, int> m_sparse;
};

// One order while its lines are being gathered. Its code lives in a shared buffer (OrderCodes):
// one heap block per order cost more than the rest of its bookkeeping.
struct PendingOrder
{
    std::uint32_t codeAt = 0;
    std::uint32_t codeSize = 0;
    OrderRecord record;
};

// The order codes of the pending orders, back to back.
class OrderCodes
{
public:
    PendingOrder add(QByteArrayView code, const OrderRecord& record)
    {
        PendingOrder order{static_cast<std::uint32_t>(m_bytes.size()),
                           static_cast<std::uint32_t>(code.size()), record};
        m_bytes.append(code.data(), static_cast<std::size_t>(code.size()));
        return order;
    }
    QByteArrayView of(const PendingOrder& order) const
    {
        return QByteArrayView(m_bytes.data() + order.codeAt, order.codeSize);
    }

private:
    std::string m_bytes;
};

// Joins the pending orders of one customer that share a code (lines of one order that were not
// next to each other in the table), then puts them in date order.
void finishOrders(std::vector<PendingOrder>& pending,
                  const OrderCodes& codes,
                  std::vector<OrderRecord>& orders)
{
    if (pending.size() > 1) {
        std::sort(pending.begin(), pending.end(), [&codes](const PendingOrder& a, const PendingOrder& b) {
            return codes.of(a) < codes.of(b);
        });
        std::size_t kept = 0;
        for (std::size_t i = 1; i < pending.size(); ++i) {
            PendingOrder& into = pending[kept];
            if (codes.of(pending[i]) == codes.of(into)) {
                into.record.day = std::min(into.record.day, pending[i].record.day);
                into.record.netAmountMinor += pending[i].record.netAmountMinor;
                into.record.completed = into.record.completed || pending[i].record.completed;
            } else {
                pending[++kept] = pending[i];
            }
        }
        pending.resize(kept + 1);
    }
    orders.reserve(pending.size());
    for (const PendingOrder& order : pending)
        orders.push_back(order.record);
    std::sort(orders.begin(), orders.end(),
              [](const OrderRecord& a, const OrderRecord& b) { return a.day < b.day; });
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
    customers.reserve(static_cast<std::size_t>(
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
            c.createdOn = QDate::fromJulianDay(dayOf(row.text(5)));
            c.industryFit = optionalInt(row, 6);
            c.renewalRisk = optionalInt(row, 7);
        }
    }
    const int total = static_cast<int>(customers.size());
    if (progress)
        progress(0, total);
    const qint64 lineCount =
        sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM order_line")).toLongLong();

    const CustomerIndex index(customers);
    {
        // One pass over the table in its own order: an index-ordered read costs a random page
        // lookup per line. Lines of one order are usually next to each other in the table and
        // are joined on the fly; the rest are joined by code per customer afterwards.
        RowScanner row(m_db, m_dialect,
                       QStringLiteral("SELECT customer_id, order_code, ordered_at, amount_minor,"
                                      " CASE WHEN status = 'completed' THEN 1 ELSE 0 END FROM order_line"));
        std::vector<std::vector<PendingOrder>> pending(customers.size());
        OrderCodes codes;
        const qint64 asOfDay = asOf.toJulianDay();
        // Lines of one order (and often of one day) come in a row: the date text is parsed only when
        // it differs from the previous line's.
        std::array<char, 10> previousDate{};
        qint64 previousDay = kNoDay;
        qint64 rows = 0;
        while (row.next()) {
            if (++rows % kProgressEvery == 0) {
                if (cancelled())
                    return customers;
                if (progress)
                    progress(static_cast<int>(total * rows / std::max<qint64>(1, lineCount) / 2), total);
            }
            if (row.isNull(0))
                continue;
            const int at = index.find(row.integer(0));
            if (at < 0)
                continue;
            const QByteArrayView orderedAt = row.text(2);
            const QByteArrayView dateText = orderedAt.first(std::min<qsizetype>(orderedAt.size(), 10));
            if (dateText.size() < 10 || dateText != QByteArrayView(previousDate.data(), 10)) {
                previousDay = dayOf(orderedAt);
                std::fill(previousDate.begin(), previousDate.end(), '\0');
                std::copy(dateText.begin(), dateText.end(), previousDate.begin());
            }
            const qint64 day = previousDay;
            if (day > asOfDay || day == kNoDay)
                continue;
            const qint64 amount = row.integer(3);
            const bool completed = row.integer(4) == 1;
            const QByteArrayView code = row.text(1);
            std::vector<PendingOrder>& orders = pending[static_cast<std::size_t>(at)];
            if (!orders.empty() && codes.of(orders.back()) == code) {
                OrderRecord& order = orders.back().record;
                order.day = std::min(order.day, day);
                order.netAmountMinor += amount;
                order.completed = order.completed || completed;
            } else {
                orders.push_back(codes.add(code, {day, amount, completed}));
            }
        }
        for (std::size_t i = 0; i < customers.size(); ++i) {
            finishOrders(pending[i], codes, customers[i].orders);
            std::vector<PendingOrder>().swap(pending[i]);
        }
    }
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
                customers[static_cast<std::size_t>(at)].interactionDays.push_back(dayOf(row.text(1)));
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
                    SummaryRow{QDate::fromJulianDay(dayOf(row.text(1))), static_cast<int>(row.integer(2)),
                               row.integer(3), row.integer(4)};
        }
    }

    // A customer is on the books as of the date once created or once they ordered (imported order
    // files create customers on the import day, long after their first order).
    std::erase_if(customers, [asOf](const CustomerActivity& c) {
        return c.createdOn.isValid() && c.createdOn > asOf && c.orders.empty() && !c.summaryRow;
    });
    // By code: sort positions, then move each customer once (sorting the customers themselves
    // swapped the large records over and over).
    const auto byCode = [](const CustomerActivity& a, const CustomerActivity& b) {
        return a.code < b.code;
    };
    if (!std::is_sorted(customers.begin(), customers.end(), byCode)) {
        std::vector<std::size_t> order(customers.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::sort(order.begin(), order.end(), [&customers, &byCode](std::size_t a, std::size_t b) {
            return byCode(customers[a], customers[b]);
        });
        CustomerActivities sorted;
        sorted.reserve(customers.size());
        for (std::size_t i : order)
            sorted.push_back(std::move(customers[i]));
        customers = std::move(sorted);
    }
    if (progress)
        progress(total, total);
    return customers;
}

} // namespace clientele
