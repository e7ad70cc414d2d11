#pragma once

#include "analytics/CustomerActivity.h"
#include "storage/SqlDialect.h"

#include <QDate>
#include <QSqlDatabase>

#include <algorithm>
#include <atomic>
#include <functional>

namespace clientele {

class CustomerIndex;
class RowScanner;

// Reads every customer with what they did up to an analysis date (inclusive): orders (their lines
// summed per order code), interaction dates, the latest NPS answer, the imported summary row and the
// ToB ratings. Built for whole-base recomputation: one forward-only query per table with few
// columns. Order lines come from a covering index in customer order, in ranges of customers that
// two threads share on a SQLite file (OrderLineCollector).
class CustomerActivityReader
{
public:
    using ProgressCallback = std::function<void(int customersRead, int customersTotal)>;

    CustomerActivityReader(const QSqlDatabase& db, const SqlDialect& dialect);

    // Customers in code order. Returns what was read so far when cancel becomes true.
    CustomerActivities
    read(QDate asOf, const ProgressCallback& progress = {}, const std::atomic<bool>* cancel = nullptr) const;

    // Order lines are read in this many ranges of customers (fewer when there are fewer customers).
    void setOrderReadRanges(int ranges) { m_ranges = std::max(1, ranges); }

    // The latest order date and the latest summary row date in the database (invalid when none).
    QDate lastOrderDate() const;
    QDate lastSummaryDate() const;

private:
    bool readOrders(CustomerActivities& customers,
                    const CustomerIndex& index,
                    const std::vector<qint64>& ids,
                    qint64 asOfDay,
                    const std::function<void()>& meanwhile,
                    const std::function<void(int chunksDone, int chunks)>& progress,
                    const std::atomic<bool>* cancel) const;
    void readCustomerDetails(CustomerActivities& customers, const CustomerIndex& index) const;
    void
    readInteractions(CustomerActivities& customers, const CustomerIndex& index, const QString& before) const;
    void
    readSurveyAnswers(CustomerActivities& customers, const CustomerIndex& index, const QString& before) const;
    void
    readSummaryRows(CustomerActivities& customers, const CustomerIndex& index, const QString& asOfText) const;
    // Runs a query with one bound value whose first column is a customer id, and hands each row of
    // a customer in the list to `use` with the customer and its position.
    void forEachCustomerRow(
        CustomerActivities& customers,
        const CustomerIndex& index,
        const QString& statement,
        const QString& value,
        const std::function<void(CustomerActivity&, const RowScanner&, std::size_t)>& use) const;

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    int m_ranges = 32;
};

} // namespace clientele
