#pragma once

#include <QString>

namespace clientele {

// What the customer list asks for: a search text and a sort order. Paging is separate.
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
    SortKey sortKey = SortKey::Name;
    bool ascending = true;
};

} // namespace clientele
