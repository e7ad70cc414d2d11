#include "customers/TagCustomersCommand.h"

#include "storage/CustomerBulkEditor.h"
#include "storage/DatabaseConnection.h"

#include <QCoreApplication>

namespace clientele {

QString TagCustomersCommand::describe(const State& state, int customers)
{
    return state.change == Change::Add
               ? QCoreApplication::translate("clientele::CustomersPage", "add tag %1 to %n customer(s)",
                                             nullptr, customers)
                     .arg(state.tagName)
               : QCoreApplication::translate("clientele::CustomersPage", "remove tag %1 from %n customer(s)",
                                             nullptr, customers)
                     .arg(state.tagName);
}

std::unique_ptr<TagCustomersCommand> TagCustomersCommand::start(const CustomerCommandContext& context,
                                                                Change change,
                                                                const QList<std::int64_t>& customerIds,
                                                                const QString& tagName,
                                                                TagKind kind,
                                                                Applied applied)
{
    auto state = std::make_shared<State>();
    state->change = change;
    state->tagName = CustomerBulkEditor::checkedTagName(tagName);
    state->kind = kind;
    std::unique_ptr<TagCustomersCommand> command(new TagCustomersCommand(context, state));
    TagCustomersCommand* self = command.get();
    // Until the write says how many customers it changed: the number selected.
    command->setText(describe(*state, static_cast<int>(customerIds.size())));
    command->QueuedCustomerCommand::start(
        [state, customerIds](DatabaseConnection& connection) {
            CustomerBulkEditor editor(connection.handle(), connection.dialect());
            if (state->change == Change::Add) {
                const TagAssignment assignment = editor.addTag(customerIds, state->tagName, state->kind);
                state->changed = assignment.taggedCustomers;
                state->tagCreated = assignment.tagCreated;
            } else {
                // Undo re-creates the tag with its own kind.
                for (const Tag& tag : editor.tags())
                    if (tag.name == state->tagName)
                        state->kind = tag.kind;
                state->changed = editor.removeTag(customerIds, state->tagName);
            }
        },
        [self, state, applied](const QString& error) {
            const int n = error.isEmpty() ? static_cast<int>(state->changed.size()) : -1;
            if (n >= 0)
                self->setText(describe(*state, n));
            if (applied)
                applied(n, error);
        });
    return command;
}

TagCustomersCommand::TagCustomersCommand(const CustomerCommandContext& context, std::shared_ptr<State> state)
    : QueuedCustomerCommand(context)
    , m_state(std::move(state))
{
}

QueuedCustomerCommand::Write TagCustomersCommand::writer(bool forward) const
{
    return [state = m_state, forward](DatabaseConnection& connection) {
        CustomerBulkEditor editor(connection.handle(), connection.dialect());
        if ((state->change == Change::Add) == forward) {
            editor.addTag(state->changed, state->tagName, state->kind);
        } else {
            editor.removeTag(state->changed, state->tagName);
            // Undoing the add that created the tag takes the tag away too, unless someone uses it now.
            if (state->change == Change::Add && state->tagCreated)
                editor.deleteTagIfUnused(state->tagName);
        }
    };
}

} // namespace clientele
