#pragma once

#include "analytics/KpiDefinition.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace clientele {

// Numbers as the report prints them, in the report's locale.
class ReportFormat
{
public:
    explicit ReportFormat(const QLocale& locale, const QString& currencySymbol = QStringLiteral("¥"))
        : m_locale(locale)
        , m_currency(currencySymbol)
    {
    }

    // "¥1,234,567" (whole units; the report is an overview, fen would be noise).
    QString money(qint64 minor) const;
    QString count(qint64 value) const { return m_locale.toString(value); }
    // "12.5%" from 12.5.
    QString percent(double percent, int decimals = 1) const;
    QString number(double value, int decimals = 1) const { return m_locale.toString(value, 'f', decimals); }
    QString optionalPercent(const std::optional<double>& percent) const;
    QString optionalNumber(const std::optional<double>& value, int decimals = 0) const;
    // "+12.5%" / "−3.0%" change of a count; empty when the base is 0.
    QString relativeChange(double now, double before) const;
    // A KPI's value in its unit: count, percent, points (one decimal) or money (minor units).
    QString kpiValue(KpiUnit unit, double value) const;
    // ISO dates read the same in both languages and never leave day and month in doubt.
    QString date(const QDate& date) const { return date.toString(Qt::ISODate); }
    const QLocale& locale() const { return m_locale; }

private:
    QLocale m_locale;
    QString m_currency;
};

} // namespace clientele
