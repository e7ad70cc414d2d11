#include "customers/AssignOwnerCommand.h"

#include "storage/DatabaseConnection.h"

#include <QCoreApplication>

namespace clientele {

QString AssignOwnerCommand::describe(const State& state, int customers)
{
    return state.owner.isEmpty()
               ? QCoreApplication::translate("clientele::CustomersPage", "clear the owner of %n customer(s)",
                                             nullptr, customers)
               : QCoreApplication::translate("clientele::CustomersPage", "assign %n customer(s) to %1",
                                             nullptr, customers)
                     .arg(state.owner);
}

std::unique_ptr<AssignOwnerCommand> AssignOwnerCommand::start(const CustomerCommandContext& context,
                                                              const QList<std::int64_t>& customerIds,
                                                              const QString& owner,
                                                              Applied applied)
{
    auto state = std::make_shared<State>();
    state->owner = CustomerBulkEditor::checkedOwner(owner);
    std::unique_ptr<AssignOwnerCommand> command(new AssignOwnerCommand(context, state));
    AssignOwnerCommand* self = command.get();
    // Until the write says how many customers it changed: the number selected.
    command->setText(describe(*state, static_cast<int>(customerIds.size())));
    command->QueuedCustomerCommand::start(
        [state, customerIds](DatabaseConnection& connection) {
            state->changes = CustomerBulkEditor(connection.handle(), connection.dialect())
                                 .assignOwner(customerIds, state->owner);
        },
        [self, state, applied](const QString& error) {
            const int n = error.isEmpty() ? static_cast<int>(state->changes.size()) : -1;
            if (n >= 0)
                self->setText(describe(*state, n));
            if (applied)
                applied(n, error);
        });
    return command;
}

AssignOwnerCommand::AssignOwnerCommand(const CustomerCommandContext& context, std::shared_ptr<State> state)
    : QueuedCustomerCommand(context)
    , m_state(std::move(state))
{
}

QueuedCustomerCommand::Write AssignOwnerCommand::writer(bool forward) const
{
    return [state = m_state, forward](DatabaseConnection& connection) {
        CustomerBulkEditor editor(connection.handle(), connection.dialect());
        if (forward) {
            QList<std::int64_t> ids;
            ids.reserve(state->changes.size());
            for (const OwnerChange& change : state->changes)
                ids << change.customerId;
            editor.assignOwner(ids, state->owner);
        } else {
            editor.restoreOwners(state->changes);
        }
    };
}

} // namespace clientele
