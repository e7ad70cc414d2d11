#include "SpecialFunctions.h"

#include <cmath>
#include <limits>

namespace clientele::special {

double digamma(double x)
{
    if (!(x > 0.0) || !std::isfinite(x))
        return std::numeric_limits<double>::quiet_NaN();
    // Shift x up with ψ(x) = ψ(x + 1) − 1/x, then use the asymptotic series, accurate to ~1e-15 from 10 on.
    double result = 0.0;
    while (x < 10.0) {
        result -= 1.0 / x;
        x += 1.0;
    }
    const double inv = 1.0 / x;
    const double inv2 = inv * inv;
    // Bernoulli terms: 1/12, 1/120, 1/252, 1/240, 1/132, 691/32760, 1/12.
    const double series =
        inv2 *
        (1.0 / 12 -
         inv2 * (1.0 / 120 -
                 inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 * (1.0 / 132 - inv2 * (691.0 / 32760))))));
    return result + std::log(x) - 0.5 * inv - series;
}

double logSumExp(double a, double b)
{
    if (a == -std::numeric_limits<double>::infinity())
        return b;
    if (b == -std::numeric_limits<double>::infinity())
        return a;
    return a > b ? a + std::log1p(std::exp(b - a)) : b + std::log1p(std::exp(a - b));
}

double hyp2f1Series(double a, double b, double c, double z)
{
    if (!(z >= 0.0 && z < 1.0) || !(c > 0.0))
        return std::numeric_limits<double>::quiet_NaN();
    // Σ (a)_n (b)_n / ((c)_n n!) zⁿ; each term from the previous one by the ratio of successive terms.
    // Terms change sign at most once each for a and b, so summing in order loses little.
    constexpr int maxTerms = 200000;
    double term = 1.0;
    double sum = 1.0;
    for (int n = 0; n < maxTerms; ++n) {
        term *= (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;
        sum += term;
        if (term == 0.0 || std::abs(term) <= 1e-16 * std::abs(sum))
            return sum;
        if (!std::isfinite(sum))
            break;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

double hyp2f1(double a, double b, double c, double z)
{
    // The direct series' terms fall like n^(a+b−c−1) zⁿ; after Euler's transformation like n^(c−a−b−1) zⁿ.
    // Take whichever decays faster.
    if (c - a - b >= 0.0)
        return hyp2f1Series(a, b, c, z);
    return std::pow(1.0 - z, c - a - b) * hyp2f1Series(c - a, c - b, c, z);
}

} // namespace clientele::special
