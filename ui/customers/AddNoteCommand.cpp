#include "customers/AddNoteCommand.h"

#include "storage/CustomerNoteStore.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

namespace clientele {

std::unique_ptr<AddNoteCommand> AddNoteCommand::execute(const CustomerCommandContext& context,
                                                        CustomerNote& item,
                                                        const QString& customerLabel)
{
    WriteTransaction transaction(context.db->connection(), context.db->dialect());
    CustomerNoteStore(context.db->connection(), context.db->dialect()).add(item);
    transaction.commit();
    return std::unique_ptr<AddNoteCommand>(new AddNoteCommand(context, item, customerLabel));
}

AddNoteCommand::AddNoteCommand(const CustomerCommandContext& context,
                               const CustomerNote& item,
                               const QString& customerLabel)
    : m_context(context)
    , m_item(item)
{
    setText(
        QCoreApplication::translate("clientele::CustomerDetailPane", "add note to %1").arg(customerLabel));
}

void AddNoteCommand::undo()
{
    try {
        WriteTransaction transaction(m_context.db->connection(), m_context.db->dialect());
        // Gone already (its customer was deleted meanwhile): nothing left to undo.
        CustomerNoteStore(m_context.db->connection(), m_context.db->dialect()).remove(m_item.id);
        transaction.commit();
    } catch (const StorageError& e) {
        m_context.failed(e.message());
        setObsolete(true);
    }
    m_context.changed(m_item.customerId);
}

void AddNoteCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    try {
        WriteTransaction transaction(m_context.db->connection(), m_context.db->dialect());
        CustomerNoteStore(m_context.db->connection(), m_context.db->dialect()).restore(m_item);
        transaction.commit();
    } catch (const StorageError& e) {
        m_context.failed(e.message());
        setObsolete(true);
    }
    m_context.changed(m_item.customerId);
}

} // namespace clientele
