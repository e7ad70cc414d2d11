#pragma once

#include "analytics/CustomerActivity.h"

#include <QByteArrayView>

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace clientele {

class CustomerIndex;
class RowScanner;

// Gathers order lines into orders per customer: lines of one order (one order code of one customer)
// are summed, wherever they are in the table. Several collectors may each scan a part of the table
// (on their own threads and connections) and be joined with absorb(): the orders come out the same
// as from one scan of the whole table.
class OrderLineCollector
{
public:
    // Called every few thousand lines with the number of lines scanned so far.
    using ProgressCallback = std::function<void(qint64 linesScanned)>;

    OrderLineCollector(const CustomerIndex& index, std::size_t customers, qint64 asOfDay);

    // Reads rows of (customer_id, order_code, ordered_at, amount_minor, completed 1/0) to the end.
    // Returns false when cancel became true first.
    bool
    scan(RowScanner& row, const ProgressCallback& progress = {}, const std::atomic<bool>* cancel = nullptr);
    // Takes over another collector's orders (of the same customers).
    void absorb(OrderLineCollector&& other);
    // Puts each customer's orders, joined and in date order, into customers[i].orders.
    void finish(CustomerActivities& customers);

private:
    // One order while its lines are being gathered. Its code lives in m_codes: one heap block per
    // order cost more than the rest of its bookkeeping.
    struct PendingOrder
    {
        std::uint32_t codeAt = 0;
        std::uint32_t codeSize = 0;
        OrderRecord record;
    };

    QByteArrayView codeOf(const PendingOrder& order) const
    {
        return QByteArrayView(m_codes.data() + order.codeAt, order.codeSize);
    }
    void add(std::size_t customer, QByteArrayView code, const OrderRecord& record);
    void finishCustomer(std::vector<PendingOrder>& pending, std::vector<OrderRecord>& orders) const;

    const CustomerIndex& m_index;
    qint64 m_asOfDay;
    std::vector<std::vector<PendingOrder>> m_pending; // per customer position
    std::string m_codes;                              // the pending orders' codes, back to back
};

} // namespace clientele
