#pragma once

#include <QString>

#include <vector>

namespace clientele {

// One customer's purchase history condensed for the lifetime-value models. Times share one unit
// (weeks for the CDNOW data), measured from the customer's first purchase.
struct CustomerSummary
{
    QString id;
    double x = 0.0;        // repeat purchases (all purchases minus the first)
    double tx = 0.0;       // recency: time of the last repeat purchase (0 when x = 0)
    double T = 0.0;        // age: time from the first purchase to the end of the observation period
    double zbar = 0.0;     // mean value of the repeat purchases (0 when x = 0 or unknown)
    bool hasSpend = false; // whether zbar came from data
};

using CustomerSummaries = std::vector<CustomerSummary>;

} // namespace clientele
