#pragma once

#include "CustomerSummary.h"

#include <QCoreApplication>
#include <QString>

namespace clientele {

// Reads a customer summary table from CSV. The header names the columns, in any order:
//   x    | frequency            repeat purchases
//   t_x  | recency              time of the last repeat purchase
//   T    | age                  time from the first purchase to the end of the period
//   zbar | monetary_value       mean repeat-purchase value (optional)
//   ID   | id | customer_id     (optional)
// Throws CustomerSummaryError naming the file, and the row and column of a bad value.
class CustomerSummaryReader
{
    Q_DECLARE_TR_FUNCTIONS(CustomerSummaryReader)

public:
    static CustomerSummaries readCsv(const QString& path);
    // The same, from text already in memory; `source` names it in messages.
    static CustomerSummaries parseCsv(const QByteArray& text, const QString& source);
};

} // namespace clientele
