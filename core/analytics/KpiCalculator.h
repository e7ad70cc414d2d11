#pragma once

#include "analytics/AnalysisPeriod.h"
#include "analytics/KpiCustomerAnalysis.h"
#include "analytics/KpiSettings.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace clientele {

// One KPI for one period and one tier (or the whole base), with the previous period beside it.
struct KpiRow
{
    QString code;
    QString tier; // empty: every customer
    std::optional<double> value;
    std::optional<double> previousValue;
    std::optional<double> change; // value − previous value (percentage points for rates)
    qint64 population = 0;
    qint64 previousPopulation = 0;
    bool available = false;
    QString reason; // why value is missing
};

struct KpiReport
{
    QString period;
    QString previousPeriod;
    QDate start;
    QDate end;
    KpiCustomerAnalysis::Source tierSource = KpiCustomerAnalysis::Source::None;
    KpiCustomerAnalysis::Source previousTierSource = KpiCustomerAnalysis::Source::None;
    QString tierModel;
    QStringList tiers;        // in tier-model order, when asked per tier
    std::vector<KpiRow> rows; // the whole base first (catalog order), then tier by tier
    QStringList notes;        // the analyses' warnings and notes, in words
};

// The KPIs of a period and of the period before it, optionally per tier. Each period is measured
// with its own data and its own tiers: the period's snapshot (SnapshotStore) when one exists, else
// an AnalyticsEngine run as of the period end.
class KpiCalculator
{
    Q_DECLARE_TR_FUNCTIONS(KpiCalculator)

public:
    struct Options
    {
        KpiSettings settings;
        bool byTier = false;
        // Run the analytics engine when a period has no snapshot (tiers, predicted lifetime value).
        // Without it the predicted LTV is unavailable and per-tier rows need snapshots.
        bool runEngine = true;
        QString schemeCode;    // for engine runs; empty: the engine's default
        QString tierModelCode; // for engine runs; empty: the engine's default
    };

    KpiCalculator(const QSqlDatabase& db, const SqlDialect& dialect);

    // Throws StorageError on database failures.
    KpiReport calculate(const AnalysisPeriod& period, const Options& options) const;

    // Tiers and predicted values of a period: its snapshot, else (runEngine) an engine run.
    KpiCustomerAnalysis analysisOf(const AnalysisPeriod& period, const Options& options) const;

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace clientele
