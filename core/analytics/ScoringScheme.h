#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace clientele {

// How RFM scores are given: by quintiles over the customer base, or by fixed boundaries. Schemes are
// data (scoring_scheme.definition holds toJson()), so users can add their own thresholds.
//
// Threshold bands, four ascending boundaries per dimension (the boundary itself counts as the better
// band):
//   R: 5 if recency ≤ b[0] days, 4 if ≤ b[1], 3 if ≤ b[2], 2 if ≤ b[3], else 1
//   F: 5 if orders per year ≥ b[3], 4 if ≥ b[2], 3 if ≥ b[1], 2 if ≥ b[0], else 1
//   M: the same as F on the amount per year, in minor units
class ScoringScheme
{
    Q_DECLARE_TR_FUNCTIONS(ScoringScheme)

public:
    enum class Method
    {
        Quintile,
        Thresholds
    };

    QString code;
    QString name; // as stored; built-in names are English and translated by displayName()
    Method method = Method::Quintile;
    std::array<int, 4> recencyDays{};
    std::array<double, 4> ordersPerYear{};
    std::array<qint64, 4> amountPerYearMinor{};

    // Threshold scores (Method::Thresholds).
    int recencyScore(int days) const;
    int frequencyScore(double perYear) const;
    int monetaryScore(qint64 amountMinor) const;

    QString displayName() const;
    // What is wrong with the scheme, in words; empty when it can be used.
    QStringList problems() const;

    QJsonObject toJson() const;
    // Throws AnalyticsRuleError naming the scheme and the field at fault.
    static ScoringScheme fromJson(const QJsonObject& json);

    // "quintile" (the default), "tob" (reproduces seed 001's worked example), "toc".
    static std::vector<ScoringScheme> builtIns();
    static std::optional<ScoringScheme> builtIn(const QString& code);
    static QString defaultCode() { return QStringLiteral("quintile"); }
};

} // namespace clientele
