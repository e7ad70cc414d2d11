#pragma once

#include <QCoreApplication>
#include <QString>

namespace clientele {

// What a KPI's value measures; fixes how it is shown and how its change is read.
enum class KpiUnit
{
    Count,   // customers
    Percent, // 0–100; its change is in percentage points
    Points,  // NPS: −100 … 100
    Money,   // minor units (fen, cents), rounded to a whole minor unit
};

// One KPI's single written definition, shown to the user wherever its number is shown. Every text
// is translated; KpiCatalog builds the definitions.
struct KpiDefinition
{
    Q_DECLARE_TR_FUNCTIONS(KpiDefinition)

public:
    QString code;       // stable key: JSON, CLI, docs ("repurchase_rate")
    QString name;       // "Repurchase rate"
    QString formula;    // numerator ÷ denominator, in words
    QString population; // whom it counts
    QString period;     // which dates count
    KpiUnit unit = KpiUnit::Percent;
    bool higherIsBetter = true;

    static QString unitCode(KpiUnit unit); // "count", "percent", "points", "money_minor"
    static QString unitName(KpiUnit unit); // translated
};

} // namespace clientele
