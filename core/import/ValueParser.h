#pragma once

#include "model/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace clientele {

enum class DateOrder
{
    Unknown,
    YearMonthDay,
    DayMonthYear,
    MonthDayYear
};

QString dateOrderKey(DateOrder order); // "ymd", "dmy", "mdy", ""
std::optional<DateOrder> dateOrderFromKey(const QString& key);

// Turns the text of spreadsheet cells into typed values, exactly (money never passes through a
// floating-point number). Failures return nullopt with the reason in `why`, worded for a person.
class ValueParser
{
    Q_DECLARE_TR_FUNCTIONS(ValueParser)

public:
    // Dates: ISO 8601 (with T or space, optional seconds), yyyy/M/d, yyyy.M.d, yyyyMMdd, Chinese
    // 2024年3月1日 [9:30], and d/m/y or m/d/y (order given; with / . or -), two-digit years
    // (00-29 -> 20xx, 30-99 -> 19xx, as Excel does). An optional time follows after a space.
    static std::optional<QDateTime>
    parseDateTime(const QString& text, DateOrder order, QString* why = nullptr);

    // What a single value says about the order of day and month in "a/b/y" dates: DayMonthYear when
    // a > 12, MonthDayYear when b > 12, Unknown when both are <= 12 (or the value is not such a date).
    static DateOrder orderEvidence(const QString& text);
    // True for "a/b/y" style dates (with / . or -, the year last), whose order needs deciding.
    static bool isDayMonthShaped(const QString& text);

    // Amounts: currency symbols and codes (¥ ￥ $ € £ CNY RMB USD EUR GBP 元), thousand separators
    // (, . space ' as the decimal symbol allows), decimal point or comma, a leading minus, a trailing
    // minus or (parentheses) for negatives. Returns the value in units of 10^-scale.
    static std::optional<std::int64_t>
    parseDecimal(const QString& text, bool decimalComma, int scale, QString* why = nullptr);
    static std::optional<MinorUnits>
    parseAmount(const QString& text, bool decimalComma, QString* why = nullptr)
    {
        return parseDecimal(text, decimalComma, 2, why);
    }
    // True when a value can only be read with a decimal comma ("12,5", "1.234,56").
    static bool needsDecimalComma(const QString& text);
    // True when a value can only be read with a decimal point ("12.5", "1,234.56").
    static bool needsDecimalPoint(const QString& text);

    static std::optional<bool> parseBoolean(const QString& text);
    // QString::trimmed(), but a cell with nothing to trim (nearly every one) is returned as it is
    // without Qt's scan and copy: a measurable share of an import's time otherwise.
    static QString trimmed(const QString& text)
    {
        return text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace()) ? text : text.trimmed();
    }
    // Ids as text: trimmed; a value in scientific notation ("1.2E+5") was mangled by a spreadsheet.
    static bool looksMangledId(const QString& text);
};

} // namespace clientele
