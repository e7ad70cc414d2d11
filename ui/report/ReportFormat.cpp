#include "report/ReportFormat.h"

#include <QDate>

#include <cmath>

namespace clientele {

QString ReportFormat::money(qint64 minor) const
{
    const double units = static_cast<double>(minor) / 100.0;
    const QString digits = m_locale.toString(std::llround(std::abs(units)));
    return (minor < 0 ? QStringLiteral("−") : QString()) + m_currency + digits;
}

QString ReportFormat::percent(double percent, int decimals) const
{
    return m_locale.toString(percent, 'f', decimals) + QLatin1Char('%');
}

QString ReportFormat::kpiValue(KpiUnit unit, double value) const
{
    switch (unit) {
    case KpiUnit::Count:
        return count(std::llround(value));
    case KpiUnit::Percent:
        return percent(value);
    case KpiUnit::Points:
        return number(value, 1);
    case KpiUnit::Money:
        return money(std::llround(value));
    }
    return {};
}

QString ReportFormat::optionalPercent(const std::optional<double>& percent) const
{
    return percent ? this->percent(*percent) : QStringLiteral("–");
}

QString ReportFormat::optionalNumber(const std::optional<double>& value, int decimals) const
{
    return value ? number(*value, decimals) : QStringLiteral("–");
}

QString ReportFormat::relativeChange(double now, double before) const
{
    if (before == 0)
        return {};
    const double change = (now - before) / std::abs(before) * 100.0;
    const QString text = m_locale.toString(std::abs(change), 'f', 1) + QLatin1Char('%');
    if (std::abs(change) < 0.05)
        return QStringLiteral("±") + text;
    return (change > 0 ? QStringLiteral("+") : QStringLiteral("−")) + text;
}

} // namespace clientele
