#pragma once

#include "analytics/CustomerActivity.h"
#include "storage/SqlDialect.h"

#include <QDate>
#include <QSqlDatabase>

#include <atomic>
#include <functional>

namespace clientele {

class CustomerIndex;

// Reads every customer with what they did up to an analysis date (inclusive): orders (their lines
// summed per order code), interaction dates, the latest NPS answer, the imported summary row and the
// ToB ratings. Built for whole-base recomputation: one forward-only query per table with few
// columns. Order lines are read in the table's own order (a read in index order costs a random page
// lookup per line, about 10× slower on a million lines) and gathered per customer in memory; on a
// large SQLite file in two halves at once (OrderLineCollector).
class CustomerActivityReader
{
public:
    using ProgressCallback = std::function<void(int customersRead, int customersTotal)>;

    CustomerActivityReader(const QSqlDatabase& db, const SqlDialect& dialect);

    // Customers in code order. Returns what was read so far when cancel becomes true.
    CustomerActivities
    read(QDate asOf, const ProgressCallback& progress = {}, const std::atomic<bool>* cancel = nullptr) const;

    // Order lines are read in two halves on two threads from this many lines on (SQLite files only).
    void setParallelReadFrom(qint64 lines) { m_splitFrom = lines; }

    // The latest order date and the latest summary row date in the database (invalid when none).
    QDate lastOrderDate() const;
    QDate lastSummaryDate() const;

private:
    bool readOrders(CustomerActivities& customers,
                    const CustomerIndex& index,
                    qint64 asOfDay,
                    const std::function<void(qint64 scanned, qint64 expected)>& progress,
                    const std::atomic<bool>* cancel) const;

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    qint64 m_splitFrom = 200000;
};

} // namespace clientele
