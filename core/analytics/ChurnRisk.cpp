#include "ChurnRisk.h"

namespace clientele {

QString churnRiskLevelCode(ChurnRiskLevel level)
{
    switch (level) {
    case ChurnRiskLevel::Low:
        return QStringLiteral("low");
    case ChurnRiskLevel::Medium:
        return QStringLiteral("medium");
    case ChurnRiskLevel::High:
        return QStringLiteral("high");
    }
    return {};
}

std::optional<ChurnRiskLevel> churnRiskLevelFromCode(const QString& code)
{
    for (ChurnRiskLevel level : {ChurnRiskLevel::Low, ChurnRiskLevel::Medium, ChurnRiskLevel::High})
        if (churnRiskLevelCode(level) == code)
            return level;
    return std::nullopt;
}

} // namespace clientele
