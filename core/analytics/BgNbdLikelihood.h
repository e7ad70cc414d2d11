#pragma once

#include "CustomerSummary.h"

#include <array>
#include <vector>

namespace clientele {

// The BG/NBD log-likelihood (Fader, Hardie & Lee 2005, eq. 6) summed over a customer base, with its
// analytic gradient. Customers with equal (x, t_x, T) are evaluated once and weighted by their count;
// the lgamma/digamma terms, which depend on x only, once per distinct x; the logarithms of α + T and
// α + t_x once per distinct T and t_x (summaries in weeks from whole days have far fewer distinct
// times than distinct triples). What is left per group is one exp and one log1p.
class BgNbdLikelihood
{
public:
    // Parameters on the log scale: {log r, log α, log a, log b}, so any real vector is valid.
    using LogParameters = std::array<double, 4>;

    explicit BgNbdLikelihood(const CustomerSummaries& customers);

    // Total log-likelihood; writes ∂/∂(log θ) into gradient when it is not null.
    double evaluate(const LogParameters& logParameters, LogParameters* gradient) const;

    int customers() const { return m_customers; }
    int groups() const { return static_cast<int>(m_groups.size()); }

private:
    struct Group
    {
        double count;
        int xIndex;
        int tIndex;  // into m_distinctT
        int txIndex; // into m_distinctTx; unused when x = 0
    };

    std::vector<double> m_distinctX;
    std::vector<double> m_distinctT;
    std::vector<double> m_distinctTx;
    std::vector<Group> m_groups;
    int m_customers = 0;
};

} // namespace clientele
