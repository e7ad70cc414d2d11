#include "storage/OrderLineCollector.h"

#include "storage/CustomerIndex.h"
#include "storage/RowScanner.h"
#include "storage/StoredDay.h"

#include <algorithm>

namespace clientele {

namespace {

constexpr int kProgressEvery = 16384;

} // namespace

OrderLineCollector::OrderLineCollector(const CustomerIndex& index, std::size_t customers, qint64 asOfDay)
    : m_index(index)
    , m_asOfDay(asOfDay)
    , m_pending(customers)
{
}

void OrderLineCollector::add(std::size_t customer, QByteArrayView code, const OrderRecord& record)
{
    std::vector<PendingOrder>& orders = m_pending[customer];
    // Lines of one order usually come one after the other: joined on the fly.
    if (!orders.empty() && codeOf(orders.back()) == code) {
        OrderRecord& order = orders.back().record;
        order.day = std::min(order.day, record.day);
        order.netAmountMinor += record.netAmountMinor;
        order.completed = order.completed || record.completed;
        return;
    }
    orders.push_back(
        {static_cast<std::uint32_t>(m_codes.size()), static_cast<std::uint32_t>(code.size()), record});
    m_codes.append(code.data(), static_cast<std::size_t>(code.size()));
}

bool OrderLineCollector::scan(RowScanner& row,
                              const ProgressCallback& progress,
                              const std::atomic<bool>* cancel)
{
    // Lines of one order (and often of one day) come in a row: the date text is parsed only when it
    // differs from the previous line's.
    std::array<char, 10> previousDate{};
    qint64 previousDay = kNoStoredDay;
    qint64 rows = 0;
    while (row.next()) {
        if (++rows % kProgressEvery == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return false;
            if (progress)
                progress(rows);
        }
        if (row.isNull(0))
            continue;
        const int at = m_index.find(row.integer(0));
        if (at < 0)
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
        add(static_cast<std::size_t>(at), row.text(1), {day, row.integer(3), row.integer(4) == 1});
    }
    return true;
}

void OrderLineCollector::absorb(OrderLineCollector&& other)
{
    for (std::size_t i = 0; i < m_pending.size() && i < other.m_pending.size(); ++i) {
        for (const PendingOrder& order : other.m_pending[i])
            add(i, other.codeOf(order), order.record);
        std::vector<PendingOrder>().swap(other.m_pending[i]);
    }
    std::string().swap(other.m_codes);
}

void OrderLineCollector::finish(CustomerActivities& customers)
{
    for (std::size_t i = 0; i < customers.size() && i < m_pending.size(); ++i) {
        finishCustomer(m_pending[i], customers[i].orders);
        std::vector<PendingOrder>().swap(m_pending[i]);
    }
    std::string().swap(m_codes);
}

// Joins the pending orders that share a code (lines of one order that were not next to each other
// in the table), then puts them in date order.
void OrderLineCollector::finishCustomer(std::vector<PendingOrder>& pending,
                                        std::vector<OrderRecord>& orders) const
{
    if (pending.size() > 1) {
        std::sort(pending.begin(), pending.end(),
                  [this](const PendingOrder& a, const PendingOrder& b) { return codeOf(a) < codeOf(b); });
        std::size_t kept = 0;
        for (std::size_t i = 1; i < pending.size(); ++i) {
            PendingOrder& into = pending[kept];
            if (codeOf(pending[i]) == codeOf(into)) {
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

} // namespace clientele
