#pragma once

#include "storage/SqlDialect.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <cstdint>

namespace clientele {

// One calendar month of a customer's purchases: the net amount of all its order lines (cancellations
// and returns are stored negative) and its distinct orders.
struct MonthlyPurchases
{
    QDate month; // the first day of the month
    qint64 amountMinor = 0;
    int orders = 0;
};

// Reads a customer's purchases per month, oldest first, only months with order lines. Grouped here
// rather than in SQL, so no dialect's date functions are needed; one customer's lines are few.
class MonthlyPurchaseReader
{
public:
    MonthlyPurchaseReader(const QSqlDatabase& db, const SqlDialect& dialect);

    QList<MonthlyPurchases> read(std::int64_t customerId) const;

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace clientele
