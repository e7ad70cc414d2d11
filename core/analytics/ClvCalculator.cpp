#include "ClvCalculator.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <utility>
#include <vector>

namespace clientele {

ClvCalculator::ClvCalculator(BgNbdModel::Fit purchases, GammaGammaModel::Fit spend, Options options)
    : m_purchases(std::move(purchases))
    , m_spend(std::move(spend))
    , m_options(options)
{
    const int months = std::max(m_options.horizonMonths, 0);
    m_discountDivisors.reserve(static_cast<size_t>(months));
    for (int m = 1; m <= months; ++m)
        m_discountDivisors.push_back(std::pow(1.0 + m_options.monthlyDiscountRate, m));
}

void ClvCalculator::purchasesIfAlive(const CustomerSummary& customer, std::vector<double>& cumulative) const
{
    // E[Y(m·k)] given alive for m = 1..H; a non-finite value ends the list (the model is unusable then).
    const BgNbdModel::Parameters& p = m_purchases.parameters;
    const double k = m_options.periodsPerMonth;
    for (size_t m = 1; m <= cumulative.size(); ++m) {
        cumulative[m - 1] = BgNbdModel::expectedPurchasesIfAlive(p, customer.x, customer.T, m * k);
        if (!std::isfinite(cumulative[m - 1])) {
            std::fill(cumulative.begin() + static_cast<std::ptrdiff_t>(m), cumulative.end(),
                      std::numeric_limits<double>::quiet_NaN());
            break;
        }
    }
}

ClvCalculator::Estimate ClvCalculator::combine(const CustomerSummary& customer,
                                               const std::vector<double>& cumulativeIfAlive,
                                               double probabilityAlive) const
{
    Estimate e;
    const size_t months = m_discountDivisors.size();

    // Expected purchases in each month of the horizon, from the model or from history.
    double discounted = 0.0;
    bool modelOk = m_purchases.diagnostics.converged;
    if (modelOk) {
        double previous = 0.0;
        for (size_t m = 0; m < months && modelOk; ++m) {
            const double cumulative = cumulativeIfAlive[m] * probabilityAlive;
            modelOk = std::isfinite(cumulative);
            const double inMonth = cumulative - previous;
            previous = cumulative;
            e.expectedPurchases += inMonth;
            discounted += inMonth / m_discountDivisors[m];
        }
        e.probabilityAlive = probabilityAlive;
    }
    if (!modelOk) {
        e.purchasesFromHistory = true;
        e.probabilityAlive = std::numeric_limits<double>::quiet_NaN();
        const double rate = customer.T > 0 ? customer.x / customer.T : 0.0;
        const double inMonth = rate * m_options.periodsPerMonth;
        e.expectedPurchases = 0.0;
        discounted = 0.0;
        for (size_t m = 0; m < months; ++m) {
            e.expectedPurchases += inMonth;
            discounted += inMonth / m_discountDivisors[m];
        }
    }

    e.expectedAverageValue = m_spend.diagnostics.converged
                                 ? GammaGammaModel::expectedAverageValue(m_spend.parameters, customer)
                                 : std::numeric_limits<double>::quiet_NaN();
    if (!std::isfinite(e.expectedAverageValue)) {
        e.spendFromHistory = true;
        e.expectedAverageValue = customer.zbar;
    }
    e.value = m_options.margin * e.expectedAverageValue * discounted;
    return e;
}

ClvCalculator::Estimate ClvCalculator::estimate(const CustomerSummary& customer) const
{
    std::vector<double> cumulative(m_discountDivisors.size());
    double alive = std::numeric_limits<double>::quiet_NaN();
    if (m_purchases.diagnostics.converged) {
        purchasesIfAlive(customer, cumulative);
        alive = BgNbdModel::probabilityAlive(m_purchases.parameters, customer);
    }
    return combine(customer, cumulative, alive);
}

std::vector<ClvCalculator::Estimate> ClvCalculator::estimate(const CustomerSummaries& customers) const
{
    std::vector<Estimate> estimates(customers.size());
    const bool fitted = m_purchases.diagnostics.converged;
    // Sorted by (x, T, t_x), customers sharing (x, T) share the series, and those sharing all three
    // P(alive) too. Only finite summaries sort reliably; any other is computed on its own.
    std::vector<size_t> order;
    order.reserve(customers.size());
    for (size_t i = 0; i < customers.size(); ++i) {
        const CustomerSummary& c = customers[i];
        if (std::isfinite(c.x) && std::isfinite(c.T) && std::isfinite(c.tx))
            order.push_back(i);
        else
            estimates[i] = estimate(c);
    }
    std::sort(order.begin(), order.end(), [&customers](size_t a, size_t b) {
        const CustomerSummary& l = customers[a];
        const CustomerSummary& r = customers[b];
        return std::tie(l.x, l.T, l.tx) < std::tie(r.x, r.T, r.tx);
    });
    std::vector<double> cumulative(m_discountDivisors.size());
    double alive = std::numeric_limits<double>::quiet_NaN();
    const CustomerSummary* previous = nullptr;
    for (size_t i : order) {
        const CustomerSummary& c = customers[i];
        if (fitted) {
            const bool samePair = previous && previous->x == c.x && previous->T == c.T;
            if (!samePair)
                purchasesIfAlive(c, cumulative);
            if (!samePair || previous->tx != c.tx)
                alive = BgNbdModel::probabilityAlive(m_purchases.parameters, c);
        }
        estimates[i] = combine(c, cumulative, alive);
        previous = &c;
    }
    return estimates;
}

} // namespace clientele
