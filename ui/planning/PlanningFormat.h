#pragma once

#include "planning/ExecutionItem.h"
#include "planning/SmartGoal.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace clientele {

// How the planning forms write KPI values, populations and segments, one way on every page.
class PlanningFormat
{
    Q_DECLARE_TR_FUNCTIONS(PlanningFormat)

public:
    static QString kpiName(const QString& code);
    // A KPI value in its unit ("12.3%", "¥1,234.00", "45.0"); "–" for none.
    static QString kpiValue(const QString& kpi, const std::optional<double>& value);
    static QString population(const SmartGoal& goal);
    static QString segment(SegmentKind kind, const QString& segment);
    // The segment codes of a tier model, in the model's order.
    static QStringList tierCodes(const QString& tierModel);
    static QStringList stageCodes();
    // Tier model codes with their names, for pickers.
    static QStringList tierModelCodes();
    static QString tierModelName(const QString& code);
};

} // namespace clientele
