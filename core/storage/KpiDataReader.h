#pragma once

#include "storage/KpiPeriodData.h"
#include "storage/SqlDialect.h"

#include <QSqlDatabase>

namespace clientele {

// Reads the per-customer facts of one period in five aggregate queries (one pass over the order
// lines up to the period end, the rest over the period only), so a quarter of a 1M-line database
// reads in well under a second. Read-only.
class KpiDataReader
{
public:
    KpiDataReader(const QSqlDatabase& db, const SqlDialect& dialect);

    // start..end inclusive; followUpDays: how far after the period end orders and interactions are
    // read to follow up first orders (the activation window).
    KpiPeriodData read(QDate start, QDate end, int followUpDays) const;

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace clientele
