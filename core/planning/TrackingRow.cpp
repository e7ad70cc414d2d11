#include "planning/TrackingRow.h"

namespace clientele {

QString trackingMetricCode(TrackingMetric metric)
{
    switch (metric) {
    case TrackingMetric::RepurchaseRate:
        return QStringLiteral("repurchase_rate");
    case TrackingMetric::ChurnRate:
        return QStringLiteral("churn_rate");
    case TrackingMetric::Nps:
        return QStringLiteral("nps");
    case TrackingMetric::Ltv:
        break;
    }
    return QStringLiteral("ltv");
}

std::optional<TrackingMetric> trackingMetricFromCode(const QString& code)
{
    for (TrackingMetric metric : allTrackingMetrics())
        if (trackingMetricCode(metric) == code)
            return metric;
    return std::nullopt;
}

std::vector<TrackingMetric> allTrackingMetrics()
{
    return {TrackingMetric::RepurchaseRate, TrackingMetric::ChurnRate, TrackingMetric::Nps,
            TrackingMetric::Ltv};
}

const TrackingFigure& TrackingRow::figure(TrackingMetric metric) const
{
    switch (metric) {
    case TrackingMetric::RepurchaseRate:
        return repurchaseRate;
    case TrackingMetric::ChurnRate:
        return churnRate;
    case TrackingMetric::Nps:
        return nps;
    case TrackingMetric::Ltv:
        break;
    }
    return ltv;
}

TrackingFigure& TrackingRow::figure(TrackingMetric metric)
{
    return const_cast<TrackingFigure&>(std::as_const(*this).figure(metric));
}

} // namespace clientele
