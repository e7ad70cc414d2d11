#pragma once

#include "BgNbdModel.h"
#include "ChurnRiskAssessor.h"
#include "ClvCalculator.h"
#include "CustomerAnalysis.h"
#include "GammaGammaModel.h"
#include "LifecycleClassifier.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace clientele {

class Database;

// The whole analysis of a customer base as of one date: per-customer figures → RFM scores
// (RfmScorer) → tier (TierModel::assign) → lifecycle stage → BG/NBD and Gamma-Gamma fits → CLV →
// churn risk. Only data up to the analysis date counts. Reads through CustomerActivityReader and the
// scheme/model through AnalyticsRuleStore; writes nothing (SnapshotStore keeps results).
class AnalyticsEngine
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsEngine)

public:
    struct Options
    {
        std::optional<QDate> asOf; // default: the last order (or summary row) in the database
        QString schemeCode;        // default "quintile"
        QString tierModelCode;     // empty: each customer's kind's default (seed4 for toc, tob4 for tob)
        bool explain = true;       // the RFM, tier and stage traces
        bool riskReasons = true;   // the churn-risk reasons in words (a snapshot or a KPI keeps none)
        int horizonMonths = 12;    // CLV horizon
        double monthlyDiscountRate = 0.01;
        LifecycleSettings lifecycle;
        ChurnRiskSettings churnRisk;
        FitOptions fit;
    };

    enum class Step
    {
        Reading,
        Figures,
        Scoring,
        Tiers,
        Stages,
        Fitting,
        Lifetime,
        Risk,
        Done
    };
    // Called between steps (and, while reading, every few thousand customers): done/total is the
    // share of the whole run. Return value ignored; cancel through the flag.
    using ProgressCallback = std::function<void(Step step, int done, int total)>;

    struct Result
    {
        QDate asOf;
        QString schemeCode;
        QString tierModelCode;      // "seed4+tob4" when each kind got its default model
        CustomerAnalyses customers; // in customer code order
        BgNbdModel::Fit purchaseFit;
        GammaGammaModel::Fit spendFit;
        bool cancelled = false;
        // "Data too thin" and fit failures in words, from the fits' diagnostics plus the engine's own
        // checks (few repeat buyers, short history). Never hides the results.
        QStringList warnings;
        qint64 totalNetAmountMinor = 0;
    };

    AnalyticsEngine(const QSqlDatabase& db, const SqlDialect& dialect);

    // Runs on the calling thread with the given connection. Throws StorageError for database
    // failures, AnalyticsRuleError for an unknown or unusable scheme or tier model (naming it).
    Result run(const Options& options,
               const ProgressCallback& progress = {},
               const std::atomic<bool>* cancel = nullptr) const;

    // For worker threads: opens the thread's own connection to the database, runs, closes it.
    static Result runOnOwnConnection(const Database& database,
                                     const Options& options,
                                     const ProgressCallback& progress = {},
                                     const std::atomic<bool>* cancel = nullptr);

    // The default analysis date: the last order date, else the newest summary row's date, else today.
    QDate defaultAsOf() const;

    static QString stepName(Step step); // translated, for progress text

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace clientele
