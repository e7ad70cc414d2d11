#include "MaximumLikelihoodFitter.h"

#include "QuasiNewtonMinimizer.h"

#include <cmath>
#include <limits>

namespace clientele {

namespace {

// Cholesky factorisation in place (lower triangle). False when the matrix is not clearly positive
// definite: a pivot below `relativeFloor` times the largest diagonal entry counts as zero.
bool cholesky(std::vector<double>& m, size_t n, double relativeFloor)
{
    double maxDiagonal = 0.0;
    for (size_t i = 0; i < n; ++i)
        maxDiagonal = std::max(maxDiagonal, std::abs(m[i * n + i]));
    if (!(maxDiagonal > 0) || !std::isfinite(maxDiagonal))
        return false;
    for (size_t j = 0; j < n; ++j) {
        double pivot = m[j * n + j];
        for (size_t k = 0; k < j; ++k)
            pivot -= m[j * n + k] * m[j * n + k];
        if (!(pivot > relativeFloor * maxDiagonal))
            return false;
        m[j * n + j] = std::sqrt(pivot);
        for (size_t i = j + 1; i < n; ++i) {
            double sum = m[i * n + j];
            for (size_t k = 0; k < j; ++k)
                sum -= m[i * n + k] * m[j * n + k];
            m[i * n + j] = sum / m[j * n + j];
        }
    }
    return true;
}

} // namespace

MaximumLikelihoodFitter::Outcome MaximumLikelihoodFitter::fit(const LogLikelihood& logLikelihood,
                                                              std::vector<double> startLogParameters,
                                                              int customers,
                                                              const FitOptions& options)
{
    const size_t n = startLogParameters.size();
    // Minimise the mean negative log-likelihood, so the gradient tolerance does not depend on the
    // size of the customer base.
    const double scale = customers > 0 ? 1.0 / customers : 1.0;
    const QuasiNewtonMinimizer::Objective objective = [&](const std::vector<double>& x,
                                                          std::vector<double>& g) {
        const double value = logLikelihood(x, g);
        for (double& e : g)
            e *= -scale;
        return -value * scale;
    };
    QuasiNewtonMinimizer::Options minimizerOptions;
    minimizerOptions.maxIterations = options.maxIterations;
    const QuasiNewtonMinimizer::Result result =
        QuasiNewtonMinimizer::minimize(objective, std::move(startLogParameters), minimizerOptions);

    Outcome outcome;
    outcome.parameters.resize(n);
    for (size_t i = 0; i < n; ++i)
        outcome.parameters[i] = std::exp(result.x[i]);
    outcome.standardErrors.assign(n, std::numeric_limits<double>::quiet_NaN());
    FitDiagnostics& d = outcome.diagnostics;
    d.iterations = result.iterations;
    d.evaluations = result.evaluations;
    d.logLikelihood = -result.value / scale;
    d.customers = customers;
    d.converged = result.converged();
    switch (result.status) {
    case QuasiNewtonMinimizer::Status::Converged:
        d.status = tr("converged");
        break;
    case QuasiNewtonMinimizer::Status::MaxIterations:
        d.status = tr("no convergence within %1 iterations").arg(options.maxIterations);
        break;
    case QuasiNewtonMinimizer::Status::LineSearchFailed:
        d.status = tr("the line search could not improve the likelihood");
        break;
    case QuasiNewtonMinimizer::Status::NonFinite:
        d.status = tr("the likelihood is not finite at the starting point");
        break;
    case QuasiNewtonMinimizer::Status::Diverged:
        d.status = tr("the parameters ran off towards zero or infinity");
        break;
    }
    if (!d.converged)
        return outcome;

    // Hessian of the negative total log-likelihood in log-parameters, by central differences of the
    // analytic gradient.
    const double h = 1e-4;
    std::vector<double> hessian(n * n);
    std::vector<double> plus(n), minus(n), point = result.x;
    for (size_t j = 0; j < n; ++j) {
        point[j] = result.x[j] + h;
        logLikelihood(point, plus);
        point[j] = result.x[j] - h;
        logLikelihood(point, minus);
        point[j] = result.x[j];
        for (size_t i = 0; i < n; ++i)
            hessian[i * n + j] = -(plus[i] - minus[i]) / (2 * h);
    }
    d.evaluations += static_cast<int>(2 * n);
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < i; ++j)
            hessian[i * n + j] = hessian[j * n + i] = 0.5 * (hessian[i * n + j] + hessian[j * n + i]);
    std::vector<double> factor = hessian;
    if (!cholesky(factor, n, 1e-9)) {
        d.converged = false;
        d.status = tr("the data do not determine the parameters (the likelihood is flat at the optimum)");
        return outcome;
    }
    // Covariance of log θ = H⁻¹: solve L Lᵀ c = eᵢ for each unit vector, keep the diagonal.
    for (size_t i = 0; i < n; ++i) {
        std::vector<double> column(n, 0.0);
        column[i] = 1.0;
        for (size_t r = 0; r < n; ++r) {
            for (size_t k = 0; k < r; ++k)
                column[r] -= factor[r * n + k] * column[k];
            column[r] /= factor[r * n + r];
        }
        for (size_t r = n; r-- > 0;) {
            for (size_t k = r + 1; k < n; ++k)
                column[r] -= factor[k * n + r] * column[k];
            column[r] /= factor[r * n + r];
        }
        outcome.standardErrors[i] = outcome.parameters[i] * std::sqrt(column[i]);
    }
    return outcome;
}

} // namespace clientele
