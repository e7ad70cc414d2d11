#include "import/ValueParser.h"

#include "model/WallClock.h"

#include <QRegularExpression>

#include <limits>

namespace clientele {

QString dateOrderKey(DateOrder order)
{
    switch (order) {
    case DateOrder::YearMonthDay:
        return QStringLiteral("ymd");
    case DateOrder::DayMonthYear:
        return QStringLiteral("dmy");
    case DateOrder::MonthDayYear:
        return QStringLiteral("mdy");
    case DateOrder::Unknown:
        break;
    }
    return {};
}

std::optional<DateOrder> dateOrderFromKey(const QString& key)
{
    if (key == QLatin1String("ymd"))
        return DateOrder::YearMonthDay;
    if (key == QLatin1String("dmy"))
        return DateOrder::DayMonthYear;
    if (key == QLatin1String("mdy"))
        return DateOrder::MonthDayYear;
    return std::nullopt;
}

namespace {

int expandYear(int year, int digits)
{
    if (digits <= 2)
        return year < 30 ? 2000 + year : 1900 + year;
    return year;
}

std::optional<QTime> parseTime(QStringView text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,2})[:时](\\d{2})(?:[:分](\\d{2})(?:[.,](\\d{1,6}))?)?秒?\\s*([AaPp][Mm])?$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    int hour = m.captured(1).toInt();
    const QString ampm = m.captured(5).toLower();
    if (!ampm.isEmpty()) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour = (hour % 12) + (ampm == QLatin1String("pm") ? 12 : 0);
    }
    QTime time(hour, m.captured(2).toInt(), m.captured(3).isEmpty() ? 0 : m.captured(3).toInt());
    if (!time.isValid())
        return std::nullopt;
    return time;
}

// "a/b/y" style: three numbers with / . or - between them; the year last.
const QRegularExpression& dayMonthPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{2}|\\d{4})$"));
    return pattern;
}

} // namespace

namespace {

int digitsAt(const QString& s, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// The common machine format "yyyy-MM-dd[ HH:mm[:ss]]" (or with T), read without regular expressions:
// imports of a million rows spend most of their parsing time here.
std::optional<QDateTime> parseIsoFast(const QString& s)
{
    const qsizetype n = s.size();
    if ((n != 10 && n != 16 && n != 19) || s.at(4) != u'-' || s.at(7) != u'-')
        return std::nullopt;
    const int y = digitsAt(s, 0, 4), mo = digitsAt(s, 5, 2), d = digitsAt(s, 8, 2);
    if (y < 0 || mo < 0 || d < 0)
        return std::nullopt;
    const QDate date(y, mo, d);
    if (!date.isValid())
        return std::nullopt;
    if (n == 10)
        return wallClock(date);
    if ((s.at(10) != u' ' && s.at(10) != u'T') || s.at(13) != u':')
        return std::nullopt;
    const int h = digitsAt(s, 11, 2), mi = digitsAt(s, 14, 2);
    int sec = 0;
    if (n == 19) {
        if (s.at(16) != u':')
            return std::nullopt;
        sec = digitsAt(s, 17, 2);
    }
    const QTime time(h, mi, sec);
    if (h < 0 || mi < 0 || sec < 0 || !time.isValid())
        return std::nullopt;
    return wallClock(date, time);
}

} // namespace

std::optional<QDateTime> ValueParser::parseDateTime(const QString& input, DateOrder order, QString* why)
{
    if (const auto fast = parseIsoFast(input))
        return fast;
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        if (why)
            *why = tr("no date given");
        return std::nullopt;
    }
    // Split off a time part: after 'T', or after the first run of spaces.
    QString datePart = text;
    QString timePart;
    static const QRegularExpression isoT(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})T(.+)$"));
    if (const auto m = isoT.match(text); m.hasMatch()) {
        datePart = m.captured(1);
        timePart = m.captured(2);
        static const QRegularExpression zone(QStringLiteral("(Z|[+-]\\d{2}:?\\d{2})$"));
        timePart.remove(zone);
    } else if (const qsizetype space = text.indexOf(QLatin1Char(' ')); space > 0) {
        datePart = text.left(space);
        timePart = text.mid(space + 1).trimmed();
    }
    // Chinese dates may carry the time without a space: 2024年3月1日9:30
    static const QRegularExpression chinese(
        QStringLiteral("^(\\d{2,4})年(\\d{1,2})月(\\d{1,2})[日号]\\s*(.*)$"));

    QDate date;
    if (const auto cn = chinese.match(text); cn.hasMatch()) {
        date = QDate(expandYear(cn.captured(1).toInt(), int(cn.captured(1).size())), cn.captured(2).toInt(),
                     cn.captured(3).toInt());
        timePart = cn.captured(4).trimmed();
    } else {
        static const QRegularExpression ymd(QStringLiteral("^(\\d{4})([/.\\-])(\\d{1,2})\\2(\\d{1,2})$"));
        static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
        if (const auto m = ymd.match(datePart); m.hasMatch()) {
            date = QDate(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
        } else if (const auto c = compact.match(datePart); c.hasMatch()) {
            date = QDate(c.captured(1).toInt(), c.captured(2).toInt(), c.captured(3).toInt());
        } else if (const auto d = dayMonthPattern().match(datePart); d.hasMatch()) {
            const int a = d.captured(1).toInt();
            const int b = d.captured(3).toInt();
            const int year = expandYear(d.captured(4).toInt(), int(d.captured(4).size()));
            DateOrder effective = order;
            if (effective == DateOrder::Unknown || effective == DateOrder::YearMonthDay) {
                // Unambiguous values can still be read; ambiguous ones need the column's order.
                if (a > 12 && b <= 12)
                    effective = DateOrder::DayMonthYear;
                else if (b > 12 && a <= 12)
                    effective = DateOrder::MonthDayYear;
                else {
                    if (why)
                        *why = tr("\"%1\" could be day/month or month/day; choose the date order").arg(text);
                    return std::nullopt;
                }
            }
            date = effective == DateOrder::DayMonthYear ? QDate(year, b, a) : QDate(year, a, b);
        } else {
            if (why)
                *why = tr("\"%1\" is not a date").arg(text.left(40));
            return std::nullopt;
        }
    }
    if (!date.isValid()) {
        if (why)
            *why = tr("\"%1\" is not a valid calendar date").arg(text.left(40));
        return std::nullopt;
    }
    QTime time(0, 0);
    if (!timePart.isEmpty()) {
        const auto parsed = parseTime(timePart);
        if (!parsed) {
            if (why)
                *why = tr("\"%1\" has a time that cannot be read").arg(text.left(40));
            return std::nullopt;
        }
        time = *parsed;
    }
    return wallClock(date, time);
}

namespace {

// The day/month pattern starts with one or two digits and a separator; ISO dates ("2024-03-01") and
// most other values fail that at once, without the regular expression.
bool mayBeDayMonth(const QString& text)
{
    const QString t = text.trimmed();
    const auto digit = [&t](qsizetype i) {
        return i < t.size() && t.at(i) >= u'0' && t.at(i) <= u'9';
    };
    const auto sep = [&t](qsizetype i) {
        return i < t.size() && (t.at(i) == u'/' || t.at(i) == u'.' || t.at(i) == u'-');
    };
    return digit(0) && (sep(1) || (digit(1) && sep(2)));
}

} // namespace

DateOrder ValueParser::orderEvidence(const QString& text)
{
    if (!mayBeDayMonth(text))
        return DateOrder::Unknown;
    const QString datePart = text.trimmed().section(QLatin1Char(' '), 0, 0);
    const auto m = dayMonthPattern().match(datePart);
    if (!m.hasMatch())
        return DateOrder::Unknown;
    const int a = m.captured(1).toInt();
    const int b = m.captured(3).toInt();
    if (a > 12 && b <= 12)
        return DateOrder::DayMonthYear;
    if (b > 12 && a <= 12)
        return DateOrder::MonthDayYear;
    return DateOrder::Unknown;
}

bool ValueParser::isDayMonthShaped(const QString& text)
{
    if (!mayBeDayMonth(text))
        return false;
    return dayMonthPattern().match(text.trimmed().section(QLatin1Char(' '), 0, 0)).hasMatch();
}

namespace {

// Removes currency marks; returns false if the text holds other letters.
QString stripCurrency(QString text, bool* negative)
{
    text = ValueParser::trimmed(text);
    // Plain numbers (the usual case) start and end with a digit: nothing to strip.
    const auto isDigit = [](QChar c) {
        return c >= u'0' && c <= u'9';
    };
    if (!text.isEmpty() && isDigit(text.front()) && isDigit(text.back()))
        return text;
    static const QStringList codes = {QStringLiteral("CNY"), QStringLiteral("RMB"), QStringLiteral("USD"),
                                      QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("HKD"),
                                      QStringLiteral("元")};
    for (const QString& code : codes) {
        if (text.startsWith(code, Qt::CaseInsensitive))
            text = text.mid(code.size()).trimmed();
        if (text.endsWith(code, Qt::CaseInsensitive))
            text.chop(code.size());
    }
    if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        *negative = !*negative;
        text = text.mid(1, text.size() - 2).trimmed();
    }
    if (text.endsWith(QLatin1Char('-'))) { // 1234- (some accounting exports)
        *negative = !*negative;
        text.chop(1);
    }
    if (text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0x2212))) {
        *negative = !*negative;
        text = text.mid(1).trimmed();
    } else if (text.startsWith(QLatin1Char('+'))) {
        text = text.mid(1).trimmed();
    }
    static const QString symbols = QStringLiteral("¥￥$€£");
    while (!text.isEmpty() && symbols.contains(text.front()))
        text = text.mid(1).trimmed();
    while (!text.isEmpty() && symbols.contains(text.back()))
        text.chop(1);
    text = text.trimmed();
    if (text.startsWith(QLatin1Char('-'))) { // ¥-12.00
        *negative = !*negative;
        text = text.mid(1);
    }
    return text;
}

} // namespace

std::optional<std::int64_t>
ValueParser::parseDecimal(const QString& input, bool decimalComma, int scale, QString* why)
{
    auto fail = [&](const QString& reason) -> std::optional<std::int64_t> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (trimmed(input).isEmpty())
        return fail(tr("no amount given"));
    bool negative = false;
    QString text = stripCurrency(input, &negative);
    const QChar decimal = decimalComma ? QLatin1Char(',') : QLatin1Char('.');
    const QChar group = decimalComma ? QLatin1Char('.') : QLatin1Char(',');

    // Scientific notation (Excel writes small numbers like 1E-05): exact through a long double is
    // enough for the 15 significant digits a spreadsheet holds.
    static const QRegularExpression scientific(QStringLiteral("^\\d+(?:\\.\\d+)?[eE][+-]?\\d+$"));
    const bool hasExponent = text.contains(QLatin1Char('e'), Qt::CaseInsensitive);
    if (!decimalComma && hasExponent && scientific.match(text).hasMatch()) {
        bool ok = false;
        const long double value = static_cast<long double>(text.toDouble(&ok));
        long double scaled = value;
        for (int i = 0; i < scale; ++i)
            scaled *= 10;
        if (!ok || scaled > static_cast<long double>(std::numeric_limits<std::int64_t>::max()))
            return fail(tr("\"%1\" is too large").arg(input.trimmed()));
        const auto rounded = static_cast<std::int64_t>(scaled + 0.5L);
        return negative ? -rounded : rounded;
    }

    std::int64_t whole = 0;
    std::int64_t fraction = 0;
    int fractionDigits = 0;
    bool seenDecimal = false;
    bool roundUp = false;
    int digits = 0;
    qsizetype lastGroup = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            const int d = c.unicode() - '0';
            ++digits;
            if (!seenDecimal) {
                if (whole > (std::numeric_limits<std::int64_t>::max() - d) / 10)
                    return fail(tr("\"%1\" is too large").arg(input.trimmed()));
                whole = whole * 10 + d;
            } else if (fractionDigits < scale) {
                fraction = fraction * 10 + d;
                ++fractionDigits;
            } else if (fractionDigits == scale) {
                roundUp = d >= 5; // half away from zero, on the first dropped digit
                ++fractionDigits;
            }
        } else if (c == decimal && !seenDecimal) {
            seenDecimal = true;
        } else if (!seenDecimal && (c == group || c == QLatin1Char(' ') || c == QChar(0x00A0) ||
                                    c == QChar(0x202F) || c == QLatin1Char('\''))) {
            if (lastGroup >= 0 && i - lastGroup != 4)
                return fail(tr("\"%1\" has misplaced thousand separators").arg(input.trimmed()));
            lastGroup = i;
        } else {
            return fail(tr("\"%1\" is not an amount").arg(input.trimmed().left(40)));
        }
    }
    if (digits == 0)
        return fail(tr("\"%1\" is not an amount").arg(input.trimmed().left(40)));
    if (lastGroup >= 0) {
        const qsizetype integerEnd = seenDecimal ? text.indexOf(decimal) : text.size();
        if (integerEnd - lastGroup != 4)
            return fail(tr("\"%1\" has misplaced thousand separators").arg(input.trimmed()));
    }
    while (fractionDigits < scale) {
        fraction *= 10;
        ++fractionDigits;
    }
    std::int64_t factor = 1;
    for (int i = 0; i < scale; ++i)
        factor *= 10;
    if (whole > (std::numeric_limits<std::int64_t>::max() - fraction - 1) / factor)
        return fail(tr("\"%1\" is too large").arg(input.trimmed()));
    std::int64_t value = whole * factor + fraction + (roundUp ? 1 : 0);
    return negative ? -value : value;
}

bool ValueParser::needsDecimalComma(const QString& text)
{
    if (!text.contains(QLatin1Char(',')))
        return false;
    // "12,5" / "1.234,56" / "0,99": a comma followed by 1, 2 or more than 3 digits at the end, or a
    // dot group before a comma.
    static const QRegularExpression pattern(
        QStringLiteral("^[^0-9]*-?\\d{1,3}(?:\\.\\d{3})*,\\d{1,2}[^0-9]*$|^[^0-9]*-?\\d+,\\d{4,}[^0-9]*$"));
    return pattern.match(text.trimmed()).hasMatch();
}

bool ValueParser::needsDecimalPoint(const QString& text)
{
    if (!text.contains(QLatin1Char('.')))
        return false;
    static const QRegularExpression pattern(
        QStringLiteral("^[^0-9]*-?\\d{1,3}(?:,\\d{3})*\\.\\d{1,2}[^0-9]*$|^[^0-9]*-?\\d+\\.\\d{4,}[^0-9]*$"));
    return pattern.match(text.trimmed()).hasMatch();
}

std::optional<bool> ValueParser::parseBoolean(const QString& text)
{
    const QString t = text.trimmed().toLower();
    static const QStringList yes = {QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("yes"),
                                    QStringLiteral("y"), QStringLiteral("是"),   QStringLiteral("同意"),
                                    QStringLiteral("x")};
    static const QStringList no = {QStringLiteral("0"),
                                   QStringLiteral("false"),
                                   QStringLiteral("no"),
                                   QStringLiteral("n"),
                                   QStringLiteral("否"),
                                   QStringLiteral("不同意"),
                                   QString()};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

bool ValueParser::looksMangledId(const QString& text)
{
    if (!text.contains(QLatin1Char('+')))
        return false;
    static const QRegularExpression pattern(QStringLiteral("^\\d(?:\\.\\d+)?[eE]\\+\\d+$"));
    return pattern.match(text.trimmed()).hasMatch();
}

} // namespace clientele
