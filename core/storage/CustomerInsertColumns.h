#pragma once

#include "model/Customer.h"

#include <QString>

namespace clientele {

class BulkStatement;

// The customer table's own columns as the bulk loads (BulkWriter, ImportStore) insert them: the
// column list for the INSERT and the binding of a Customer to positions 0 … kCount - 1. A load
// appends its own columns (the import's provenance) after these.
class CustomerInsertColumns
{
public:
    static constexpr int kCount = 15;

    // "code, name, kind, …, notes"
    static QString names();
    static void bind(BulkStatement& statement, const Customer& customer);
};

} // namespace clientele
