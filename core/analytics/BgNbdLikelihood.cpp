#include "BgNbdLikelihood.h"

#include "SpecialFunctions.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace clientele {

namespace {

// Sorted distinct values, and the position of v among them.
std::vector<double> distinct(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

int positionOf(const std::vector<double>& sorted, double v)
{
    return static_cast<int>(std::lower_bound(sorted.begin(), sorted.end(), v) - sorted.begin());
}

} // namespace

BgNbdLikelihood::BgNbdLikelihood(const CustomerSummaries& customers)
    : m_customers(static_cast<int>(customers.size()))
{
    std::map<std::tuple<double, double, double>, int> counts;
    std::vector<double> ts, txs;
    ts.reserve(customers.size());
    txs.reserve(customers.size());
    for (const CustomerSummary& c : customers) {
        ++counts[{c.x, c.tx, c.T}];
        ts.push_back(c.T);
        if (c.x > 0)
            txs.push_back(c.tx);
    }
    m_distinctT = distinct(std::move(ts));
    m_distinctTx = distinct(std::move(txs));
    m_groups.reserve(counts.size());
    for (const auto& [key, count] : counts) {
        const auto& [x, tx, T] = key;
        if (m_distinctX.empty() || m_distinctX.back() != x)
            m_distinctX.push_back(x); // the map is sorted by x first
        m_groups.push_back({static_cast<double>(count), static_cast<int>(m_distinctX.size()) - 1,
                            positionOf(m_distinctT, T), x > 0 ? positionOf(m_distinctTx, tx) : 0});
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
    // Per distinct T and t_x: ln(α + T), 1/(α + T), and the same for t_x.
    std::vector<double> logAlphaT(m_distinctT.size()), inverseAlphaT(m_distinctT.size());
    for (size_t k = 0; k < m_distinctT.size(); ++k) {
        logAlphaT[k] = std::log(alpha + m_distinctT[k]);
        inverseAlphaT[k] = 1.0 / (alpha + m_distinctT[k]);
    }
    std::vector<double> logAlphaTx(m_distinctTx.size()), inverseAlphaTx(m_distinctTx.size());
    for (size_t k = 0; k < m_distinctTx.size(); ++k) {
        logAlphaTx[k] = std::log(alpha + m_distinctTx[k]);
        inverseAlphaTx[k] = 1.0 / (alpha + m_distinctTx[k]);
    }

    double total = 0.0;
    double gr = 0.0, gAlpha = 0.0, ga = 0.0, gb = 0.0;
    for (const Group& g : m_groups) {
        const double x = m_distinctX[g.xIndex];
        const PerX& p = perX[g.xIndex];
        const double rx = r + x;
        const double lt = logAlphaT[g.tIndex];
        // A3 = (α+T)^−(r+x);  A4 = a/(b+x−1) · (α+t_x)^−(r+x), present only for x > 0.
        const double logA3 = -rx * lt;
        if (x <= 0) {
            total += g.count * (p.logA12 + logA3);
            if (gradient) {
                gr += g.count * (p.dr - lt);
                gAlpha += g.count * (r / alpha - rx * inverseAlphaT[g.tIndex]);
                ga += g.count * p.da;
                gb += g.count * p.db;
            }
            continue;
        }
        const double ltx = logAlphaTx[g.txIndex];
        const double logA4 = p.logA4Scale - rx * ltx;
        // ln(A3 + A4) and the shares w3 = A3/(A3 + A4), w4 = A4/(A3 + A4) from one exp and one log1p.
        const double difference = logA4 - logA3;
        const double e = std::exp(-std::abs(difference));
        const double shareOfSmaller = e / (1.0 + e);
        const double logA34 = (difference > 0 ? logA4 : logA3) + std::log1p(e);
        const double w4 = difference > 0 ? 1.0 - shareOfSmaller : shareOfSmaller;
        const double w3 = difference > 0 ? shareOfSmaller : 1.0 - shareOfSmaller;
        total += g.count * (p.logA12 + logA34);
        if (gradient) {
            gr += g.count * (p.dr - w3 * lt - w4 * ltx);
            gAlpha +=
                g.count * (r / alpha - rx * (w3 * inverseAlphaT[g.tIndex] + w4 * inverseAlphaTx[g.txIndex]));
            ga += g.count * (p.da + w4 / a);
            gb += g.count * (p.db - w4 / (b + x - 1));
        }
    }
    if (gradient) // chain rule: ∂/∂ log θ = θ ∂/∂θ
        *gradient = {gr * r, gAlpha * alpha, ga * a, gb * b};
    return total;
}

} // namespace clientele
