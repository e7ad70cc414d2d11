#pragma once

#include "model/Customer.h"
#include "storage/SnapshotStore.h"

#include <optional>

namespace clientele {

// One row of the customer list: the customer and, when the latest analysis (the 'current' snapshot)
// covers them, their figures from it.
struct CustomerListRow
{
    Customer customer;
    std::optional<CustomerSnapshot> analysis;
};

} // namespace clientele
