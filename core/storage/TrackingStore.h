#pragma once

#include "planning/TrackingRow.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace clientele {

// A hand-entered figure of the tracking table (a row of tracking_override).
struct TrackingOverride
{
    QString period;
    QString tier;
    TrackingMetric metric = TrackingMetric::RepurchaseRate;
    double value = 0.0; // in the metric's unit (percent, points, minor units)
    QDateTime enteredAt;
};

// The hand-entered parts of the tracking table: overrides of computed figures and the adjustment
// suggestion of each period and tier (tracking_override, tracking_suggestion).
class TrackingStore
{
    Q_DECLARE_TR_FUNCTIONS(TrackingStore)

public:
    TrackingStore(const QSqlDatabase& db, const SqlDialect& dialect);

    // Replaces an earlier override of the same period, tier and metric. Throws StorageError
    // (Validation) for an unknown period form, an empty tier or a value outside the metric's range
    // (rates 0–100, NPS −100–100, LTV ≥ 0), naming them.
    void setOverride(const TrackingOverride& entry);
    bool removeOverride(const QString& period, const QString& tier, TrackingMetric metric);
    std::vector<TrackingOverride> overrides(const QString& period) const; // by tier, then metric

    // An empty (or blank) text removes the suggestion.
    void setSuggestion(const QString& period, const QString& tier, const QString& suggestion);
    QMap<QString, QString> suggestions(const QString& period) const; // tier → text

private:
    void checkKey(const QString& period, const QString& tier) const;

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace clientele
