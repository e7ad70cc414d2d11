// BG/NBD against the published CDNOW results (Fader, Hardie & Lee 2005) and the model's own identities.
#include "analytics/BgNbdModel.h"

#include "TestSupport.h"
#include "analytics/BgNbdLikelihood.h"
#include "analytics/CustomerSummaryReader.h"
#include "analytics/SpecialFunctions.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace clientele;

namespace {

const CustomerSummaries& cdnow()
{
    static const CustomerSummaries customers = CustomerSummaryReader::readCsv(
        test::sharedDataPath(QStringLiteral("cdnow/cdnow_customers_summary.csv")));
    return customers;
}

const BgNbdModel::Fit& cdnowFit()
{
    static const BgNbdModel::Fit fit = BgNbdModel::fit(cdnow());
    return fit;
}

// The estimates printed in the paper (section 5).
const BgNbdModel::Parameters published{0.243, 4.414, 0.793, 2.426};

CustomerSummary customer(double x, double tx, double T)
{
    CustomerSummary c;
    c.x = x;
    c.tx = tx;
    c.T = T;
    return c;
}

} // namespace

TEST(BgNbdModel, ReadsTheWholeCdnowSummary)
{
    ASSERT_EQ(cdnow().size(), 2357u);
    EXPECT_EQ(cdnow()[0].x, 2);
    EXPECT_DOUBLE_EQ(cdnow()[0].tx, 30.43);
    EXPECT_DOUBLE_EQ(cdnow()[0].T, 38.86);
}

TEST(BgNbdModel, FitReproducesThePublishedCdnowEstimates)
{
    const BgNbdModel::Fit& fit = cdnowFit();
    ASSERT_TRUE(fit.diagnostics.converged) << fit.diagnostics.status.toStdString();
    EXPECT_NEAR(fit.parameters.r, published.r, 0.0005);
    EXPECT_NEAR(fit.parameters.alpha, published.alpha, 0.0005);
    EXPECT_NEAR(fit.parameters.a, published.a, 0.0005);
    EXPECT_NEAR(fit.parameters.b, published.b, 0.0005);
    EXPECT_NEAR(fit.diagnostics.logLikelihood, -9582.4, 0.05);
    EXPECT_EQ(fit.diagnostics.customers, 2357);
    EXPECT_LT(fit.diagnostics.groups, 2357); // equal summaries were merged
    EXPECT_TRUE(fit.diagnostics.warnings.isEmpty());
    // Standard errors exist and are small next to the estimates on 2357 customers.
    for (double se : fit.standardErrors) {
        EXPECT_TRUE(std::isfinite(se));
        EXPECT_GT(se, 0.0);
    }
    EXPECT_LT(fit.standardErrors[0], 0.1 * fit.parameters.r);
}

TEST(BgNbdModel, LogLikelihoodAtThePublishedEstimates)
{
    EXPECT_NEAR(BgNbdModel::logLikelihood(published, cdnow()), -9582.4, 0.1);
}

TEST(BgNbdModel, GroupedLikelihoodEqualsTheSumOverCustomers)
{
    double sum = 0.0;
    for (const CustomerSummary& c : cdnow())
        sum += BgNbdModel::logLikelihood(published, c);
    EXPECT_NEAR(BgNbdModel::logLikelihood(published, cdnow()), sum, 1e-8 * std::abs(sum));
}

TEST(BgNbdModel, SingleCustomerLikelihoodMatchesTheClosedForm)
{
    // x = 0: L = (α / (α + T))^r.
    const BgNbdModel::Parameters p{0.5, 3.0, 0.8, 2.0};
    EXPECT_NEAR(BgNbdModel::logLikelihood(p, customer(0, 0, 10)), 0.5 * std::log(3.0 / 13.0), 1e-12);
    // x = 1, written out from eq. 6 with Γ(r+1)/Γ(r) = r and B(a, b+1)/B(a, b) = b/(a+b).
    const double A1 = 0.5 * std::pow(3.0, 0.5);
    const double A2 = 2.0 / 2.8;
    const double A3 = std::pow(1.0 / 13.0, 1.5);
    const double A4 = (0.8 / 2.0) * std::pow(1.0 / 7.0, 1.5);
    EXPECT_NEAR(BgNbdModel::logLikelihood(p, customer(1, 4, 10)), std::log(A1 * A2 * (A3 + A4)), 1e-12);
}

TEST(BgNbdModel, GradientMatchesFiniteDifferences)
{
    const BgNbdLikelihood likelihood(cdnow());
    for (const BgNbdLikelihood::LogParameters& at :
         {BgNbdLikelihood::LogParameters{std::log(0.243), std::log(4.414), std::log(0.793), std::log(2.426)},
          BgNbdLikelihood::LogParameters{0.3, -1.0, 1.2, 0.1}}) {
        BgNbdLikelihood::LogParameters gradient{};
        likelihood.evaluate(at, &gradient);
        for (size_t i = 0; i < 4; ++i) {
            const double h = 1e-6;
            auto plus = at, minus = at;
            plus[i] += h;
            minus[i] -= h;
            const double numeric =
                (likelihood.evaluate(plus, nullptr) - likelihood.evaluate(minus, nullptr)) / (2 * h);
            EXPECT_NEAR(gradient[i], numeric, 1e-4 * std::max(1.0, std::abs(numeric))) << "parameter " << i;
        }
    }
}

TEST(BgNbdModel, ExpectedPurchasesMatchHardiesWorkedExample)
{
    // Customer 1 of CDNOW (x = 2, t_x = 30.43, T = 38.86): 1.226 purchases in the next 39 weeks.
    EXPECT_NEAR(BgNbdModel::expectedPurchases(cdnowFit().parameters, customer(2, 30.43, 38.86), 39), 1.226,
                0.001);
    // E[X(t)] for a new customer, as in the paper's spreadsheet.
    const double times[] = {0.1429, 1.0, 3.00, 31.8571, 32.00, 78.00};
    const double expected[] = {0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576};
    for (size_t i = 0; i < 6; ++i)
        EXPECT_NEAR(BgNbdModel::expectedPurchases(cdnowFit().parameters, times[i]), expected[i], 0.001)
            << times[i];
}

TEST(BgNbdModel, ExpectationMatchesTheUntransformedHypergeometricFormula)
{
    // Eq. 10 evaluated literally, with the general 2F1, must agree with the transformed form we use.
    const BgNbdModel::Parameters p = published;
    const CustomerSummary c = customer(5, 20, 35);
    const double t = 52;
    const double z = t / (p.alpha + c.T + t);
    const double f = special::hyp2f1(p.r + c.x, p.b + c.x, p.a + p.b + c.x - 1, z);
    const double numerator = (p.a + p.b + c.x - 1) / (p.a - 1) *
                             (1 - std::pow((p.alpha + c.T) / (p.alpha + c.T + t), p.r + c.x) * f);
    const double denominator =
        1 + p.a / (p.b + c.x - 1) * std::pow((p.alpha + c.T) / (p.alpha + c.tx), p.r + c.x);
    EXPECT_NEAR(BgNbdModel::expectedPurchases(p, c, t), numerator / denominator, 1e-9);
}

TEST(BgNbdModel, ProbabilityAliveFollowsTheModelsDefinition)
{
    const BgNbdModel::Parameters& p = cdnowFit().parameters;
    // No repeat purchase: no chance to have dropped out yet.
    EXPECT_DOUBLE_EQ(BgNbdModel::probabilityAlive(p, customer(0, 0, 38.86)), 1.0);
    // Eq. 13 by hand for customer 1.
    const double byHand =
        1.0 / (1.0 + p.a / (p.b + 2 - 1) * std::pow((p.alpha + 38.86) / (p.alpha + 30.43), p.r + 2));
    EXPECT_NEAR(BgNbdModel::probabilityAlive(p, customer(2, 30.43, 38.86)), byHand, 1e-12);
    // Bought recently: more likely alive than the same frequency long ago.
    EXPECT_GT(BgNbdModel::probabilityAlive(p, customer(5, 38, 38.86)),
              BgNbdModel::probabilityAlive(p, customer(5, 10, 38.86)));
    // A last purchase at the very end of the period (t_x = T): P(alive) = 1 / (1 + a/(b+x−1)).
    EXPECT_NEAR(BgNbdModel::probabilityAlive(p, customer(3, 38.86, 38.86)), 1.0 / (1.0 + p.a / (p.b + 2)),
                1e-12);
}

TEST(BgNbdModel, ExpectedPurchasesRiseWithFrequencyForAnActiveCustomer)
{
    const BgNbdModel::Parameters& p = cdnowFit().parameters;
    double previous = -1.0;
    for (int x = 0; x <= 40; ++x) {
        const double expected = BgNbdModel::expectedPurchases(p, customer(x, 38.0, 38.86), 39);
        ASSERT_TRUE(std::isfinite(expected)) << x;
        EXPECT_GT(expected, previous) << x;
        previous = expected;
    }
    // And with a long horizon (z close to 1) and a heavy buyer the series still settles.
    EXPECT_TRUE(std::isfinite(BgNbdModel::expectedPurchases(p, customer(200, 38.0, 38.86), 5000)));
}

TEST(BgNbdModel, CustomersWhoNeverReturnedDoNotBreakTheFit)
{
    // Every customer without a repeat purchase: a and b are not identified, the fit must say so.
    CustomerSummaries customers;
    for (int i = 0; i < 300; ++i)
        customers.push_back(customer(0, 0, 20 + i % 10));
    const BgNbdModel::Fit fit = BgNbdModel::fit(customers);
    EXPECT_FALSE(fit.diagnostics.converged);
    EXPECT_FALSE(fit.diagnostics.status.isEmpty());
    EXPECT_FALSE(fit.diagnostics.warnings.isEmpty()); // no repeat buyers: data too thin
}

TEST(BgNbdModel, IterationBudgetRunningOutIsReported)
{
    FitOptions options;
    options.maxIterations = 3;
    const BgNbdModel::Fit fit = BgNbdModel::fit(cdnow(), options);
    EXPECT_FALSE(fit.diagnostics.converged);
    EXPECT_EQ(fit.diagnostics.iterations, 3);
    EXPECT_TRUE(std::isfinite(fit.diagnostics.logLikelihood));
}

TEST(BgNbdModel, ThinDataIsWarnedAboutButStillEstimated)
{
    CustomerSummaries few(cdnow().begin(), cdnow().begin() + 60);
    FitOptions options;
    options.minHistory = 52;
    const BgNbdModel::Fit fit = BgNbdModel::fit(few, options);
    EXPECT_GE(fit.diagnostics.warnings.size(), 3); // customers, repeat buyers, history
    EXPECT_GT(fit.parameters.r, 0.0);
    EXPECT_TRUE(std::isfinite(fit.diagnostics.logLikelihood));
}

TEST(SpecialFunctions, DigammaAndHypergeometricKnownValues)
{
    EXPECT_NEAR(special::digamma(1.0), -0.57721566490153286, 1e-13);
    EXPECT_NEAR(special::digamma(0.5), -1.9635100260214235, 1e-13);
    EXPECT_NEAR(special::digamma(10.0), 2.2517525890667211, 1e-13);
    // 2F1(1, 1; 2; z) = −ln(1 − z) / z.
    EXPECT_NEAR(special::hyp2f1(1, 1, 2, 0.9), -std::log(0.1) / 0.9, 1e-10);
    // 2F1(a, b; b; z) = (1 − z)^−a.
    EXPECT_NEAR(special::hyp2f1(2.5, 1.5, 1.5, 0.7), std::pow(0.3, -2.5), 1e-9);
    EXPECT_NEAR(special::logSumExp(-1000, -1000), -1000 + std::log(2.0), 1e-12);
}

TEST(BgNbdModel, AnEmptyCustomerBaseIsNotAFit)
{
    const BgNbdModel::Fit fit = BgNbdModel::fit({});
    EXPECT_FALSE(fit.diagnostics.converged);
    EXPECT_EQ(fit.diagnostics.customers, 0);
    EXPECT_FALSE(fit.diagnostics.warnings.isEmpty());
}
