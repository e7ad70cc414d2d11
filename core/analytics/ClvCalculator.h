#pragma once

#include "BgNbdModel.h"
#include "CustomerSummary.h"
#include "GammaGammaModel.h"

#include <utility>
#include <vector>

namespace clientele {

// Customer lifetime value over a finite horizon, from a BG/NBD fit (how many purchases) and a
// Gamma-Gamma fit (how much each is worth):
//
//   CLV = margin · E[Z | x, zbar] · Σ_{m=1..H} (E[Y(m·k) | x, t_x, T] − E[Y((m−1)·k) | x, t_x, T]) / (1 +
//   d)^m
//
// H = horizon in months, d = monthly discount rate, k = the summaries' time units per month (4.348
// for weeks). Purchases expected in month m are discounted as if made at the end of that month.
//
// When a model did not converge (or its value cannot be computed) its part falls back to the
// customer's own history, flagged: purchases at the observed rate x / T per time unit, spend at the
// observed zbar.
class ClvCalculator
{
public:
    struct Options
    {
        int horizonMonths = 12;
        double monthlyDiscountRate = 0.01;
        double periodsPerMonth = 365.25 / 12.0 / 7.0; // weeks
        double margin = 1.0;                          // share of spend that is profit
    };

    struct Estimate
    {
        double value = 0.0;             // discounted lifetime value over the horizon
        double expectedPurchases = 0.0; // undiscounted, over the horizon
        double expectedAverageValue = 0.0;
        double probabilityAlive = 1.0; // NaN with the historical fallback
        bool purchasesFromHistory = false;
        bool spendFromHistory = false;
        bool fromHistory() const { return purchasesFromHistory || spendFromHistory; }
    };

    ClvCalculator(BgNbdModel::Fit purchases, GammaGammaModel::Fit spend, Options options);
    ClvCalculator(BgNbdModel::Fit purchases, GammaGammaModel::Fit spend)
        : ClvCalculator(std::move(purchases), std::move(spend), Options{})
    {
    }

    Estimate estimate(const CustomerSummary& customer) const;
    // The estimates of many customers, each the same as estimate(customer) gives, in a fraction of
    // the time: the hypergeometric series depend on (x, T) only and P(alive) on (x, t_x, T), so each
    // is computed once per distinct value.
    std::vector<Estimate> estimate(const CustomerSummaries& customers) const;

private:
    void purchasesIfAlive(const CustomerSummary& customer, std::vector<double>& cumulative) const;
    Estimate combine(const CustomerSummary& customer,
                     const std::vector<double>& cumulativeIfAlive,
                     double probabilityAlive) const;

    BgNbdModel::Fit m_purchases;
    GammaGammaModel::Fit m_spend;
    Options m_options;
    std::vector<double> m_discountDivisors; // (1 + d)^m for m = 1..H
};

} // namespace clientele
