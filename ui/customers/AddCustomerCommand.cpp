#include "customers/AddCustomerCommand.h"

#include "storage/CustomerRecordStore.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

namespace clientele {

std::unique_ptr<AddCustomerCommand> AddCustomerCommand::execute(const CustomerCommandContext& context,
                                                                Customer& customer)
{
    WriteTransaction transaction(context.db->connection(), context.db->dialect());
    CustomerRepository(context.db->connection(), context.db->dialect()).insert(customer);
    transaction.commit();
    return std::unique_ptr<AddCustomerCommand>(new AddCustomerCommand(context, customer));
}

AddCustomerCommand::AddCustomerCommand(const CustomerCommandContext& context, const Customer& customer)
    : m_context(context)
{
    m_record.customer = customer;
    setText(QCoreApplication::translate("clientele::CustomersPage", "add customer %1").arg(customer.code));
}

void AddCustomerCommand::undo()
{
    if (!m_context.take(m_record))
        setObsolete(true);
    m_context.changed(0);
}

void AddCustomerCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    if (!m_context.restore(m_record))
        setObsolete(true);
    m_context.changed(m_record.customer.id);
}

} // namespace clientele
