#pragma once

#include <QString>

#include <optional>
#include <unordered_map>

namespace clientele {

// Each customer's tier and predicted lifetime value as of one period end, as the KPIs use them:
// from the period's stored snapshot, else from an analysis run as of the period end.
struct KpiCustomerAnalysis
{
    enum class Source
    {
        None,     // neither was available (or asked for)
        Snapshot, // customer_snapshot of the period
        Engine,   // AnalyticsEngine run as of the period end
    };

    struct Entry
    {
        QString tier;
        std::optional<qint64> clvMinor; // none: not modelled
    };

    Source source = Source::None;
    QString tierModel;
    QString note; // why there is none, or the engine's warnings, in words
    std::unordered_map<qint64, Entry> customers;

    const Entry* find(qint64 customerId) const
    {
        const auto it = customers.find(customerId);
        return it == customers.end() ? nullptr : &it->second;
    }
    static QString sourceCode(Source source) // "none", "snapshot", "engine"
    {
        switch (source) {
        case Source::Snapshot:
            return QStringLiteral("snapshot");
        case Source::Engine:
            return QStringLiteral("engine");
        case Source::None:
            break;
        }
        return QStringLiteral("none");
    }
};

} // namespace clientele
