#include "storage/OrderLineCollector.h"

#include "storage/CustomerIndex.h"
#include "storage/RowScanner.h"
#include "storage/StoredDay.h"

#include <algorithm>
#include <array>
#include <numeric>

namespace clientele {

namespace {

constexpr int kCancelCheckEvery = 16384;

// Adds another line (or a part of the same order) to an order: its date is the earliest line's.
void join(OrderRecord& order, const OrderRecord& more)
{
    order.day = std::min(order.day, more.day);
    order.netAmountMinor += more.netAmountMinor;
    order.completed = order.completed || more.completed;
}

} // namespace

OrderLineCollector::OrderLineCollector(const CustomerIndex& index,
                                       CustomerActivities& customers,
                                       qint64 asOfDay)
    : m_index(index)
    , m_customers(customers)
    , m_asOfDay(asOfDay)
{
}

bool OrderLineCollector::scan(RowScanner& row, const std::atomic<bool>* cancel)
{
    // Lines of one order (and often of one day) come in a row: the date text is parsed only when it
    // differs from the previous line's.
    std::array<char, 10> previousDate{};
    qint64 previousDay = kNoStoredDay;
    qint64 previousCustomer = -1;
    qint64 rows = 0;
    while (row.next()) {
        if (++rows % kCancelCheckEvery == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
            storeCustomer();
            return false;
        }
        if (row.isNull(0))
            continue;
        const qint64 customerId = row.integer(0);
        if (customerId != previousCustomer) {
            storeCustomer();
            previousCustomer = customerId;
            m_at = m_index.find(customerId);
        }
        if (m_at < 0)
            continue;
        const QByteArrayView orderedAt = row.text(2);
        const QByteArrayView dateText = orderedAt.first(std::min<qsizetype>(orderedAt.size(), 10));
        if (dateText.size() < 10 || dateText != QByteArrayView(previousDate.data(), 10)) {
            previousDay = storedDay(orderedAt);
            std::fill(previousDate.begin(), previousDate.end(), '\0');
            std::copy(dateText.begin(), dateText.end(), previousDate.begin());
        }
        const qint64 day = previousDay;
        if (day > m_asOfDay || day == kNoStoredDay)
            continue;
        add(row.text(1), {day, row.integer(3), row.integer(4) == 1});
    }
    storeCustomer();
    return true;
}

void OrderLineCollector::add(QByteArrayView code, const OrderRecord& record)
{
    // The lines of an order usually share its time, and lines of equal time come by code: joined
    // on the fly. Lines of one order at different times are joined in storeCustomer().
    const std::uint32_t lastStart = m_codeEnds.size() > 1 ? m_codeEnds[m_codeEnds.size() - 2] : 0;
    if (!m_orders.empty() &&
        QByteArrayView(m_codes.data() + lastStart, m_codeEnds.back() - lastStart) == code) {
        join(m_orders.back(), record);
        return;
    }
    m_orders.push_back(record);
    m_codes.append(code.data(), static_cast<std::size_t>(code.size()));
    m_codeEnds.push_back(static_cast<std::uint32_t>(m_codes.size()));
}

// Joins the orders of the current customer that share a code (lines of one order at different
// times, with another order's lines between them) and stores them. They are in date order already:
// each order sits where its first, earliest line came, and a joined order keeps the earlier place.
void OrderLineCollector::storeCustomer()
{
    if (m_orders.empty())
        return;
    const auto codeAt = [this](std::uint32_t i) {
        const std::uint32_t start = i == 0 ? 0 : m_codeEnds[i - 1];
        return QByteArrayView(m_codes.data() + start, m_codeEnds[i] - start);
    };
    if (m_orders.size() > 1) {
        m_byCode.resize(m_orders.size());
        std::iota(m_byCode.begin(), m_byCode.end(), std::uint32_t{0});
        // By code, and by position among equal codes, so that a code's first order comes first.
        std::sort(m_byCode.begin(), m_byCode.end(), [&codeAt](std::uint32_t a, std::uint32_t b) {
            const int order = codeAt(a).compare(codeAt(b));
            return order < 0 || (order == 0 && a < b);
        });
        // Each of a code's later orders is joined into its first, which keeps its place.
        bool joined = false;
        for (std::size_t k = 1; k < m_byCode.size(); ++k) {
            const std::uint32_t first = m_byCode[k - 1];
            while (k < m_byCode.size() && codeAt(m_byCode[k]) == codeAt(first)) {
                OrderRecord& later = m_orders[m_byCode[k]];
                join(m_orders[first], later);
                later.day = kNoStoredDay; // marks it as joined
                joined = true;
                ++k;
            }
        }
        if (joined)
            std::erase_if(m_orders, [](const OrderRecord& order) { return order.day == kNoStoredDay; });
    }
    // The readers' ORDER BY brings each customer's lines in one run, so the customer has no orders yet.
    std::vector<OrderRecord>& orders = m_customers[static_cast<std::size_t>(m_at)].orders;
    Q_ASSERT(orders.empty());
    orders.assign(m_orders.begin(), m_orders.end());
    m_orders.clear();
    m_codeEnds.clear();
    m_codes.clear();
}

} // namespace clientele
