#pragma once

#include <functional>
#include <vector>

namespace clientele {

// Unconstrained minimisation by BFGS with a strong-Wolfe line search (Nocedal & Wright, Numerical
// Optimization, algorithms 3.5, 3.6 and 6.1). Small, dense problems only: the inverse Hessian is
// kept as a full matrix.
class QuasiNewtonMinimizer
{
public:
    // Returns f(x) and writes ∇f(x) into gradient (already sized). May return a non-finite value
    // for points outside the function's domain; the line search then steps back.
    using Objective = std::function<double(const std::vector<double>& x, std::vector<double>& gradient)>;

    enum class Status
    {
        Converged,        // the gradient fell below the tolerance
        MaxIterations,    // the iteration budget ran out first
        LineSearchFailed, // no step along the search direction lowered f enough
        NonFinite,        // f or ∇f was not finite at the starting point
        Diverged,         // a coordinate ran past the bound on |x|
    };

    struct Options
    {
        int maxIterations = 200;
        double gradientTolerance = 1e-8; // on max |∂f/∂xᵢ|
        double maxStep = 2.0;            // largest change of any coordinate in one step
        double coordinateBound = 25.0;   // |xᵢ| beyond this counts as divergence
    };

    struct Result
    {
        std::vector<double> x;
        double value = 0.0;
        std::vector<double> gradient;
        int iterations = 0;
        int evaluations = 0;
        Status status = Status::NonFinite;
        bool converged() const { return status == Status::Converged; }
    };

    static Result minimize(const Objective& f, std::vector<double> start, const Options& options);
    static Result minimize(const Objective& f, std::vector<double> start)
    {
        return minimize(f, std::move(start), Options{});
    }
};

} // namespace clientele
