#include "QuasiNewtonMinimizer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace clientele {

namespace {

using Vector = std::vector<double>;

double dot(const Vector& a, const Vector& b)
{
    double sum = 0.0;
    for (size_t i = 0; i < a.size(); ++i)
        sum += a[i] * b[i];
    return sum;
}

double maxAbs(const Vector& v)
{
    double m = 0.0;
    for (double e : v)
        m = std::max(m, std::abs(e));
    return m;
}

bool allFinite(const Vector& v)
{
    return std::all_of(v.begin(), v.end(), [](double e) { return std::isfinite(e); });
}

// One point on the search line: φ(α) = f(x + α d) and φ'(α) = ∇f(x + α d)·d.
struct LinePoint
{
    double alpha = 0.0;
    double value = 0.0;
    double slope = 0.0;
    Vector x;
    Vector gradient;
    bool finite() const { return std::isfinite(value) && std::isfinite(slope); }
};

class LineSearch
{
public:
    LineSearch(const QuasiNewtonMinimizer::Objective& f,
               const Vector& x,
               const Vector& direction,
               int& evaluations)
        : m_f(f)
        , m_x(x)
        , m_d(direction)
        , m_evaluations(evaluations)
    {
    }

    // Strong Wolfe conditions with c1 = 1e-4, c2 = 0.9. Returns false when no acceptable step was found.
    bool run(const LinePoint& origin, double firstAlpha, LinePoint& accepted)
    {
        m_origin = origin;
        LinePoint previous = origin;
        double alpha = firstAlpha;
        for (int i = 0; i < 30; ++i) {
            LinePoint current = evaluate(alpha);
            if (approximatelyWolfe(current)) {
                accepted = std::move(current);
                return true;
            }
            if (!current.finite() || current.value > armijo(alpha) ||
                (i > 0 && current.value >= previous.value))
                return zoom(previous, current, accepted);
            if (std::abs(current.slope) <= -kC2 * m_origin.slope) {
                accepted = std::move(current);
                return true;
            }
            if (current.slope >= 0)
                return zoom(current, previous, accepted);
            previous = std::move(current);
            alpha *= 2.0;
        }
        return false;
    }

private:
    static constexpr double kC1 = 1e-4;
    static constexpr double kC2 = 0.9;
    static constexpr double kFlat = 1e-12; // relative change of f below which values are noise

    double armijo(double alpha) const { return m_origin.value + kC1 * alpha * m_origin.slope; }

    // Close to the optimum a step changes f by less than the rounding error of f itself (a sum over
    // tens of thousands of customers), so comparing values decides by noise and the search used to
    // spend dozens of evaluations per step there. When the change is within that noise, judge by the
    // slope alone (the approximate Wolfe conditions of Hager & Zhang 2005): it still grows enough to
    // keep the BFGS update positive definite.
    bool approximatelyWolfe(const LinePoint& p) const
    {
        if (!p.finite() ||
            std::abs(p.value - m_origin.value) > kFlat * std::max(1.0, std::abs(m_origin.value)))
            return false;
        return p.slope >= kC2 * m_origin.slope && p.slope <= (2.0 * kC1 - 1.0) * m_origin.slope;
    }

    LinePoint evaluate(double alpha)
    {
        LinePoint p;
        p.alpha = alpha;
        p.x.resize(m_x.size());
        for (size_t i = 0; i < m_x.size(); ++i)
            p.x[i] = m_x[i] + alpha * m_d[i];
        p.gradient.assign(m_x.size(), 0.0);
        p.value = m_f(p.x, p.gradient);
        ++m_evaluations;
        p.slope = allFinite(p.gradient) ? dot(p.gradient, m_d) : std::numeric_limits<double>::quiet_NaN();
        if (!std::isfinite(p.value))
            p.value = std::numeric_limits<double>::infinity();
        return p;
    }

    // `lo` satisfies sufficient decrease and has the lower value; the minimiser lies between lo and hi.
    bool zoom(LinePoint lo, LinePoint hi, LinePoint& accepted)
    {
        for (int i = 0; i < 40; ++i) {
            const double width = hi.alpha - lo.alpha;
            double alpha = lo.alpha + 0.5 * width;
            // Minimiser of the quadratic through φ(lo), φ'(lo), φ(hi), kept well inside the bracket.
            if (hi.finite()) {
                const double denominator = 2.0 * (hi.value - lo.value - lo.slope * width);
                if (denominator > 0) {
                    const double trial = lo.alpha - lo.slope * width * width / denominator;
                    const double a = std::min(lo.alpha, hi.alpha);
                    const double b = std::max(lo.alpha, hi.alpha);
                    alpha = std::clamp(trial, a + 0.1 * (b - a), b - 0.1 * (b - a));
                }
            }
            LinePoint current = evaluate(alpha);
            if (approximatelyWolfe(current)) {
                accepted = std::move(current);
                return true;
            }
            if (!current.finite() || current.value > armijo(alpha) || current.value >= lo.value) {
                hi = std::move(current);
            } else {
                if (std::abs(current.slope) <= -kC2 * m_origin.slope) {
                    accepted = std::move(current);
                    return true;
                }
                if (current.slope * (hi.alpha - lo.alpha) >= 0)
                    hi = lo;
                lo = std::move(current);
            }
            if (std::abs(hi.alpha - lo.alpha) < 1e-14 * std::max(1.0, std::abs(lo.alpha)))
                break;
        }
        // Out of room: a point with sufficient decrease still makes progress.
        if (lo.alpha > 0 && lo.value < m_origin.value) {
            accepted = std::move(lo);
            return true;
        }
        return false;
    }

    const QuasiNewtonMinimizer::Objective& m_f;
    const Vector& m_x;
    const Vector& m_d;
    int& m_evaluations;
    LinePoint m_origin;
};

} // namespace

QuasiNewtonMinimizer::Result
QuasiNewtonMinimizer::minimize(const Objective& f, Vector start, const Options& options)
{
    const size_t n = start.size();
    Result result;
    result.x = std::move(start);
    result.gradient.assign(n, 0.0);
    result.value = f(result.x, result.gradient);
    result.evaluations = 1;
    if (!std::isfinite(result.value) || !allFinite(result.gradient)) {
        result.status = Status::NonFinite;
        return result;
    }

    // Inverse-Hessian approximation, row-major; identity until the first curvature pair scales it.
    Vector h(n * n, 0.0);
    const auto resetH = [&h, n](double scale) {
        std::fill(h.begin(), h.end(), 0.0);
        for (size_t i = 0; i < n; ++i)
            h[i * n + i] = scale;
    };
    resetH(1.0);
    bool scaled = false;

    Vector direction(n);
    Vector s(n);
    Vector y(n);
    Vector hy(n);
    result.status = Status::MaxIterations;
    for (result.iterations = 0; result.iterations < options.maxIterations; ++result.iterations) {
        if (maxAbs(result.gradient) < options.gradientTolerance) {
            result.status = Status::Converged;
            break;
        }
        for (size_t i = 0; i < n; ++i) {
            direction[i] = 0.0;
            for (size_t j = 0; j < n; ++j)
                direction[i] -= h[i * n + j] * result.gradient[j];
        }
        double slope = dot(direction, result.gradient);
        if (!(slope < 0)) {
            // Lost positive definiteness through rounding: restart from steepest descent.
            resetH(1.0);
            scaled = false;
            for (size_t i = 0; i < n; ++i)
                direction[i] = -result.gradient[i];
            slope = dot(direction, result.gradient);
        }
        // Cap the first trial step so one step never jumps far (in log-parameters, a factor e^maxStep).
        const double firstAlpha = std::min(1.0, options.maxStep / maxAbs(direction));

        LinePoint origin;
        origin.value = result.value;
        origin.slope = slope;
        LinePoint next;
        LineSearch search(f, result.x, direction, result.evaluations);
        if (!search.run(origin, firstAlpha, next)) {
            // At the limit of double precision the line search cannot improve f any more; a tiny
            // gradient there is convergence, anything else is a failure.
            result.status = maxAbs(result.gradient) < std::sqrt(options.gradientTolerance)
                                ? Status::Converged
                                : Status::LineSearchFailed;
            break;
        }
        for (size_t i = 0; i < n; ++i) {
            s[i] = next.x[i] - result.x[i];
            y[i] = next.gradient[i] - result.gradient[i];
        }
        result.x = std::move(next.x);
        result.gradient = std::move(next.gradient);
        result.value = next.value;
        if (maxAbs(result.x) > options.coordinateBound) {
            result.status = Status::Diverged;
            ++result.iterations;
            break;
        }

        const double sy = dot(s, y);
        if (sy <= 1e-12 * std::sqrt(dot(s, s) * dot(y, y)))
            continue; // no usable curvature information; keep H
        if (!scaled) {
            resetH(sy / dot(y, y));
            scaled = true;
        }
        // H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, expanded.
        const double rho = 1.0 / sy;
        for (size_t i = 0; i < n; ++i) {
            hy[i] = 0.0;
            for (size_t j = 0; j < n; ++j)
                hy[i] += h[i * n + j] * y[j];
        }
        const double yhy = dot(y, hy);
        for (size_t i = 0; i < n; ++i)
            for (size_t j = 0; j < n; ++j)
                h[i * n + j] += -rho * (s[i] * hy[j] + hy[i] * s[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
    }
    return result;
}

} // namespace clientele
