#include "TierNames.h"

namespace clientele {

namespace {

// Codes and their English names; the names are translated in the TierNames context.
struct Name
{
    const char* code;
    const char* name;
};

const Name kNames[] = {
    // Seed 001's four tiers.
    {"high_value", QT_TRANSLATE_NOOP("TierNames", "High-value")},
    {"potential", QT_TRANSLATE_NOOP("TierNames", "Potential")},
    {"low_value", QT_TRANSLATE_NOOP("TierNames", "Low-value")},
    {"churn_risk", QT_TRANSLATE_NOOP("TierNames", "Churn-risk")},
    // The eleven-segment RFM map.
    {"champions", QT_TRANSLATE_NOOP("TierNames", "Champions")},
    {"loyal", QT_TRANSLATE_NOOP("TierNames", "Loyal")},
    {"potential_loyalist", QT_TRANSLATE_NOOP("TierNames", "Potential Loyalist")},
    {"new_customers", QT_TRANSLATE_NOOP("TierNames", "New Customers")},
    {"promising", QT_TRANSLATE_NOOP("TierNames", "Promising")},
    {"need_attention", QT_TRANSLATE_NOOP("TierNames", "Need Attention")},
    {"about_to_sleep", QT_TRANSLATE_NOOP("TierNames", "About to Sleep")},
    {"at_risk", QT_TRANSLATE_NOOP("TierNames", "At Risk")},
    {"cant_lose", QT_TRANSLATE_NOOP("TierNames", "Can't Lose Them")},
    {"hibernating", QT_TRANSLATE_NOOP("TierNames", "Hibernating")},
    {"lost", QT_TRANSLATE_NOOP("TierNames", "Lost")},
    // Seed 000's ToB tiers ("potential" is shared with the four tiers above).
    {"strategic", QT_TRANSLATE_NOOP("TierNames", "Strategic")},
    {"core", QT_TRANSLATE_NOOP("TierNames", "Core")},
    {"risk", QT_TRANSLATE_NOOP("TierNames", "Risk")},
    // Lifecycle stages (LifecycleStage).
    {"prospect", QT_TRANSLATE_NOOP("TierNames", "Prospect")},
    {"new", QT_TRANSLATE_NOOP("TierNames", "New")},
    {"active", QT_TRANSLATE_NOOP("TierNames", "Active")},
    {"mature", QT_TRANSLATE_NOOP("TierNames", "Mature")},
    {"dormant", QT_TRANSLATE_NOOP("TierNames", "Dormant")},
    {"churned", QT_TRANSLATE_NOOP("TierNames", "Churned")},
    {"won_back", QT_TRANSLATE_NOOP("TierNames", "Won back")},
    // Churn risk levels (ChurnRiskLevel).
    {"low", QT_TRANSLATE_NOOP("TierNames", "Low risk")},
    {"medium", QT_TRANSLATE_NOOP("TierNames", "Medium risk")},
    {"high", QT_TRANSLATE_NOOP("TierNames", "High risk")},
};

} // namespace

QString TierNames::displayName(const QString& code)
{
    for (const Name& n : kNames)
        if (code == QLatin1String(n.code))
            return tr(n.name);
    return code;
}

QStringList TierNames::knownCodes()
{
    QStringList codes;
    for (const Name& n : kNames)
        codes << QString::fromLatin1(n.code);
    return codes;
}

} // namespace clientele
