#pragma once

#include "analytics/AnalysisPeriod.h"
#include "analytics/KpiCustomerAnalysis.h"
#include "analytics/KpiSettings.h"
#include "planning/TrackingRow.h"
#include "storage/KpiPeriodData.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace clientele {

// The tracking table of one period (seed 001's template 3) with where its tiers came from.
struct TrackingTable
{
    QString period;
    QString startPeriod; // the period whose end gave the tiers (the one before `period`)
    KpiCustomerAnalysis::Source tierSource = KpiCustomerAnalysis::Source::None;
    QString tierModel;
    QStringList notes;             // missing snapshots, the engine's warnings, in words
    std::vector<TrackingRow> rows; // in tier-model order
};

// Fills the tracking table from the data: for each tier, the repurchase rate, churn rate, NPS and
// historical LTV of the KPI catalogue (KpiMeasurer over KpiDataReader's facts of the period),
// computed over the customers who were in the tier at the START of the period, so a customer who
// churned counts in the tier they left from. Hand-entered overrides and suggestions of TrackingStore
// are laid over the computed figures, which are kept. Read-only.
class TrackingCalculator
{
    Q_DECLARE_TR_FUNCTIONS(TrackingCalculator)

public:
    struct Options
    {
        KpiSettings settings;
        // Run the analytics engine as of the day before the period start when the previous period
        // has no snapshot (or one of another tier model). Without it such a period has no tiers.
        bool runEngine = true;
        QString schemeCode; // for engine runs; empty: the engine's default
    };

    TrackingCalculator(const QSqlDatabase& db, const SqlDialect& dialect);
    TrackingCalculator(const QSqlDatabase& db, const SqlDialect& dialect, Options options);

    // tierModel: a tier model code ("seed4"); empty: whatever the previous period's snapshot used,
    // else each customer kind's default. Throws StorageError, AnalyticsRuleError (unknown model).
    std::vector<TrackingRow> rows(const AnalysisPeriod& period, const QString& tierModel = {}) const;
    TrackingTable table(const AnalysisPeriod& period, const QString& tierModel = {}) const;
    // The same table from tiers at the start and the period's KPI facts the caller already holds
    // (the quarterly review has both), so neither is read or computed twice.
    TrackingTable table(const AnalysisPeriod& period,
                        const KpiCustomerAnalysis& atStart,
                        const KpiPeriodData& data,
                        const QString& tierModel = {}) const;

    // Each customer's tier at the start of the period (the analysis as of the previous period's end).
    KpiCustomerAnalysis tiersAtStart(const AnalysisPeriod& period, const QString& tierModel) const;

private:
    QStringList tierOrder(const QString& tierModel) const;

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    Options m_options;
};

} // namespace clientele
