#include "BgNbdModel.h"

#include "BgNbdLikelihood.h"
#include "MaximumLikelihoodFitter.h"
#include "SpecialFunctions.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace clientele {

namespace {

// (a + b + x − 1)/(a − 1) · [1 − ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x−1; z)], z = t/(α+T+t),
// the numerator of eq. 10 (with x = T = 0 it is eq. 7). Euler's transformation turns the 2F1 into
// (1−z)^(a−1−r−x) · 2F1(a+b−1−r, a−1; a+b+x−1; z), whose power cancels the ((α+T)/(α+T+t))^(r+x)
// factor (that ratio is 1 − z), and whose series converges fast even for large x.
double expectedPurchasesNumerator(const BgNbdModel::Parameters& p, double x, double T, double t)
{
    if (t <= 0)
        return 0.0;
    double a = p.a;
    // At a = 1 the expression is 0/0; step just off it (the error is of the order of the step).
    if (std::abs(a - 1.0) < 1e-7)
        a = a < 1.0 ? 1.0 - 1e-7 : 1.0 + 1e-7;
    const double c = a + p.b + x - 1.0;
    if (!(c > 0))
        return std::numeric_limits<double>::quiet_NaN();
    const double oneMinusZ = (p.alpha + T) / (p.alpha + T + t);
    const double z = t / (p.alpha + T + t);
    const double series = special::hyp2f1Series(a + p.b - 1.0 - p.r, a - 1.0, c, z);
    return c / (a - 1.0) * (1.0 - std::pow(oneMinusZ, a - 1.0) * series);
}

// 1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x), computed through logs so large x cannot overflow.
// Returned as its logarithm.
double logAliveDenominator(const BgNbdModel::Parameters& p, const CustomerSummary& c)
{
    if (c.x <= 0)
        return 0.0;
    const double logTerm = std::log(p.a) - std::log(p.b + c.x - 1.0) +
                           (p.r + c.x) * (std::log(p.alpha + c.T) - std::log(p.alpha + c.tx));
    return special::logSumExp(0.0, logTerm);
}

} // namespace

BgNbdModel::Fit BgNbdModel::fit(const CustomerSummaries& customers, const FitOptions& options)
{
    const BgNbdLikelihood likelihood(customers);
    const auto logLikelihood = [&likelihood](const std::vector<double>& x, std::vector<double>& gradient) {
        BgNbdLikelihood::LogParameters g{};
        const double value = likelihood.evaluate({x[0], x[1], x[2], x[3]}, &g);
        std::copy(g.begin(), g.end(), gradient.begin());
        return value;
    };
    // Start at r = α = a = b = 1: inside the region every data set we have seen converges from.
    const MaximumLikelihoodFitter::Outcome outcome =
        MaximumLikelihoodFitter::fit(logLikelihood, {0.0, 0.0, 0.0, 0.0}, likelihood.customers(), options);

    Fit fit;
    fit.parameters = {outcome.parameters[0], outcome.parameters[1], outcome.parameters[2],
                      outcome.parameters[3]};
    std::copy(outcome.standardErrors.begin(), outcome.standardErrors.end(), fit.standardErrors.begin());
    fit.diagnostics = outcome.diagnostics;
    fit.diagnostics.groups = likelihood.groups();

    // "Data too thin": reported next to the estimates, never instead of them.
    const auto repeatBuyers =
        std::count_if(customers.begin(), customers.end(), [](const auto& c) { return c.x > 0; });
    double longestHistory = 0.0;
    for (const CustomerSummary& c : customers)
        longestHistory = std::max(longestHistory, c.T);
    if (static_cast<int>(customers.size()) < options.minCustomers)
        fit.diagnostics.warnings << tr("only %1 customers; estimates from fewer than %2 are unreliable")
                                        .arg(customers.size())
                                        .arg(options.minCustomers);
    if (repeatBuyers < options.minRepeatBuyers)
        fit.diagnostics.warnings
            << tr("only %1 customers bought more than once; the drop-out parameters a and b "
                  "need at least %2")
                   .arg(repeatBuyers)
                   .arg(options.minRepeatBuyers);
    if (options.minHistory > 0 && longestHistory < options.minHistory)
        fit.diagnostics.warnings
            << tr("the longest customer history is %1, shorter than %2; purchase rates and "
                  "drop-out are hard to tell apart over so short a time")
                   .arg(longestHistory)
                   .arg(options.minHistory);
    return fit;
}

double BgNbdModel::logLikelihood(const Parameters& parameters, const CustomerSummary& customer)
{
    return logLikelihood(parameters, CustomerSummaries{customer});
}

double BgNbdModel::logLikelihood(const Parameters& p, const CustomerSummaries& customers)
{
    const BgNbdLikelihood likelihood(customers);
    return likelihood.evaluate({std::log(p.r), std::log(p.alpha), std::log(p.a), std::log(p.b)}, nullptr);
}

double BgNbdModel::expectedPurchases(const Parameters& parameters, double t)
{
    return expectedPurchasesNumerator(parameters, 0.0, 0.0, t);
}

double BgNbdModel::expectedPurchases(const Parameters& parameters, const CustomerSummary& customer, double t)
{
    return expectedPurchasesNumerator(parameters, customer.x, customer.T, t) *
           std::exp(-logAliveDenominator(parameters, customer));
}

double BgNbdModel::expectedPurchasesIfAlive(const Parameters& parameters, double x, double T, double t)
{
    return expectedPurchasesNumerator(parameters, x, T, t);
}

double BgNbdModel::probabilityAlive(const Parameters& parameters, const CustomerSummary& customer)
{
    return std::exp(-logAliveDenominator(parameters, customer));
}

} // namespace clientele
