#pragma once

#include "storage/CustomerProfile.h"
#include "storage/SqlDialect.h"

#include <QSqlDatabase>

#include <cstdint>
#include <optional>

namespace clientele {

// Reads one customer's profile for display, with where its data came from (imports, sheets, rows).
// Read-only.
class CustomerProfileReader
{
public:
    static constexpr int kDefaultActivityLimit = 500;

    CustomerProfileReader(const QSqlDatabase& db, const SqlDialect& dialect);

    // nullopt if the customer does not exist. Each activity list holds at most `limit` newest rows.
    std::optional<CustomerProfile> read(std::int64_t customerId, int limit = kDefaultActivityLimit) const;
    ActivityCounts counts(std::int64_t customerId) const;

private:
    void readProvenance(CustomerProfile& profile) const;

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace clientele
