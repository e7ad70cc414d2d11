#pragma once

#include "analytics/KpiDefinition.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace clientele {

// How the Segments page writes numbers: in the current locale, money with the currency symbol and
// exact cents (integer arithmetic on minor units), rates with one decimal.
class SegmentFormat
{
    Q_DECLARE_TR_FUNCTIONS(SegmentFormat)

public:
    static QString count(qint64 value);
    // "¥12,345.67"; money stays integer minor units until it is text.
    static QString money(qint64 minor);
    // Whole currency units, for axis labels: "¥12,346".
    static QString moneyWhole(qint64 minor);
    static QString percent(double value);     // 0–100 → "12.3%"
    static QString probability(double value); // 0–1 → "87%"; NaN → "–"
    // A KPI value in its unit; "–" when there is none.
    static QString kpiValue(KpiUnit unit, const std::optional<double>& value);
    // The change against the previous period, signed: "+3", "−1.2 pp", "+¥120.00".
    static QString kpiChange(KpiUnit unit, double change);
    static QString currencySymbol();
};

} // namespace clientele
