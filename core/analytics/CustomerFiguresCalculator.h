#pragma once

#include "CustomerActivity.h"
#include "CustomerFigures.h"

#include <QDate>

namespace clientele {

// Turns what a customer did up to an analysis date into CustomerFigures. Definitions
// (docs/analytics-lifecycle.md):
// - a purchase is a completed order; cancellations and returns only lower the net amount;
// - purchase days are the distinct days with a completed order; the typical gap is the median gap
//   between consecutive purchase days, and the BG/NBD summary counts purchase days (as the
//   literature does for CDNOW): x = purchase days − 1, t_x and T in weeks from the first purchase,
//   zbar = mean amount of the repeat purchase days;
// - the trend windows are the 90 days ending on the analysis date and the 90 days before them.
// A customer without orders but with a summary row gets the row's figures (fromSummaryRow).
class CustomerFiguresCalculator
{
public:
    static constexpr int kTrendWindowDays = 90;

    explicit CustomerFiguresCalculator(QDate asOf);

    CustomerFigures calculate(const CustomerActivity& activity) const;
    CustomerFiguresList calculate(const CustomerActivities& activities) const;

    QDate asOf() const { return m_asOf; }

private:
    QDate m_asOf;
    qint64 m_asOfDay;
};

} // namespace clientele
