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
        CreatedOn,
        // From the latest analysis (customer_snapshot of SnapshotStore::kCurrentPeriod). Customers
        // without a value (not analysed, never bought) come last in both directions.
        Tier,     // in TierNames' order (best first), unknown codes after the known ones
        Stage,    // in lifecycle order (prospect … won back)
        Rfm,      // the three-digit code
        Recency,  // days since the last purchase
        Orders,   // orders up to the analysis date
        Amount,   // net amount
        PAlive,   // probability of being alive (BG/NBD)
        Clv,      // predicted lifetime value
        RiskLevel // low, medium, high
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

    // Whether the sort key is a column of the latest analysis (the list then joins it to sort).
    bool sortsByAnalysis() const { return sortKey >= SortKey::Tier; }
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
