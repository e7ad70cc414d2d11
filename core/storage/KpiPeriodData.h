#pragma once

#include <QDate>

#include <optional>
#include <vector>

namespace clientele {

// What the KPIs need to know about one customer for one period (see docs/kpi-definitions.md).
// Only data up to the period end counts, except the follow-up days after a first order in the
// period (the activation window), which may run past the end.
struct CustomerKpiFacts
{
    qint64 customerId = 0;
    QDate firstPurchase;                 // first completed order on record; invalid: none by the period end
    QDate lastPurchaseBeforeStart;       // last completed order before the period start; invalid: none
    qint64 netAmountToEndMinor = 0;      // every line up to the period end, cancellations included
    int ordersInPeriod = 0;              // distinct completed orders dated in the period
    qint64 orderAmountInPeriodMinor = 0; // their amount
    // Only for a first purchase in the period: days from it to the customer's next distinct completed
    // order and to their first interaction on or after that day, when within the follow-up window.
    std::optional<int> daysToSecondOrder;
    std::optional<int> daysToFirstInteraction;
    bool interactedInPeriod = false;
    std::optional<int> latestNps; // the latest NPS score answered in the period
    int staticTags = 0;           // static tags carried now

    bool purchasedInPeriod() const { return ordersInPeriod > 0; }
};

// The customer base at the period end (created by then, or with an order by then), by id.
struct KpiPeriodData
{
    QDate start;
    QDate end;
    int followUpDays = 0;
    std::vector<CustomerKpiFacts> customers;
};

} // namespace clientele
