#include "segments/SegmentFormat.h"

#include "settings/CurrencyDisplay.h"

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

// Money goes through the one currency setting (Settings page: code, symbol or code, decimals).
QString moneyText(qint64 minor, bool plus)
{
    return CurrencyDisplay::current().format(minor, plus);
}

} // namespace

QString SegmentFormat::currencySymbol()
{
    return CurrencyDisplay::current().unit();
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
    return sign(rounded < 0, false) + CurrencyDisplay::current().prefix() +
           QLocale().toString(std::llabs(rounded));
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
