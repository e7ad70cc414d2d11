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
    SortKey sortKey = SortKey::Name;
    bool ascending = true;

    bool hasFilter() const { return owner.has_value() || !tag.isEmpty() || kind.has_value(); }
};

} // namespace clientele
