#include "customers/AddInteractionCommand.h"

#include "storage/ActivityRepository.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

namespace clientele {

std::unique_ptr<AddInteractionCommand> AddInteractionCommand::execute(const CustomerCommandContext& context,
                                                                      Interaction& item,
                                                                      const QString& customerLabel)
{
    WriteTransaction transaction(context.db->connection(), context.db->dialect());
    ActivityRepository(context.db->connection(), context.db->dialect()).insertInteraction(item);
    transaction.commit();
    return std::unique_ptr<AddInteractionCommand>(new AddInteractionCommand(context, item, customerLabel));
}

AddInteractionCommand::AddInteractionCommand(const CustomerCommandContext& context,
                                             const Interaction& item,
                                             const QString& customerLabel)
    : m_context(context)
    , m_item(item)
{
    setText(QCoreApplication::translate("clientele::CustomerDetailPane", "add interaction with %1")
                .arg(customerLabel));
}

void AddInteractionCommand::undo()
{
    try {
        WriteTransaction transaction(m_context.db->connection(), m_context.db->dialect());
        // Gone already (its customer was deleted meanwhile): nothing left to undo.
        ActivityRepository(m_context.db->connection(), m_context.db->dialect()).removeInteraction(m_item.id);
        transaction.commit();
    } catch (const StorageError& e) {
        m_context.failed(e.message());
        setObsolete(true);
    }
    m_context.changed(m_item.customerId);
}

void AddInteractionCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    try {
        WriteTransaction transaction(m_context.db->connection(), m_context.db->dialect());
        ActivityRepository(m_context.db->connection(), m_context.db->dialect()).restoreInteraction(m_item);
        transaction.commit();
    } catch (const StorageError& e) {
        m_context.failed(e.message());
        setObsolete(true);
    }
    m_context.changed(m_item.customerId);
}

} // namespace clientele
