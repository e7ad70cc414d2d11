#pragma once

#include "CustomerSummary.h"
#include "FitDiagnostics.h"

#include <QCoreApplication>

#include <array>

namespace clientele {

// The BG/NBD purchase model (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way").
// While alive a customer buys as a Poisson process with rate λ ~ Gamma(r, α); after each purchase
// they drop out with probability p ~ Beta(a, b). Time is in the unit of the summaries.
class BgNbdModel
{
    Q_DECLARE_TR_FUNCTIONS(BgNbdModel)

public:
    struct Parameters
    {
        double r = 0.0;
        double alpha = 0.0;
        double a = 0.0;
        double b = 0.0;
    };

    struct Fit
    {
        Parameters parameters;
        std::array<double, 4> standardErrors{}; // r, α, a, b; NaN when not available
        FitDiagnostics diagnostics;
    };

    // Maximum-likelihood fit over log-parameters with analytic gradients. Never throws for bad data:
    // a fit that fails says so in diagnostics.converged / status, "data too thin" in warnings.
    static Fit fit(const CustomerSummaries& customers, const FitOptions& options = {});

    // ln L(r, α, a, b | x, t_x, T) of one customer, and summed over many.
    static double logLikelihood(const Parameters& parameters, const CustomerSummary& customer);
    static double logLikelihood(const Parameters& parameters, const CustomerSummaries& customers);

    // E[X(t)]: expected purchases of a new customer in their first t time units (eq. 7).
    static double expectedPurchases(const Parameters& parameters, double t);
    // E[Y(t) | x, t_x, T]: expected purchases in the next t time units (eq. 10). NaN when the
    // hypergeometric series cannot be evaluated (a + b + x ≤ 1).
    static double expectedPurchases(const Parameters& parameters, const CustomerSummary& customer, double t);
    // E[Y(t) | x, t_x, T] = expectedPurchasesIfAlive(x, T, t) · P(alive | x, t_x, T), computed exactly
    // so (the same arithmetic as expectedPurchases). The first factor, eq. 10's numerator with its
    // hypergeometric series, depends on (x, T) only: callers with many customers compute it once per
    // distinct pair. NaN under the same condition as expectedPurchases.
    static double expectedPurchasesIfAlive(const Parameters& parameters, double x, double T, double t);
    // P(alive | x, t_x, T). By the model's definition a customer who never bought again (x = 0) is
    // alive: dropping out can only happen right after a repeat purchase.
    static double probabilityAlive(const Parameters& parameters, const CustomerSummary& customer);
};

} // namespace clientele
