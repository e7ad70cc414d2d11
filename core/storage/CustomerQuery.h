#pragma once

#include "model/Customer.h"

#include <QString>

#include <optional>

namespace clientele {

// What the customer list asks for: a search text, filters and a sort order. Paging is separate.
struct CustomerQuery
{
    enum class SortKey
    {
        Code,
        Name,
        Kind,
        Industry,
        Region,
        City,
        Owner,
        CreatedOn
    };

    QString search; // matched against code, name, city and tag names
    // Exact owner; an empty string asks for the customers without one. No value: any owner.
    std::optional<QString> owner;
    QString tag; // exact tag name; empty: any
    std::optional<CustomerKind> kind;
    // From the latest analysis (customer_snapshot of SnapshotStore::kCurrentPeriod), as the Segments
    // page's charts ask for them; empty or 0: any. Customers not in that snapshot never match.
    QString tier;      // tier code
    QString stage;     // lifecycle stage code
    QString riskLevel; // "low", "medium", "high"
    int r = 0;         // RFM recency score 1–5
    int f = 0;         // RFM frequency score 1–5
    SortKey sortKey = SortKey::Name;
    bool ascending = true;

    bool hasSegmentFilter() const
    {
        return !tier.isEmpty() || !stage.isEmpty() || !riskLevel.isEmpty() || r > 0 || f > 0;
    }
    bool hasFilter() const
    {
        return owner.has_value() || !tag.isEmpty() || kind.has_value() || hasSegmentFilter();
    }
};

} // namespace clientele
