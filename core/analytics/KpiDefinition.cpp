#include "analytics/KpiDefinition.h"

namespace clientele {

QString KpiDefinition::unitCode(KpiUnit unit)
{
    switch (unit) {
    case KpiUnit::Count:
        return QStringLiteral("count");
    case KpiUnit::Percent:
        return QStringLiteral("percent");
    case KpiUnit::Points:
        return QStringLiteral("points");
    case KpiUnit::Money:
        return QStringLiteral("money_minor");
    }
    return {};
}

QString KpiDefinition::unitName(KpiUnit unit)
{
    switch (unit) {
    case KpiUnit::Count:
        return tr("customers");
    case KpiUnit::Percent:
        return tr("percent");
    case KpiUnit::Points:
        return tr("points (−100 to 100)");
    case KpiUnit::Money:
        return tr("amount in minor units (fen, cents)");
    }
    return {};
}

} // namespace clientele
