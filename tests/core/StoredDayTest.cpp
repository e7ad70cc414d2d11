#include "storage/StoredDay.h"

#include <gtest/gtest.h>

using namespace clientele;

TEST(StoredDayTest, DateTextIsIsoAndReadsBackToTheSameDay)
{
    for (const QDate date :
         {QDate(2024, 3, 5), QDate(1999, 12, 31), QDate(1000, 1, 1), QDate(9999, 12, 31)}) {
        char text[10];
        ASSERT_TRUE(writeStoredDate(date, text));
        const QByteArrayView written(text, sizeof text);
        EXPECT_EQ(written, date.toString(Qt::ISODate).toLatin1());
        EXPECT_EQ(storedDay(written), date.toJulianDay());
    }
}

TEST(StoredDayTest, DatesWithoutAFourDigitYearAreLeftToQDate)
{
    char text[10] = {};
    EXPECT_FALSE(writeStoredDate(QDate(), text));
    EXPECT_FALSE(writeStoredDate(QDate(999, 12, 31), text));
    EXPECT_FALSE(writeStoredDate(QDate(10000, 1, 1), text));
    EXPECT_EQ(text[0], '\0'); // nothing written
}

TEST(StoredDayTest, TimestampsCountByTheirDate)
{
    EXPECT_EQ(storedDay("2011-07-03T10:20:00"), QDate(2011, 7, 3).toJulianDay());
    EXPECT_EQ(storedDay("2011-07-03"), QDate(2011, 7, 3).toJulianDay());
    EXPECT_EQ(storedDay("not a date"), kNoStoredDay);
}
