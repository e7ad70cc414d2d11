#pragma once

#include "storage/CustomerRecord.h"
#include "storage/SqlDialect.h"

#include <QSqlDatabase>

#include <cstdint>
#include <optional>

namespace clientele {

// Takes a whole customer out of the database and puts it back with the same ids, so a delete can be
// undone. The caller holds the WriteTransaction: a failed restore must leave nothing half-written.
class CustomerRecordStore
{
public:
    CustomerRecordStore(const QSqlDatabase& db, const SqlDialect& dialect);

    std::optional<CustomerRecord> capture(std::int64_t customerId) const;
    // Captures, then deletes (activity goes with it through ON DELETE CASCADE). nullopt if not found.
    std::optional<CustomerRecord> take(std::int64_t customerId);
    // Inserts the customer, their order lines, interactions, survey responses, notes and tag links with their
    // original ids; tags that no longer exist are created again. Throws StorageError (e.g. the code was
    // taken in the meantime).
    void restore(const CustomerRecord& record);

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace clientele
