// CustomerFiguresCalculator on hand-made timelines with the figures worked out by hand.
#include "analytics/CustomerFiguresCalculator.h"

#include <gtest/gtest.h>

using namespace clientele;

namespace {

qint64 day(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

// Completed 100.00 on 1 Jan, 50.00 on 31 Jan, a cancelled 20.00 on 1 Mar, 80.00 on 10 Apr 2024;
// interactions on 5 Jan, 20 Feb and 1 May.
CustomerActivity sample()
{
    CustomerActivity a;
    a.customerId = 7;
    a.code = QStringLiteral("C7");
    a.name = QStringLiteral("Seven");
    a.kind = QStringLiteral("toc");
    a.orders = {{day(2024, 1, 1), 10000, true},
                {day(2024, 1, 31), 5000, true},
                {day(2024, 3, 1), -2000, false},
                {day(2024, 4, 10), 8000, true}};
    a.interactionDays = {day(2024, 1, 5), day(2024, 2, 20), day(2024, 5, 1)};
    a.latestNps = 9;
    return a;
}

} // namespace

TEST(CustomerFiguresCalculator, FiguresOfAHandMadeTimeline)
{
    const CustomerFigures f = CustomerFiguresCalculator(QDate(2024, 6, 30)).calculate(sample());
    EXPECT_EQ(f.code, QStringLiteral("C7"));
    EXPECT_EQ(f.orders, 3); // the cancellation is not a purchase
    EXPECT_EQ(f.netAmountMinor, 21000);
    EXPECT_EQ(f.firstPurchase, QDate(2024, 1, 1));
    EXPECT_EQ(f.lastPurchase, QDate(2024, 4, 10));
    EXPECT_EQ(f.recencyDays, 81);
    EXPECT_DOUBLE_EQ(f.tenureDays, 181.0);
    // Less than a year of relationship counts as one year.
    EXPECT_DOUBLE_EQ(f.ordersPerYear, 3.0);
    EXPECT_EQ(f.amountPerYearMinor, 21000);
    EXPECT_EQ(f.averageOrderValueMinor, 7000);
    // Gaps 30 and 70 days: median 50.
    EXPECT_DOUBLE_EQ(f.typicalGapDays, 50.0);
    // Last 90 days: (1 Apr, 30 Jun]; the 90 before: (2 Jan, 1 Apr].
    EXPECT_EQ(f.ordersLast90, 1);
    EXPECT_EQ(f.amountLast90Minor, 8000);
    EXPECT_EQ(f.ordersPrevious90, 1);
    EXPECT_EQ(f.amountPrevious90Minor, 3000);
    EXPECT_EQ(f.interactionsLast90, 1);
    EXPECT_EQ(f.interactionsPrevious90, 2); // 5 Jan and 20 Feb: (2 Jan, 1 Apr]
    EXPECT_EQ(f.lastInteraction, QDate(2024, 5, 1));
    EXPECT_EQ(f.latestNps, 9);
    // BG/NBD summary in weeks from the first purchase; zbar = mean of the repeat purchases.
    EXPECT_DOUBLE_EQ(f.summary.x, 2.0);
    EXPECT_DOUBLE_EQ(f.summary.tx, 100.0 / 7.0);
    EXPECT_DOUBLE_EQ(f.summary.T, 181.0 / 7.0);
    EXPECT_DOUBLE_EQ(f.summary.zbar, 6500.0);
    EXPECT_FALSE(f.fromSummaryRow);
}

TEST(CustomerFiguresCalculator, AnAnalysisDateInThePastIgnoresLaterData)
{
    const CustomerFigures f = CustomerFiguresCalculator(QDate(2024, 2, 15)).calculate(sample());
    EXPECT_EQ(f.orders, 2);
    EXPECT_EQ(f.netAmountMinor, 15000);
    EXPECT_EQ(f.recencyDays, 15);
    EXPECT_DOUBLE_EQ(f.typicalGapDays, 30.0);
    EXPECT_EQ(f.lastInteraction, QDate(2024, 1, 5));
    EXPECT_DOUBLE_EQ(f.summary.x, 1.0);
    EXPECT_DOUBLE_EQ(f.summary.T, 45.0 / 7.0);
}

TEST(CustomerFiguresCalculator, PurchaseDaysCountOnceInTheGapAndTheModelSummary)
{
    CustomerActivity a;
    a.code = QStringLiteral("C1");
    a.orders = {{day(2024, 1, 1), 1000, true}, {day(2024, 1, 1), 3000, true}};
    const CustomerFigures f = CustomerFiguresCalculator(QDate(2024, 1, 8)).calculate(a);
    EXPECT_EQ(f.orders, 2);
    EXPECT_FALSE(f.hasTypicalGap());
    EXPECT_DOUBLE_EQ(f.summary.x, 0.0);
    EXPECT_DOUBLE_EQ(f.summary.zbar, 0.0);
    EXPECT_DOUBLE_EQ(f.summary.T, 1.0);
}

TEST(CustomerFiguresCalculator, ACustomerWhoNeverBought)
{
    CustomerActivity a;
    a.code = QStringLiteral("P1");
    a.orders = {{day(2024, 1, 1), -500, false}};
    const CustomerFigures f = CustomerFiguresCalculator(QDate(2024, 2, 1)).calculate(a);
    EXPECT_FALSE(f.hasPurchased());
    EXPECT_EQ(f.recencyDays, -1);
    EXPECT_EQ(f.orders, 0);
    EXPECT_EQ(f.netAmountMinor, -500);
    EXPECT_FALSE(f.firstPurchase.isValid());
}

TEST(CustomerFiguresCalculator, ASummaryRowStandsInForOrderLines)
{
    CustomerActivity a;
    a.code = QStringLiteral("C002");
    a.summaryRow = SummaryRow{QDate(2024, 3, 31), 90, 3000, 2000000};
    const CustomerFigures same = CustomerFiguresCalculator(QDate(2024, 3, 31)).calculate(a);
    EXPECT_TRUE(same.fromSummaryRow);
    EXPECT_TRUE(same.hasPurchased());
    EXPECT_EQ(same.recencyDays, 90);
    EXPECT_DOUBLE_EQ(same.ordersPerYear, 3.0);
    EXPECT_EQ(same.amountPerYearMinor, 2000000);
    // Ten days later the customer has been silent ten days longer.
    EXPECT_EQ(CustomerFiguresCalculator(QDate(2024, 4, 10)).calculate(a).recencyDays, 100);
}
