#pragma once

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace clientele {

// One order as the analytics see it: its lines summed. Dates are Julian day numbers so the
// calculators compare integers, not QDates.
struct OrderRecord
{
    qint64 day = 0;            // the order's date (its earliest line), as QDate::toJulianDay()
    qint64 netAmountMinor = 0; // sum of its lines; negative for cancellations and returns
    bool completed = true;     // false: cancelled or returned, not a purchase
};

// A summary row imported in place of order lines (seed 001's template 1), as of its own date.
struct SummaryRow
{
    QDate asOf;
    int recencyDays = 0;
    qint64 frequencyPerYearMilli = 0; // orders per year × 1000
    qint64 amountPerYearMinor = 0;
};

// Everything the analytics read about one customer up to an analysis date, in date order.
struct CustomerActivity
{
    qint64 customerId = 0;
    QString code;
    QString name;
    QString kind; // "toc" or "tob"
    QString owner;
    QDate createdOn;
    std::optional<int> industryFit;
    std::optional<int> renewalRisk;

    std::vector<OrderRecord> orders;      // sorted by day
    std::vector<qint64> interactionDays;  // sorted
    std::optional<int> latestNps;         // the newest survey answer with an NPS value
    std::optional<SummaryRow> summaryRow; // only when its as-of date is not after the analysis date
};

using CustomerActivities = std::vector<CustomerActivity>;

} // namespace clientele
