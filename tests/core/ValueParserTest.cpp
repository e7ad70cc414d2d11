#include "import/ValueParser.h"

#include "model/WallClock.h"

#include <gtest/gtest.h>

using namespace clientele;

namespace {

QDateTime dt(int y, int m, int d, int h = 0, int mi = 0, int s = 0)
{
    return wallClock(QDate(y, m, d), QTime(h, mi, s));
}

std::optional<QDateTime> parse(const char* text, DateOrder order = DateOrder::Unknown)
{
    return ValueParser::parseDateTime(QString::fromUtf8(text), order);
}

std::optional<std::int64_t> amount(const char* text, bool comma = false)
{
    return ValueParser::parseAmount(QString::fromUtf8(text), comma);
}

} // namespace

TEST(ValueParserDates, IsoAndYearFirstForms)
{
    EXPECT_EQ(parse("2024-03-01"), dt(2024, 3, 1));
    EXPECT_EQ(parse("2024-03-01 09:30"), dt(2024, 3, 1, 9, 30));
    EXPECT_EQ(parse("2024-03-01T09:30:15"), dt(2024, 3, 1, 9, 30, 15));
    EXPECT_EQ(parse("2024-03-01T09:30:15Z"), dt(2024, 3, 1, 9, 30, 15));
    EXPECT_EQ(parse("2024/3/1"), dt(2024, 3, 1));
    EXPECT_EQ(parse("2024.03.01 17:05:09"), dt(2024, 3, 1, 17, 5, 9));
    EXPECT_EQ(parse("19970101"), dt(1997, 1, 1));
    EXPECT_EQ(parse("  2024-02-29  "), dt(2024, 2, 29));
}

TEST(ValueParserDates, ChineseDates)
{
    EXPECT_EQ(parse("2024年3月1日"), dt(2024, 3, 1));
    EXPECT_EQ(parse("2024年03月01日 14:05"), dt(2024, 3, 1, 14, 5));
    EXPECT_EQ(parse("2024年3月1日9:30"), dt(2024, 3, 1, 9, 30));
    EXPECT_EQ(parse("24年3月1日"), dt(2024, 3, 1));
}

TEST(ValueParserDates, DayMonthOrderAndTwoDigitYears)
{
    EXPECT_EQ(parse("03/04/2024", DateOrder::DayMonthYear), dt(2024, 4, 3));
    EXPECT_EQ(parse("03/04/2024", DateOrder::MonthDayYear), dt(2024, 3, 4));
    EXPECT_EQ(parse("3.4.24", DateOrder::DayMonthYear), dt(2024, 4, 3));
    EXPECT_EQ(parse("12-31-99", DateOrder::MonthDayYear), dt(1999, 12, 31));
    EXPECT_EQ(parse("1/2/29", DateOrder::DayMonthYear), dt(2029, 2, 1)); // 00-29 -> 20xx
    EXPECT_EQ(parse("1/2/30", DateOrder::DayMonthYear), dt(1930, 2, 1)); // 30-99 -> 19xx
    EXPECT_EQ(parse("25/12/2024 6:30 PM", DateOrder::DayMonthYear), dt(2024, 12, 25, 18, 30));
    // Unambiguous values read without an order; ambiguous ones refuse to guess.
    EXPECT_EQ(parse("25/12/2024"), dt(2024, 12, 25));
    EXPECT_EQ(parse("12/25/2024"), dt(2024, 12, 25));
    QString why;
    EXPECT_FALSE(ValueParser::parseDateTime(QStringLiteral("03/04/2024"), DateOrder::Unknown, &why));
    EXPECT_TRUE(why.contains(QStringLiteral("day/month"))) << why.toStdString();
}

TEST(ValueParserDates, EvidenceAndRejections)
{
    EXPECT_EQ(ValueParser::orderEvidence(QStringLiteral("13/01/2024")), DateOrder::DayMonthYear);
    EXPECT_EQ(ValueParser::orderEvidence(QStringLiteral("01/13/2024")), DateOrder::MonthDayYear);
    EXPECT_EQ(ValueParser::orderEvidence(QStringLiteral("01/02/2024")), DateOrder::Unknown);
    EXPECT_EQ(ValueParser::orderEvidence(QStringLiteral("2024-01-13")), DateOrder::Unknown);
    EXPECT_TRUE(ValueParser::isDayMonthShaped(QStringLiteral("01/02/2024 10:00")));
    EXPECT_FALSE(ValueParser::isDayMonthShaped(QStringLiteral("2024/01/02")));
    EXPECT_FALSE(parse("2024-02-30"));
    EXPECT_FALSE(parse("2023-02-29"));
    EXPECT_FALSE(parse("2024-03-01 25:00"));
    EXPECT_FALSE(parse("yesterday"));
    EXPECT_FALSE(parse(""));
}

TEST(ValueParserAmounts, SymbolsSeparatorsAndSigns)
{
    EXPECT_EQ(amount("1234.5"), 123450);
    EXPECT_EQ(amount("¥1,234.50"), 123450);
    EXPECT_EQ(amount("￥1,234.50"), 123450);
    EXPECT_EQ(amount("$ 1,234,567.89"), 123456789);
    EXPECT_EQ(amount("£0.99"), 99);
    EXPECT_EQ(amount("1234.50 元"), 123450);
    EXPECT_EQ(amount("CNY 88"), 8800);
    EXPECT_EQ(amount("-12.5"), -1250);
    EXPECT_EQ(amount("(12.50)"), -1250);
    EXPECT_EQ(amount("¥-12.00"), -1200);
    EXPECT_EQ(amount("12.50-"), -1250);
    EXPECT_EQ(amount("0.005"), 1); // half away from zero
    EXPECT_EQ(amount("-0.005"), -1);
    EXPECT_EQ(amount("1.2E+3"), 120000);
    EXPECT_EQ(amount("1.234,50 €", true), 123450);
    EXPECT_EQ(amount("12,5", true), 1250);
    EXPECT_EQ(amount("1 234,50", true), 123450);
}

TEST(ValueParserAmounts, Rejections)
{
    EXPECT_FALSE(amount("12,34.5"));     // misplaced group separator
    EXPECT_FALSE(amount("12.50", true)); // with a decimal comma, "." groups thousands
    EXPECT_FALSE(amount("abc"));
    EXPECT_FALSE(amount(""));
    EXPECT_FALSE(amount("99999999999999999999"));
    EXPECT_FALSE(amount("=1+2"));
}

TEST(ValueParserAmounts, DecimalSymbolEvidence)
{
    EXPECT_TRUE(ValueParser::needsDecimalComma(QStringLiteral("12,5")));
    EXPECT_TRUE(ValueParser::needsDecimalComma(QStringLiteral("1.234,56 €")));
    EXPECT_FALSE(ValueParser::needsDecimalComma(QStringLiteral("1,234")));
    EXPECT_TRUE(ValueParser::needsDecimalPoint(QStringLiteral("1,234.56")));
    EXPECT_TRUE(ValueParser::needsDecimalPoint(QStringLiteral("¥12.5")));
    EXPECT_FALSE(ValueParser::needsDecimalPoint(QStringLiteral("1.234")));
}

TEST(ValueParserIds, MangledIdsAndBooleans)
{
    EXPECT_TRUE(ValueParser::looksMangledId(QStringLiteral("1.2E+5")));
    EXPECT_TRUE(ValueParser::looksMangledId(QStringLiteral("3E+11")));
    EXPECT_FALSE(ValueParser::looksMangledId(QStringLiteral("00012")));
    EXPECT_FALSE(ValueParser::looksMangledId(QStringLiteral("E12")));
    EXPECT_EQ(ValueParser::parseBoolean(QStringLiteral("是")), true);
    EXPECT_EQ(ValueParser::parseBoolean(QStringLiteral("No")), false);
    EXPECT_FALSE(ValueParser::parseBoolean(QStringLiteral("maybe")).has_value());
}
