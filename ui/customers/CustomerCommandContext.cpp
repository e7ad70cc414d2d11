#include "customers/CustomerCommandContext.h"

#include "storage/CustomerRecordStore.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

namespace clientele {

bool CustomerCommandContext::take(CustomerRecord& record) const
{
    try {
        WriteTransaction transaction(db->connection(), db->dialect());
        if (std::optional<CustomerRecord> taken =
                CustomerRecordStore(db->connection(), db->dialect()).take(record.customer.id))
            record = *taken;
        transaction.commit();
        return true;
    } catch (const StorageError& e) {
        failed(e.message());
        return false;
    }
}

bool CustomerCommandContext::restore(const CustomerRecord& record) const
{
    try {
        WriteTransaction transaction(db->connection(), db->dialect());
        CustomerRecordStore(db->connection(), db->dialect()).restore(record);
        transaction.commit();
        return true;
    } catch (const StorageError& e) {
        failed(e.message());
        return false;
    }
}

} // namespace clientele
