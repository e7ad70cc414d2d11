#pragma once

#include "analytics/CustomerActivity.h"

#include <QByteArrayView>

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace clientele {

class CustomerIndex;
class RowScanner;

// Gathers order lines into orders, customer by customer: the lines of one order (one order code of
// one customer) are summed and each customer's orders come out in date order. The lines must arrive
// grouped by customer and in time order within a customer (the order of the covering index on
// (customer_id, ordered_at, …)), so that a customer's orders are made and stored as soon as the next
// customer's lines begin, without gathering the whole table first. Several collectors may work at
// once (on their own threads and connections) as long as each sees its own customers.
class OrderLineCollector
{
public:
    OrderLineCollector(const CustomerIndex& index, CustomerActivities& customers, qint64 asOfDay);

    // Reads rows of (customer_id, order_code, ordered_at, amount_minor, completed 1/0) to the end
    // into the customers' orders. Returns false when cancel became true first.
    bool scan(RowScanner& row, const std::atomic<bool>* cancel = nullptr);

private:
    void add(QByteArrayView code, const OrderRecord& record);
    void storeCustomer();

    const CustomerIndex& m_index;
    CustomerActivities& m_customers;
    qint64 m_asOfDay;
    int m_at = -1; // the position of the customer whose lines are coming in
    // That customer's orders so far, with their codes back to back in m_codes.
    std::vector<OrderRecord> m_orders;
    std::vector<std::uint32_t> m_codeEnds;
    std::string m_codes;
    std::vector<std::uint32_t> m_byCode; // scratch for storeCustomer()
};

} // namespace clientele
