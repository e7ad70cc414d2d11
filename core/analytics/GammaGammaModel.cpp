#include "GammaGammaModel.h"

#include "MaximumLikelihoodFitter.h"
#include "SpecialFunctions.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <utility>

namespace clientele {

namespace {

struct SpendGroup
{
    double x;
    double zbar;
    double count;
    double logZbar;
    double logX;
    int xIndex; // into SpendGroups::distinctX
};

struct SpendGroups
{
    std::vector<SpendGroup> groups; // sorted by x, then zbar
    std::vector<double> distinctX;
};

// Repeat buyers with positive spend, equal (x, zbar) merged. The logarithms of x and zbar do not
// depend on the parameters: taken once here rather than at every evaluation.
SpendGroups spendGroups(const CustomerSummaries& customers)
{
    std::map<std::pair<double, double>, int> counts;
    for (const CustomerSummary& c : customers)
        if (c.x > 0 && c.zbar > 0)
            ++counts[{c.x, c.zbar}];
    SpendGroups all;
    all.groups.reserve(counts.size());
    for (const auto& [key, count] : counts) {
        const auto [x, zbar] = key;
        if (all.distinctX.empty() || all.distinctX.back() != x)
            all.distinctX.push_back(x);
        all.groups.push_back({x, zbar, static_cast<double>(count), std::log(zbar), std::log(x),
                              static_cast<int>(all.distinctX.size()) - 1});
    }
    return all;
}

double evaluate(const GammaGammaModel::Parameters& params,
                const SpendGroups& spend,
                std::array<double, 3>* gradientLog)
{
    const double p = params.p;
    const double q = params.q;
    const double gamma = params.gamma;
    const double lgQ = std::lgamma(q);
    const double logGamma = std::log(gamma);
    const double psiQ = gradientLog ? special::digamma(q) : 0.0;
    // The lgamma and digamma terms depend on x only: once per distinct x.
    struct PerX
    {
        double logGammaRatio; // ln Γ(px+q) − ln Γ(px)
        double psiPxQ;        // ψ(px+q)
        double psiRatio;      // ψ(px+q) − ψ(px)
    };
    std::vector<PerX> perX(spend.distinctX.size());
    for (size_t k = 0; k < spend.distinctX.size(); ++k) {
        const double px = p * spend.distinctX[k];
        perX[k].logGammaRatio = std::lgamma(px + q) - std::lgamma(px);
        if (gradientLog) {
            perX[k].psiPxQ = special::digamma(px + q);
            perX[k].psiRatio = perX[k].psiPxQ - special::digamma(px);
        }
    }
    double total = 0.0;
    double gp = 0.0, gq = 0.0, gGamma = 0.0;
    for (const SpendGroup& g : spend.groups) {
        const PerX& k = perX[static_cast<size_t>(g.xIndex)];
        const double px = p * g.x;
        const double denominator = gamma + g.x * g.zbar;
        const double logDenominator = std::log(denominator);
        // f(zbar | x) = Γ(px+q)/(Γ(px)Γ(q)) · γ^q · zbar^(px−1) · x^(px) / (γ + x·zbar)^(px+q)
        total += g.count * (k.logGammaRatio - lgQ + q * logGamma + (px - 1) * g.logZbar + px * g.logX -
                            (px + q) * logDenominator);
        if (gradientLog) {
            gp += g.count * g.x * (k.psiRatio + g.logZbar + g.logX - logDenominator);
            gq += g.count * (k.psiPxQ - psiQ + logGamma - logDenominator);
            gGamma += g.count * (q / gamma - (px + q) / denominator);
        }
    }
    if (gradientLog)
        *gradientLog = {gp * p, gq * q, gGamma * gamma};
    return total;
}

double pearson(const std::vector<double>& a, const std::vector<double>& b)
{
    const double n = static_cast<double>(a.size());
    double ma = 0, mb = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        ma += a[i] / n;
        mb += b[i] / n;
    }
    double sab = 0, saa = 0, sbb = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return saa > 0 && sbb > 0 ? sab / std::sqrt(saa * sbb) : 0.0;
}

} // namespace

GammaGammaModel::Fit GammaGammaModel::fit(const CustomerSummaries& customers, const FitOptions& options)
{
    const SpendGroups spend = spendGroups(customers);
    const std::vector<SpendGroup>& groups = spend.groups;
    int fitted = 0;
    for (const SpendGroup& g : groups)
        fitted += static_cast<int>(g.count);
    const auto logLikelihood = [&spend](const std::vector<double>& x, std::vector<double>& gradient) {
        std::array<double, 3> g{};
        const double value = evaluate({std::exp(x[0]), std::exp(x[1]), std::exp(x[2])}, spend, &g);
        std::copy(g.begin(), g.end(), gradient.begin());
        return value;
    };
    // Start from p = q = 1 and γ at the mean spend: the right order of magnitude whatever the currency.
    double meanSpend = 0.0;
    for (const SpendGroup& g : groups)
        meanSpend += g.count * g.zbar / std::max(fitted, 1);
    const double startLogGamma = meanSpend > 0 ? std::log(meanSpend) : 0.0;

    Fit fit;
    if (fitted == 0) {
        fit.diagnostics.status = tr("no repeat buyers with a positive mean spend to fit on");
    } else {
        const MaximumLikelihoodFitter::Outcome outcome =
            MaximumLikelihoodFitter::fit(logLikelihood, {0.0, 0.0, startLogGamma}, fitted, options);
        fit.parameters = {outcome.parameters[0], outcome.parameters[1], outcome.parameters[2]};
        std::copy(outcome.standardErrors.begin(), outcome.standardErrors.end(), fit.standardErrors.begin());
        fit.diagnostics = outcome.diagnostics;
    }
    fit.diagnostics.customers = fitted;
    fit.diagnostics.groups = static_cast<int>(groups.size());

    std::vector<double> xs, spends;
    int zeroSpend = 0;
    for (const CustomerSummary& c : customers) {
        if (c.x <= 0)
            continue;
        if (c.zbar <= 0) {
            ++zeroSpend;
            continue;
        }
        xs.push_back(c.x);
        spends.push_back(c.zbar);
    }
    fit.diagnostics.excluded = zeroSpend;
    if (zeroSpend > 0)
        fit.diagnostics.warnings << tr("%n repeat buyer(s) with zero mean spend left out of the spend model",
                                       nullptr, zeroSpend);
    if (fitted < options.minRepeatBuyers)
        fit.diagnostics.warnings << tr("only %1 repeat buyers with spend; the spend model needs at least %2")
                                        .arg(fitted)
                                        .arg(options.minRepeatBuyers);
    // The model assumes spend does not depend on frequency (Fader & Hardie 2013, section 3).
    const double correlation = pearson(xs, spends);
    if (xs.size() >= 3 && std::abs(correlation) > 0.3)
        fit.diagnostics.warnings
            << tr("spend and purchase frequency are correlated (r = %1); the Gamma-Gamma "
                  "model assumes they are independent")
                   .arg(correlation, 0, 'f', 2);
    return fit;
}

double GammaGammaModel::logLikelihood(const Parameters& parameters,
                                      const CustomerSummaries& customers,
                                      std::array<double, 3>* gradientLog)
{
    return evaluate(parameters, spendGroups(customers), gradientLog);
}

double GammaGammaModel::expectedAverageValue(const Parameters& parameters, const CustomerSummary& customer)
{
    const double x = std::max(customer.x, 0.0);
    const double zbar = x > 0 ? customer.zbar : 0.0;
    const double denominator = parameters.p * x + parameters.q - 1.0;
    if (!(denominator > 0))
        return std::numeric_limits<double>::quiet_NaN();
    return parameters.p * (parameters.gamma + x * zbar) / denominator;
}

} // namespace clientele
