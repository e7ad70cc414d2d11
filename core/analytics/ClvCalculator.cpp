#include "ClvCalculator.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace clientele {

ClvCalculator::ClvCalculator(BgNbdModel::Fit purchases, GammaGammaModel::Fit spend, Options options)
    : m_purchases(std::move(purchases))
    , m_spend(std::move(spend))
    , m_options(options)
{
}

ClvCalculator::Estimate ClvCalculator::estimate(const CustomerSummary& customer) const
{
    Estimate e;
    const int months = std::max(m_options.horizonMonths, 0);
    const double k = m_options.periodsPerMonth;

    // Expected purchases in each month of the horizon, from the model or from history.
    std::vector<double> perMonth(static_cast<size_t>(months), 0.0);
    bool modelOk = m_purchases.diagnostics.converged;
    if (modelOk) {
        const BgNbdModel::Parameters& p = m_purchases.parameters;
        double previous = 0.0;
        for (int m = 1; m <= months && modelOk; ++m) {
            const double cumulative = BgNbdModel::expectedPurchases(p, customer, m * k);
            modelOk = std::isfinite(cumulative);
            perMonth[m - 1] = cumulative - previous;
            previous = cumulative;
        }
        e.probabilityAlive = BgNbdModel::probabilityAlive(p, customer);
    }
    if (!modelOk) {
        e.purchasesFromHistory = true;
        e.probabilityAlive = std::numeric_limits<double>::quiet_NaN();
        const double rate = customer.T > 0 ? customer.x / customer.T : 0.0;
        std::fill(perMonth.begin(), perMonth.end(), rate * k);
    }

    e.expectedAverageValue = m_spend.diagnostics.converged
                                 ? GammaGammaModel::expectedAverageValue(m_spend.parameters, customer)
                                 : std::numeric_limits<double>::quiet_NaN();
    if (!std::isfinite(e.expectedAverageValue)) {
        e.spendFromHistory = true;
        e.expectedAverageValue = customer.zbar;
    }

    double discounted = 0.0;
    for (int m = 1; m <= months; ++m) {
        e.expectedPurchases += perMonth[m - 1];
        discounted += perMonth[m - 1] / std::pow(1.0 + m_options.monthlyDiscountRate, m);
    }
    e.value = m_options.margin * e.expectedAverageValue * discounted;
    return e;
}

} // namespace clientele
