// Discounted lifetime value from the two fitted models, its fallback, and the summary reader.
#include "analytics/ClvCalculator.h"

#include "TestSupport.h"
#include "analytics/CustomerSummaryError.h"
#include "analytics/CustomerSummaryReader.h"

#include <QFile>

#include <cmath>
#include <gtest/gtest.h>

using namespace clientele;

namespace {

struct CdnowFits
{
    CustomerSummaries customers;
    BgNbdModel::Fit purchases;
    GammaGammaModel::Fit spend;
};

const CdnowFits& cdnow()
{
    static const CdnowFits fits = [] {
        CdnowFits f;
        f.customers = CustomerSummaryReader::readCsv(
            test::sharedDataPath(QStringLiteral("cdnow/cdnow_customers_summary_with_transactions.csv")));
        f.purchases = BgNbdModel::fit(f.customers);
        f.spend = GammaGammaModel::fit(f.customers);
        return f;
    }();
    return fits;
}

CustomerSummary customer(double x, double tx, double T, double zbar)
{
    CustomerSummary c;
    c.x = x;
    c.tx = tx;
    c.T = T;
    c.zbar = zbar;
    c.hasSpend = true;
    return c;
}

QString writeFile(const test::TempWorkspace& workspace, const char* name, const QByteArray& text)
{
    const QString path = workspace.path(QString::fromLatin1(name));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return path;
}

std::string readError(const QString& path)
{
    try {
        CustomerSummaryReader::readCsv(path);
    } catch (const CustomerSummaryError& e) {
        return e.message().toStdString();
    }
    return "no error";
}

} // namespace

TEST(ClvCalculator, ValueIsTheDiscountedSumOfMonthlyPurchasesTimesExpectedSpend)
{
    ClvCalculator::Options options;
    options.horizonMonths = 12;
    options.monthlyDiscountRate = 0.01;
    const ClvCalculator calculator(cdnow().purchases, cdnow().spend, options);
    const CustomerSummary c = cdnow().customers[0]; // x = 2, t_x = 30.43, T = 38.86, zbar = 22.35
    const ClvCalculator::Estimate e = calculator.estimate(c);
    ASSERT_FALSE(e.fromHistory());

    // The formula written out with the model's public functions.
    double discounted = 0.0, previous = 0.0;
    for (int m = 1; m <= 12; ++m) {
        const double cumulative =
            BgNbdModel::expectedPurchases(cdnow().purchases.parameters, c, m * options.periodsPerMonth);
        discounted += (cumulative - previous) / std::pow(1.01, m);
        previous = cumulative;
    }
    const double spend = GammaGammaModel::expectedAverageValue(cdnow().spend.parameters, c);
    EXPECT_NEAR(spend, 24.65, 0.1); // Hardie's spreadsheet
    EXPECT_NEAR(e.expectedAverageValue, spend, 1e-12);
    EXPECT_NEAR(e.expectedPurchases, previous, 1e-12);
    EXPECT_NEAR(e.value, spend * discounted, 1e-9);
    EXPECT_LT(e.value, spend * e.expectedPurchases); // discounting lowers it
    EXPECT_GT(e.value, 0.0);
}

TEST(ClvCalculator, DiscountingAndHorizonMoveTheValueTheRightWay)
{
    const CustomerSummary c = customer(5, 35, 38.86, 40);
    ClvCalculator::Options options;
    options.monthlyDiscountRate = 0.0;
    const double undiscounted = ClvCalculator(cdnow().purchases, cdnow().spend, options).estimate(c).value;
    options.monthlyDiscountRate = 0.02;
    const double discounted = ClvCalculator(cdnow().purchases, cdnow().spend, options).estimate(c).value;
    options.horizonMonths = 36;
    const double longer = ClvCalculator(cdnow().purchases, cdnow().spend, options).estimate(c).value;
    options.margin = 0.3;
    const double margin = ClvCalculator(cdnow().purchases, cdnow().spend, options).estimate(c).value;
    EXPECT_GT(undiscounted, discounted);
    EXPECT_GT(longer, discounted);
    EXPECT_NEAR(margin, 0.3 * longer, 1e-9 * longer);
}

TEST(ClvCalculator, EdgeCustomersGetFiniteValues)
{
    const ClvCalculator calculator(cdnow().purchases, cdnow().spend);
    // Bought once, never again: population mean spend, few expected purchases, no fallback.
    const ClvCalculator::Estimate once = calculator.estimate(customer(0, 0, 38.86, 0));
    EXPECT_FALSE(once.fromHistory());
    EXPECT_DOUBLE_EQ(once.probabilityAlive, 1.0);
    EXPECT_GT(once.value, 0.0);
    // Repeat buyer who spent nothing: spend shrinks towards zero but the model still answers.
    const ClvCalculator::Estimate zero = calculator.estimate(customer(3, 30, 38.86, 0));
    EXPECT_TRUE(std::isfinite(zero.value));
    EXPECT_LT(zero.expectedAverageValue, once.expectedAverageValue);
    // A huge, frequent spender.
    const ClvCalculator::Estimate whale = calculator.estimate(customer(60, 38.5, 38.86, 1e6));
    EXPECT_TRUE(std::isfinite(whale.value));
    EXPECT_GT(whale.value, 1e6);
}

TEST(ClvCalculator, FallsBackToHistoryWhenAFitDidNotConverge)
{
    BgNbdModel::Fit failed = cdnow().purchases;
    failed.diagnostics.converged = false;
    ClvCalculator::Options options;
    options.monthlyDiscountRate = 0.0;
    options.horizonMonths = 6;
    const CustomerSummary c = customer(4, 30, 40, 25);
    const ClvCalculator::Estimate e = ClvCalculator(failed, cdnow().spend, options).estimate(c);
    EXPECT_TRUE(e.purchasesFromHistory);
    EXPECT_FALSE(e.spendFromHistory);
    EXPECT_TRUE(std::isnan(e.probabilityAlive));
    // Run rate x / T per week, over six months of weeks.
    EXPECT_NEAR(e.expectedPurchases, 4.0 / 40.0 * 6 * options.periodsPerMonth, 1e-12);

    GammaGammaModel::Fit failedSpend = cdnow().spend;
    failedSpend.diagnostics.converged = false;
    const ClvCalculator::Estimate both = ClvCalculator(failed, failedSpend, options).estimate(c);
    EXPECT_TRUE(both.spendFromHistory);
    EXPECT_DOUBLE_EQ(both.expectedAverageValue, 25.0);
    EXPECT_NEAR(both.value, 25.0 * both.expectedPurchases, 1e-9);
}

TEST(CustomerSummaryReader, ReadsBothCdnowLayouts)
{
    const CustomerSummaries plain = CustomerSummaryReader::readCsv(
        test::sharedDataPath(QStringLiteral("cdnow/cdnow_customers_summary.csv")));
    const CustomerSummaries& spend = cdnow().customers;
    ASSERT_EQ(plain.size(), spend.size());
    EXPECT_FALSE(plain[0].hasSpend);
    EXPECT_TRUE(spend[0].hasSpend);
    EXPECT_DOUBLE_EQ(spend[0].zbar, 22.35);
    EXPECT_EQ(spend.back().id, QStringLiteral("2357"));
    for (size_t i = 0; i < plain.size(); ++i) {
        ASSERT_EQ(plain[i].x, spend[i].x) << i;
        ASSERT_NEAR(plain[i].T, spend[i].T, 0.006) << i;
    }
}

TEST(CustomerSummaryReader, BadValuesNameFileRowAndColumn)
{
    const test::TempWorkspace workspace;
    const QString bad = writeFile(workspace, "bad.csv", "ID,x,t_x,T\n1,2,3,10\n2,1,abc,10\n");
    EXPECT_EQ(readError(bad),
              QString(bad + QStringLiteral(", row 3, column t_x: 'abc' is not a number")).toStdString());
    const QString late = writeFile(workspace, "late.csv", "x,t_x,T\r\n2,12,10\r\n");
    EXPECT_NE(readError(late).find("row 2, column t_x"), std::string::npos) << readError(late);
    const QString fraction = writeFile(workspace, "fraction.csv", "frequency,recency,T\n1.5,3,10\n");
    EXPECT_NE(readError(fraction).find("row 2, column frequency"), std::string::npos) << readError(fraction);
    const QString header = writeFile(workspace, "header.csv", "a,b,c\n1,2,3\n");
    EXPECT_NE(readError(header).find("header.csv"), std::string::npos);
    const QString empty = writeFile(workspace, "empty.csv", "");
    EXPECT_NE(readError(empty).find("empty.csv is empty"), std::string::npos) << readError(empty);
    const QString missing = workspace.path(QStringLiteral("missing.csv"));
    EXPECT_NE(readError(missing).find("missing.csv"), std::string::npos);
}
