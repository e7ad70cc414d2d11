#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace clientele {

// The four figures of seed 001's template 3 (客户忠诚度效果跟踪表). The codes are stored in
// tracking_override.metric.
enum class TrackingMetric
{
    RepurchaseRate, // percent, the repurchase_rate KPI
    ChurnRate,      // percent, the churn_rate KPI
    Nps,            // points −100…100, the nps KPI
    Ltv,            // minor units (fen, cents), the historical_ltv KPI
};

QString trackingMetricCode(TrackingMetric metric); // "repurchase_rate", "churn_rate", "nps", "ltv"
std::optional<TrackingMetric> trackingMetricFromCode(const QString& code);
std::vector<TrackingMetric> allTrackingMetrics();

// One figure of a tracking row: the value computed from the data, and a hand-entered override that
// replaces it where the table is shown (the computed value stays beside it).
struct TrackingFigure
{
    std::optional<double> computed; // none: not available, see reason
    qint64 population = 0;          // the KPI's denominator within the tier
    QString reason;                 // why computed is missing, in words
    std::optional<double> overridden;
    QDateTime overriddenAt;

    bool isOverridden() const { return overridden.has_value(); }
    // What the table shows: the override when there is one, else the computed value.
    std::optional<double> shown() const { return overridden ? overridden : computed; }
};

// One row of the tracking table: a period and a tier. The tier is each customer's tier at the start
// of the period (the previous period's snapshot, or the analysis as of the day before the start).
struct TrackingRow
{
    QString period;       // "2011Q3"
    QString tier;         // segment code of the tier model
    qint64 customers = 0; // in the tier at the period start and in the base at the period end
    TrackingFigure repurchaseRate;
    TrackingFigure churnRate;
    TrackingFigure nps;
    TrackingFigure ltv;
    QString suggestion; // the adjustment suggestion (调整建议), free text; empty: none

    const TrackingFigure& figure(TrackingMetric metric) const;
    TrackingFigure& figure(TrackingMetric metric);
};

} // namespace clientele
