#pragma once

#include "customers/CustomerCommandContext.h"
#include "model/Interaction.h"

#include <QUndoCommand>

#include <memory>

namespace clientele {

// Adds an interaction to a customer from the profile. execute() writes at once and throws StorageError on
// refusal, so nothing failed reaches the undo stack; undo deletes the row, redo puts it back with the
// same id. context.changed gets the customer's id after each step.
class AddInteractionCommand : public QUndoCommand
{
public:
    // customerLabel names the customer in the Edit menu's undo text ("C00042 Bluebird Foods").
    static std::unique_ptr<AddInteractionCommand>
    execute(const CustomerCommandContext& context, Interaction& item, const QString& customerLabel);

    void undo() override;
    void redo() override;

    const Interaction& item() const { return m_item; }

private:
    AddInteractionCommand(const CustomerCommandContext& context,
                          const Interaction& item,
                          const QString& customerLabel);

    CustomerCommandContext m_context;
    Interaction m_item;
    bool m_firstRedo = true;
};

} // namespace clientele
