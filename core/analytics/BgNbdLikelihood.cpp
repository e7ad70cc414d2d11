#include "BgNbdLikelihood.h"

#include "SpecialFunctions.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace clientele {

BgNbdLikelihood::BgNbdLikelihood(const CustomerSummaries& customers)
    : m_customers(static_cast<int>(customers.size()))
{
    std::map<std::tuple<double, double, double>, int> counts;
    for (const CustomerSummary& c : customers)
        ++counts[{c.x, c.tx, c.T}];
    for (const auto& [key, count] : counts) {
        const auto& [x, tx, T] = key;
        if (m_distinctX.empty() || m_distinctX.back() != x)
            m_distinctX.push_back(x); // the map is sorted by x first
        m_groups.push_back({tx, T, static_cast<double>(count), static_cast<int>(m_distinctX.size()) - 1});
    }
}

double BgNbdLikelihood::evaluate(const LogParameters& logParameters, LogParameters* gradient) const
{
    using special::digamma;
    const double r = std::exp(logParameters[0]);
    const double alpha = std::exp(logParameters[1]);
    const double a = std::exp(logParameters[2]);
    const double b = std::exp(logParameters[3]);
    const double logAlpha = std::log(alpha);
    const double logA = std::log(a);

    // Per distinct x: ln A1 + ln A2 and their partial derivatives, and ln(a / (b + x − 1)).
    struct PerX
    {
        double logA12, dr, da, db, logA4Scale;
    };
    std::vector<PerX> perX(m_distinctX.size());
    const double lgR = std::lgamma(r);
    const double lgAB = std::lgamma(a + b);
    const double lgB = std::lgamma(b);
    const double psiR = gradient ? digamma(r) : 0.0;
    const double psiAB = gradient ? digamma(a + b) : 0.0;
    const double psiB = gradient ? digamma(b) : 0.0;
    for (size_t k = 0; k < m_distinctX.size(); ++k) {
        const double x = m_distinctX[k];
        PerX& p = perX[k];
        // A1 = Γ(r+x) αʳ / Γ(r);  A2 = B(a, b+x) / B(a, b) = Γ(a+b) Γ(b+x) / (Γ(b) Γ(a+b+x)).
        p.logA12 = std::lgamma(r + x) - lgR + r * logAlpha + lgAB + std::lgamma(b + x) - lgB -
                   std::lgamma(a + b + x);
        p.logA4Scale = x > 0 ? logA - std::log(b + x - 1) : 0.0;
        if (gradient) {
            const double psiABX = digamma(a + b + x);
            p.dr = digamma(r + x) - psiR + logAlpha;
            p.da = psiAB - psiABX;
            p.db = psiAB + digamma(b + x) - psiB - psiABX;
        }
    }

    double total = 0.0;
    double gr = 0.0, gAlpha = 0.0, ga = 0.0, gb = 0.0;
    for (const Group& g : m_groups) {
        const double x = m_distinctX[g.xIndex];
        const PerX& p = perX[g.xIndex];
        // A3 = (α+T)^−(r+x);  A4 = a/(b+x−1) · (α+t_x)^−(r+x), present only for x > 0.
        const double logAlphaT = std::log(alpha + g.T);
        const double logA3 = -(r + x) * logAlphaT;
        double logA34 = logA3;
        double w3 = 1.0, w4 = 0.0, logAlphaTx = 0.0;
        if (x > 0) {
            logAlphaTx = std::log(alpha + g.tx);
            const double logA4 = p.logA4Scale - (r + x) * logAlphaTx;
            logA34 = special::logSumExp(logA3, logA4);
            w3 = std::exp(logA3 - logA34);
            w4 = std::exp(logA4 - logA34);
        }
        total += g.count * (p.logA12 + logA34);
        if (gradient) {
            gr += g.count * (p.dr - w3 * logAlphaT - w4 * logAlphaTx);
            gAlpha += g.count * (r / alpha - w3 * (r + x) / (alpha + g.T) -
                                 (x > 0 ? w4 * (r + x) / (alpha + g.tx) : 0.0));
            ga += g.count * (p.da + w4 / a);
            gb += g.count * (p.db - (x > 0 ? w4 / (b + x - 1) : 0.0));
        }
    }
    if (gradient) // chain rule: ∂/∂ log θ = θ ∂/∂θ
        *gradient = {gr * r, gAlpha * alpha, ga * a, gb * b};
    return total;
}

} // namespace clientele
