#include "planning/RiskCatalog.h"

namespace clientele {

namespace {

// One built-in risk; the texts are translated in the RiskCatalog context.
struct Entry
{
    const char* code;
    const char* risk;
    const char* signs;
    const char* avoidance;
    const char* owner;
};

// Seed 001 section 4: the first two rows are its table of common risks; the other three are the
// risks its key points of execution (section 4.1) warn against.
const Entry kEntries[] = {
    {"inaccurate_data", QT_TRANSLATE_NOOP("RiskCatalog", "Inaccurate customer data"),
     QT_TRANSLATE_NOOP("RiskCatalog", "The tiers differ widely from the customers' real value."),
     QT_TRANSLATE_NOOP("RiskCatalog",
                       "Cleanse the data regularly (update contact details, remove invalid customers) and "
                       "review key customers' information by hand."),
     QT_TRANSLATE_NOOP("RiskCatalog", "Data team")},
    {"uniform_strategy", QT_TRANSLATE_NOOP("RiskCatalog", "The same strategy for every tier"),
     QT_TRANSLATE_NOOP("RiskCatalog", "Customers of different tiers are looked after in the same way."),
     QT_TRANSLATE_NOOP("RiskCatalog",
                       "Match a differentiated strategy strictly to each tier and evaluate the strategies "
                       "regularly."),
     QT_TRANSLATE_NOOP("RiskCatalog", "Marketing team")},
    {"misspent_resources", QT_TRANSLATE_NOOP("RiskCatalog", "Resources spent on the wrong customers"),
     QT_TRANSLATE_NOOP("RiskCatalog",
                       "Low-value customers get costly personal service while high-value customers get "
                       "only standard content."),
     QT_TRANSLATE_NOOP("RiskCatalog",
                       "Give high-value customers deeply personal service and reach low-value customers at "
                       "scale with standard tools."),
     QT_TRANSLATE_NOOP("RiskCatalog", "Sales team")},
    {"department_silos", QT_TRANSLATE_NOOP("RiskCatalog", "Departments working in silos"),
     QT_TRANSLATE_NOOP("RiskCatalog",
                       "Sales, service and marketing hold different customer information and act "
                       "inconsistently."),
     QT_TRANSLATE_NOOP("RiskCatalog",
                       "Break down the walls between sales, service and marketing: share customer "
                       "information and keep the strategies consistent (e.g. a weekly customer meeting)."),
     QT_TRANSLATE_NOOP("RiskCatalog", "Team leads")},
    {"static_strategy", QT_TRANSLATE_NOOP("RiskCatalog", "Strategies that ignore the lifecycle"),
     QT_TRANSLATE_NOOP("RiskCatalog",
                       "Customers' needs change from stage to stage (new, growing, mature, declining) but "
                       "their strategy stays the same."),
     QT_TRANSLATE_NOOP("RiskCatalog",
                       "Follow each customer's lifecycle stage and adjust the strategy as the needs change."),
     QT_TRANSLATE_NOOP("RiskCatalog", "Data team")},
};

RiskEntry riskOf(const Entry& e)
{
    RiskEntry r;
    r.code = QString::fromLatin1(e.code);
    r.risk = RiskCatalog::tr(e.risk);
    r.signs = RiskCatalog::tr(e.signs);
    r.avoidance = RiskCatalog::tr(e.avoidance);
    r.owner = RiskCatalog::tr(e.owner);
    return r;
}

} // namespace

std::vector<RiskEntry> RiskCatalog::builtIns()
{
    std::vector<RiskEntry> result;
    for (const Entry& e : kEntries)
        result.push_back(riskOf(e));
    return result;
}

std::optional<RiskEntry> RiskCatalog::find(const QString& code)
{
    for (const Entry& e : kEntries)
        if (code == QLatin1String(e.code))
            return riskOf(e);
    return std::nullopt;
}

} // namespace clientele
