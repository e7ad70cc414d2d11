#pragma once

#include "analytics/AnalysisPeriod.h"
#include "analytics/KpiCustomerAnalysis.h"
#include "analytics/KpiSettings.h"
#include "model/Money.h"
#include "storage/KpiPeriodData.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace clientele {

// One KPI's value for one period and group of customers.
struct KpiMeasure
{
    QString code;
    std::optional<double> value; // none: not available, see reason
    qint64 population = 0;       // size of the KPI's population (its denominator)
    QString reason;              // why there is no value, in words
};

// Computes every catalog KPI from one period's per-customer facts, following the written
// definitions of KpiCatalog. Pure computation; no SQL.
class KpiMeasurer
{
    Q_DECLARE_TR_FUNCTIONS(KpiMeasurer)

public:
    struct Input
    {
        const KpiPeriodData* data = nullptr;
        QString periodCode;
        QDate previousStart;                           // the previous period's first day
        const KpiCustomerAnalysis* analysis = nullptr; // may be null: no tiers, no predicted values
        QString tier;                                  // empty: every customer; else only this tier
        std::optional<MinorUnits> marketingSpend;      // of the period
    };

    // In catalog order, one measure per catalog code.
    static std::vector<KpiMeasure> measure(const Input& input, const KpiSettings& settings = {});
};

} // namespace clientele
