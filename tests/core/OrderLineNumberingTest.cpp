#include "import/OrderLineNumbering.h"

#include <QHash>
#include <QString>

#include <algorithm>
#include <gtest/gtest.h>
#include <random>

using namespace clientele;

TEST(OrderLineNumberingTest, NumbersEachOrdersLinesInFileOrderWhereverTheyStand)
{
    OrderLineNumbering numbering;
    EXPECT_EQ(numbering.next(u"A1"), 1);
    EXPECT_EQ(numbering.next(u"A1"), 2);
    EXPECT_EQ(numbering.next(u"B"), 1);
    EXPECT_EQ(numbering.next(u"A1"), 3); // the order comes back after another one
    EXPECT_EQ(numbering.next(u""), 1);
    EXPECT_EQ(numbering.next(u"A"), 1); // a prefix of a code is a code of its own
    EXPECT_EQ(numbering.next(u"订单-7"), 1);
    EXPECT_EQ(numbering.next(u"订单-7"), 2);
    EXPECT_EQ(numbering.orders(), 5U);
    numbering.clear();
    EXPECT_EQ(numbering.orders(), 0U);
    EXPECT_EQ(numbering.next(u"A1"), 1);
}

TEST(OrderLineNumberingTest, AgreesWithAHashOverManyShuffledOrdersAcrossGrowth)
{
    // 50,000 orders of 1 to 4 lines, lines shuffled so that most orders are split up: the table
    // grows several times while counts are in it.
    std::vector<QString> lines;
    for (int order = 0; order < 50000; ++order)
        for (int line = 0; line <= order % 4; ++line)
            lines.push_back(QStringLiteral("SO%1").arg(order * 7919 % 1000003));
    std::shuffle(lines.begin(), lines.end(), std::mt19937(42));
    OrderLineNumbering numbering;
    QHash<QString, int> expected;
    for (const QString& code : lines)
        ASSERT_EQ(numbering.next(code), ++expected[code]) << qPrintable(code);
    EXPECT_EQ(numbering.orders(), static_cast<std::size_t>(expected.size()));
}
