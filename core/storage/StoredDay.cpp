#include "storage/StoredDay.h"

#include <QDateTime>
#include <QString>

namespace clientele {

qint64 storedDay(QByteArrayView text)
{
    if (text.size() >= 10 && text[4] == '-' && text[7] == '-') {
        const auto number = [&text](int from, int count) {
            int value = 0;
            for (int i = from; i < from + count; ++i) {
                const int digit = text[i] - '0';
                if (digit < 0 || digit > 9)
                    return -1;
                value = value * 10 + digit;
            }
            return value;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        if (date.isValid())
            return date.toJulianDay();
    }
    return QDateTime::fromString(QString::fromUtf8(text), Qt::ISODate).date().toJulianDay();
}

bool writeStoredDate(QDate date, char* out)
{
    if (!date.isValid() || date.year() < 1000 || date.year() > 9999)
        return false;
    const auto two = [out](int at, int value) {
        out[at] = static_cast<char>('0' + value / 10);
        out[at + 1] = static_cast<char>('0' + value % 10);
    };
    two(0, date.year() / 100);
    two(2, date.year() % 100);
    out[4] = '-';
    two(5, date.month());
    out[7] = '-';
    two(8, date.day());
    return true;
}

} // namespace clientele
