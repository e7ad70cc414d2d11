#include "segments/SegmentFormat.h"

#include <QLocale>

#include <cmath>
#include <cstdlib>

namespace clientele {

namespace {

const QString kNone = QStringLiteral("–");

// The minus sign of the locale (a real minus, not a hyphen, where the locale has one).
QString sign(bool negative, bool plus)
{
    if (negative)
        return QLocale().negativeSign();
    return plus ? QLocale().positiveSign() : QString();
}

QString moneyText(qint64 minor, bool plus)
{
    const QLocale locale;
    const qint64 magnitude = minor < 0 ? -minor : minor;
    const QString whole = locale.toString(magnitude / 100);
    const QString cents = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return sign(minor < 0, plus) + SegmentFormat::currencySymbol() + whole + locale.decimalPoint() + cents;
}

} // namespace

QString SegmentFormat::currencySymbol()
{
    // The data's default currency is CNY (orders.currency); a currency setting comes with Settings.
    return QStringLiteral("¥");
}

QString SegmentFormat::count(qint64 value)
{
    return QLocale().toString(value);
}

QString SegmentFormat::money(qint64 minor)
{
    return moneyText(minor, false);
}

QString SegmentFormat::moneyWhole(qint64 minor)
{
    const qint64 rounded = (minor >= 0 ? minor + 50 : minor - 50) / 100;
    return sign(rounded < 0, false) + currencySymbol() + QLocale().toString(std::llabs(rounded));
}

QString SegmentFormat::percent(double value)
{
    if (!std::isfinite(value))
        return kNone;
    return QLocale().toString(value, 'f', 1) + QLocale().percent();
}

QString SegmentFormat::probability(double value)
{
    if (!std::isfinite(value))
        return kNone;
    return QLocale().toString(value * 100.0, 'f', 0) + QLocale().percent();
}

QString SegmentFormat::kpiValue(KpiUnit unit, const std::optional<double>& value)
{
    if (!value || !std::isfinite(*value))
        return kNone;
    switch (unit) {
    case KpiUnit::Count:
        return count(std::llround(*value));
    case KpiUnit::Percent:
        return percent(*value);
    case KpiUnit::Points:
        return QLocale().toString(*value, 'f', 0);
    case KpiUnit::Money:
        return money(std::llround(*value));
    }
    return kNone;
}

QString SegmentFormat::kpiChange(KpiUnit unit, double change)
{
    if (!std::isfinite(change))
        return kNone;
    const QLocale locale;
    switch (unit) {
    case KpiUnit::Count:
        return sign(change<0, change> 0) + locale.toString(std::llabs(std::llround(change)));
    case KpiUnit::Percent:
        //: Percentage points: the change of a rate, e.g. "+1.2 pp".
        return tr("%1 pp").arg(sign(change<0, change> 0) + locale.toString(std::fabs(change), 'f', 1));
    case KpiUnit::Points:
        return sign(change<0, change> 0) + locale.toString(std::fabs(change), 'f', 0);
    case KpiUnit::Money:
        return moneyText(std::llround(change), change > 0);
    }
    return kNone;
}

} // namespace clientele
