#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace clientele {

enum class ChurnRiskLevel
{
    Low,
    Medium,
    High
};

QString churnRiskLevelCode(ChurnRiskLevel level); // "low", "medium", "high"
std::optional<ChurnRiskLevel> churnRiskLevelFromCode(const QString& code);

// A customer's churn risk with the signals that raised it, one translated sentence each.
struct ChurnRisk
{
    ChurnRiskLevel level = ChurnRiskLevel::Low;
    QStringList reasons;
};

} // namespace clientele
