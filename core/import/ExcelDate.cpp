#include "import/ExcelDate.h"

#include "model/WallClock.h"

#include <cmath>

namespace clientele {

std::optional<QDateTime> ExcelDate::fromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > (date1904 ? kMaxSerial1904 : kMaxSerial1900))
        return std::nullopt;
    double days = std::floor(serial);
    // Round the time of day to whole seconds: Excel stores it as a binary fraction of a day.
    qint64 seconds = std::llround((serial - days) * 86400.0);
    if (seconds >= 86400) {
        days += 1;
        seconds -= 86400;
    }
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(static_cast<qint64>(days));
    } else {
        if (days == 60)
            return std::nullopt; // 1900-02-29 does not exist
        if (days < 1)
            return std::nullopt; // serial 0 is "1900-01-00"
        // 1899-12-31 is serial 0; from serial 61 on, Excel has counted one day too many.
        date = QDate(1899, 12, 31).addDays(static_cast<qint64>(days) - (days > 60 ? 1 : 0));
    }
    return wallClock(date, QTime(0, 0).addSecs(static_cast<int>(seconds)));
}

bool ExcelDate::isDateFormat(int numFmtId, const QString& formatCode)
{
    // Built-in date and time formats of ECMA-376 Part 1, 18.8.30, plus the East Asian ones (27-36, 50-58).
    if ((numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 45 && numFmtId <= 47) ||
        (numFmtId >= 27 && numFmtId <= 36) || (numFmtId >= 50 && numFmtId <= 58))
        return true;
    if (formatCode.isEmpty())
        return false;
    // A custom format is a date when, outside quoted text, escapes and [brackets] (colours, locales,
    // conditions), it uses a date or time letter. Only the first section (positive numbers) counts.
    bool inQuote = false;
    bool inBracket = false;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i);
        if (inQuote) {
            inQuote = c != QLatin1Char('"');
            continue;
        }
        if (inBracket) {
            // [h], [mm], [ss]: elapsed time, still a time format.
            if (c == QLatin1Char(']'))
                inBracket = false;
            else if (QStringLiteral("hHmMsS").contains(c) && formatCode.at(i - 1) == QLatin1Char('['))
                return true;
            continue;
        }
        switch (c.unicode()) {
        case '"':
            inQuote = true;
            break;
        case '[':
            inBracket = true;
            break;
        case '\\':
        case '_':
        case '*':
            ++i; // the next character is literal or padding
            break;
        case ';':
            return false;
        case 'd':
        case 'D':
        case 'm':
        case 'M':
        case 'y':
        case 'Y':
        case 'h':
        case 'H':
        case 's':
        case 'S':
            return true;
        case 0x5E74: // 年
        case 0x6708: // 月
        case 0x65E5: // 日
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace clientele
