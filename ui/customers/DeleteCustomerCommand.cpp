#include "customers/DeleteCustomerCommand.h"

#include "storage/CustomerRecordStore.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

namespace clientele {

std::unique_ptr<DeleteCustomerCommand> DeleteCustomerCommand::execute(const CustomerCommandContext& context,
                                                                      std::int64_t customerId)
{
    Database* db = context.db;
    WriteTransaction transaction(db->connection(), db->dialect());
    const std::optional<CustomerRecord> record =
        CustomerRecordStore(db->connection(), db->dialect()).take(customerId);
    if (!record)
        throw StorageError(
            StorageError::Kind::NotFound,
            QCoreApplication::translate("clientele::CustomersPage", "This customer no longer exists."));
    transaction.commit();
    return std::unique_ptr<DeleteCustomerCommand>(new DeleteCustomerCommand(context, *record));
}

DeleteCustomerCommand::DeleteCustomerCommand(const CustomerCommandContext& context,
                                             const CustomerRecord& record)
    : m_context(context)
    , m_record(record)
{
    setText(QCoreApplication::translate("clientele::CustomersPage", "delete customer %1")
                .arg(record.customer.code));
}

void DeleteCustomerCommand::undo()
{
    if (!m_context.restore(m_record))
        setObsolete(true);
    m_context.changed(m_record.customer.id);
}

void DeleteCustomerCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    // Take it again: whatever was added to the customer since the undo goes back with it next time.
    if (!m_context.take(m_record))
        setObsolete(true);
    m_context.changed(0);
}

} // namespace clientele
