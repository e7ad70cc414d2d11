#pragma once

#include "CustomerSummary.h"

#include <QDate>
#include <QString>

#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace clientele {

// What the analytics know about one customer as of an analysis date: only data up to that date
// counts. Amounts are in minor units (fen, cents). Computed by CustomerFiguresCalculator from the
// order lines, or taken from an imported summary row (seed 001's template 1) when the customer has
// no order lines.
struct CustomerFigures
{
    qint64 customerId = 0;
    QString code;
    QString name;
    QString kind; // "toc" or "tob"
    QString owner;
    QDate createdOn;

    QDate firstPurchase; // invalid when the customer never bought
    QDate lastPurchase;
    int recencyDays = -1;      // days from the last purchase to the analysis date; -1 when never bought
    int orders = 0;            // distinct completed orders (cancellations and returns excluded)
    qint64 netAmountMinor = 0; // completed orders minus cancellations and returns
    double tenureDays = 0.0;   // from the first purchase to the analysis date
    // Per year of relationship (seed 001 scores F and M per year); the relationship counts as at
    // least one year, so a new customer's single order is not blown up to a yearly rate.
    double ordersPerYear = 0.0;
    qint64 amountPerYearMinor = 0;
    qint64 averageOrderValueMinor = 0;
    double typicalGapDays = std::numeric_limits<double>::quiet_NaN(); // median gap; NaN under 2 orders

    // Recent trend: the last 90 days before the analysis date against the 90 before them.
    int ordersLast90 = 0;
    int ordersPrevious90 = 0;
    qint64 amountLast90Minor = 0;
    qint64 amountPrevious90Minor = 0;
    int interactionsLast90 = 0;
    int interactionsPrevious90 = 0;
    QDate lastInteraction;

    std::optional<int> latestNps;   // the latest survey answer up to the analysis date
    std::optional<int> industryFit; // ToB: manual rating 1–5
    std::optional<int> renewalRisk; // ToB: manual rating 1–5 (5 = most likely to leave)

    bool fromSummaryRow = false; // figures came from an imported summary row, not order lines

    // The BG/NBD / Gamma-Gamma input, in weeks from the first purchase.
    CustomerSummary summary;

    bool hasPurchased() const { return orders > 0 || fromSummaryRow; }
    bool hasTypicalGap() const { return !std::isnan(typicalGapDays); }
};

using CustomerFiguresList = std::vector<CustomerFigures>;

} // namespace clientele
