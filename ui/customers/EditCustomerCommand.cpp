#include "customers/EditCustomerCommand.h"

#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

namespace clientele {

namespace {

void update(Database* db, const Customer& customer)
{
    WriteTransaction transaction(db->connection(), db->dialect());
    CustomerRepository(db->connection(), db->dialect()).update(customer);
    transaction.commit();
}

} // namespace

std::unique_ptr<EditCustomerCommand> EditCustomerCommand::execute(const CustomerCommandContext& context,
                                                                  const Customer& before,
                                                                  const Customer& after)
{
    update(context.db, after);
    return std::unique_ptr<EditCustomerCommand>(new EditCustomerCommand(context, before, after));
}

EditCustomerCommand::EditCustomerCommand(const CustomerCommandContext& context,
                                         const Customer& before,
                                         const Customer& after)
    : m_context(context)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("clientele::CustomersPage", "edit customer %1").arg(after.code));
}

void EditCustomerCommand::write(const Customer& customer)
{
    try {
        update(m_context.db, customer);
    } catch (const StorageError& e) {
        setObsolete(true);
        m_context.failed(e.message());
    }
    m_context.changed(customer.id);
}

void EditCustomerCommand::undo()
{
    write(m_before);
}

void EditCustomerCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    write(m_after);
}

} // namespace clientele
