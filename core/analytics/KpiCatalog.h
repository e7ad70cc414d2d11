#pragma once

#include "analytics/KpiDefinition.h"
#include "analytics/KpiSettings.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace clientele {

// The one list of KPI definitions (docs/kpi-definitions.md is kept identical to it). Built on each
// call, so the texts follow the current language.
class KpiCatalog
{
    Q_DECLARE_TR_FUNCTIONS(KpiCatalog)

public:
    // Stable codes, in catalog order.
    static constexpr const char* ActiveCustomers = "active_customers";
    static constexpr const char* NewCustomers = "new_customers";
    static constexpr const char* RepurchaseRate = "repurchase_rate";
    static constexpr const char* ChurnRate = "churn_rate";
    static constexpr const char* RetentionRate = "retention_rate";
    static constexpr const char* Nps = "nps";
    static constexpr const char* HistoricalLtv = "historical_ltv";
    static constexpr const char* PredictedLtv = "predicted_ltv";
    static constexpr const char* AverageOrderValue = "average_order_value";
    static constexpr const char* InteractionRate = "interaction_rate";
    static constexpr const char* TagCompleteness = "tag_completeness";
    static constexpr const char* Cac = "cac";
    static constexpr const char* ActivationRate = "activation_rate";
    static constexpr const char* DormantWakeUpRate = "dormant_wakeup_rate";
    static constexpr const char* WinBackRate = "winback_rate";

    static std::vector<KpiDefinition> definitions(const KpiSettings& settings = {});
    static std::optional<KpiDefinition> find(const QString& code, const KpiSettings& settings = {});

    // The common terms the definitions use (purchase, period, base), as one paragraph each.
    static QStringList terms();

    // The whole catalog as a Markdown page: docs/kpi-definitions.md is this text in English
    // (`clientele-cli kpi --definitions` prints it).
    static QString markdown(const KpiSettings& settings = {});
};

} // namespace clientele
