#pragma once

#include "analytics/AnalysisPeriod.h"
#include "analytics/AnalyticsEngine.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace clientele {

// One customer's stored state at a period end (a row of customer_snapshot).
struct CustomerSnapshot
{
    qint64 customerId = 0;
    std::optional<int> recencyDays; // none when the customer had never bought
    int orders = 0;
    qint64 netAmountMinor = 0;
    double frequencyPerYear = 0.0;
    qint64 monetaryPerYearMinor = 0;
    int r = 0, f = 0, m = 0; // 0 = not scored
    QString tier;
    QString stage;
    std::optional<double> pAlive;
    std::optional<double> expectedPurchases90d;
    std::optional<qint64> clvMinor;
    QString riskLevel;
};

// The header of a stored snapshot (a row of analysis_snapshot).
struct SnapshotInfo
{
    QString period;
    QDate asOf;
    QString scheme;
    QString tierModel;
    qint64 customers = 0;
};

// Keeps the engine's results per period end: analysis_snapshot + customer_snapshot, and every
// customer's stage history in customer_stage_history. A snapshot is written in one transaction and
// replaces an earlier one of the same period (rewriting only the rows that changed). The stage history is
// replaced only by the newest analysis (no stored snapshot with a later as-of date): it knows the longest
// timeline.
class SnapshotStore
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotStore)

public:
    SnapshotStore(const QSqlDatabase& db, const SqlDialect& dialect);

    void write(const AnalysisPeriod& period, const AnalyticsEngine::Result& result);
    // The same under any key: the GUI keeps its latest analysis as kCurrentPeriod, so the customer
    // list can join it in SQL.
    void write(const QString& periodCode, const AnalyticsEngine::Result& result);
    static constexpr const char* kCurrentPeriod = "current";
    // Replaces the stored stage history of the analysed customers (also done by write()).
    void writeStageHistory(const CustomerAnalyses& customers);

    std::optional<SnapshotInfo> info(const QString& periodCode) const;
    std::vector<SnapshotInfo> list() const;                              // oldest period end first
    std::vector<CustomerSnapshot> read(const QString& periodCode) const; // by customer id
    StageHistory stageHistory(qint64 customerId) const;
    void remove(const QString& periodCode);

private:
    // Which customers' stored rows equal their new ones, and the ids whose stored rows go.
    struct StoredRowsComparison
    {
        explicit StoredRowsComparison(std::size_t customers)
            : unchanged(customers)
        {
        }
        // When most rows changed, one DELETE of them all is cheaper than one per customer.
        bool rewriteAll() const { return stale.size() * 2 > storedCustomers; }

        std::vector<char> unchanged; // by position in the analyses
        std::vector<qint64> stale;
        std::size_t storedCustomers = 0;
    };
    StoredRowsComparison compareCustomerRows(const QString& code, const CustomerAnalyses& customers) const;
    StoredRowsComparison compareStageHistory(const QSqlDatabase& db, const CustomerAnalyses& customers) const;
    void writeCustomerRows(const QString& code,
                           const CustomerAnalyses& customers,
                           const StoredRowsComparison& comparison);
    void writeStageHistoryRows(const CustomerAnalyses& customers, const StoredRowsComparison& comparison);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace clientele
