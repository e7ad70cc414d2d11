#pragma once

#include "FitDiagnostics.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace clientele {

// Shared machinery of the model fits: maximises a log-likelihood over log-parameters with
// QuasiNewtonMinimizer, then checks the curvature at the optimum (a flat direction means the data
// cannot pin the parameters down, which counts as not converged) and derives standard errors.
class MaximumLikelihoodFitter
{
    Q_DECLARE_TR_FUNCTIONS(MaximumLikelihoodFitter)

public:
    // Total log-likelihood at log-parameters; writes ∂/∂(log θ) into gradient (already sized).
    using LogLikelihood =
        std::function<double(const std::vector<double>& logParameters, std::vector<double>& gradient)>;

    struct Outcome
    {
        std::vector<double> parameters;     // θ = exp(log θ) at the last iterate
        std::vector<double> standardErrors; // of θ, by the delta method; NaN when the Hessian is not usable
        FitDiagnostics diagnostics;         // converged, status, iterations, evaluations, logLikelihood
    };

    static Outcome fit(const LogLikelihood& logLikelihood,
                       std::vector<double> startLogParameters,
                       int customers,
                       const FitOptions& options);
};

} // namespace clientele
