#include "customers/AssignOwnerCommand.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

namespace clientele {

std::unique_ptr<AssignOwnerCommand> AssignOwnerCommand::execute(const CustomerCommandContext& context,
                                                                const QList<std::int64_t>& customerIds,
                                                                const QString& owner)
{
    Database* db = context.db;
    std::unique_ptr<AssignOwnerCommand> command(new AssignOwnerCommand(context, owner.trimmed()));
    WriteTransaction transaction(db->connection(), db->dialect());
    command->m_changes =
        CustomerBulkEditor(db->connection(), db->dialect()).assignOwner(customerIds, command->m_owner);
    transaction.commit();
    const int n = command->changedCount();
    command->setText(command->m_owner.isEmpty()
                         ? QCoreApplication::translate("clientele::CustomersPage",
                                                       "clear the owner of %n customer(s)", nullptr, n)
                         : QCoreApplication::translate("clientele::CustomersPage",
                                                       "assign %n customer(s) to %1", nullptr, n)
                               .arg(command->m_owner));
    return command;
}

AssignOwnerCommand::AssignOwnerCommand(const CustomerCommandContext& context, const QString& owner)
    : m_context(context)
    , m_owner(owner)
{
}

void AssignOwnerCommand::write(bool assign)
{
    Database* db = m_context.db;
    try {
        WriteTransaction transaction(db->connection(), db->dialect());
        CustomerBulkEditor editor(db->connection(), db->dialect());
        if (assign) {
            QList<std::int64_t> ids;
            ids.reserve(m_changes.size());
            for (const OwnerChange& change : m_changes)
                ids << change.customerId;
            editor.assignOwner(ids, m_owner);
        } else {
            editor.restoreOwners(m_changes);
        }
        transaction.commit();
    } catch (const StorageError& e) {
        setObsolete(true);
        m_context.failed(e.message());
    }
    m_context.changed(0);
}

void AssignOwnerCommand::undo()
{
    write(false);
}

void AssignOwnerCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    write(true);
}

} // namespace clientele
