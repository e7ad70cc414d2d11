#pragma once

#include <QString>
#include <QStringList>

#include <limits>

namespace clientele {

// How a maximum-likelihood fit went. A fit that did not converge still carries its last estimates;
// callers must check `converged` and fall back (ClvCalculator does).
struct FitDiagnostics
{
    bool converged = false;
    QString status; // why not converged, or "converged"; translated
    int iterations = 0;
    int evaluations = 0; // likelihood + gradient evaluations
    double logLikelihood = std::numeric_limits<double>::quiet_NaN();
    int customers = 0;    // customers the likelihood was summed over
    int groups = 0;       // distinct summaries actually evaluated
    int excluded = 0;     // customers left out of the fit (reported in warnings)
    QStringList warnings; // e.g. data too thin; reported alongside the estimates, never hiding them
};

// Thresholds of the "data too thin" warnings, and the optimiser's budget.
struct FitOptions
{
    int maxIterations = 200;
    int minCustomers = 100;   // fewer customers than this: warn
    int minRepeatBuyers = 30; // fewer customers with x > 0 than this: warn
    double minHistory = 0.0;  // longest customer age T below this (in the data's time unit): warn; 0 = off
};

} // namespace clientele
