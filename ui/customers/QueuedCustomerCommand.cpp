#include "customers/QueuedCustomerCommand.h"

#include "customers/CustomerEditQueue.h"
#include "storage/DatabaseConnection.h"
#include "storage/WriteTransaction.h"

namespace clientele {

QueuedCustomerCommand::QueuedCustomerCommand(const CustomerCommandContext& context)
    : m_context(context)
{
}

void QueuedCustomerCommand::start(Write first, Started started)
{
    post(std::move(first), std::move(started));
}

void QueuedCustomerCommand::undo()
{
    post(writer(false), {});
}

void QueuedCustomerCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    post(writer(true), {});
}

void QueuedCustomerCommand::post(Write write, Started after)
{
    const std::weak_ptr<bool> alive = m_alive;
    const CustomerCommandContext context = m_context;
    m_context.edits->post(
        m_context.db,
        [write = std::move(write)](DatabaseConnection& connection) {
            WriteTransaction transaction(connection.handle(), connection.dialect());
            write(connection);
            transaction.commit();
        },
        [this, alive, context, after = std::move(after)](const QString& error) {
            const bool exists = !alive.expired();
            // The stack drops an obsolete command at its next undo or redo.
            if (exists && !error.isEmpty())
                setObsolete(true);
            if (after && exists)
                after(error);
            else if (!error.isEmpty())
                context.failed(error);
            context.changed(0);
        });
}

} // namespace clientele
