#pragma once

#include "customers/CustomerCommandContext.h"
#include "model/CustomerNote.h"

#include <QUndoCommand>

#include <memory>

namespace clientele {

// Adds a note to a customer from the profile. execute() writes at once and throws StorageError on
// refusal, so nothing failed reaches the undo stack; undo deletes the row, redo puts it back with the
// same id. context.changed gets the customer's id after each step.
class AddNoteCommand : public QUndoCommand
{
public:
    // customerLabel names the customer in the Edit menu's undo text ("C00042 Bluebird Foods").
    static std::unique_ptr<AddNoteCommand>
    execute(const CustomerCommandContext& context, CustomerNote& item, const QString& customerLabel);

    void undo() override;
    void redo() override;

    const CustomerNote& item() const { return m_item; }

private:
    AddNoteCommand(const CustomerCommandContext& context,
                   const CustomerNote& item,
                   const QString& customerLabel);

    CustomerCommandContext m_context;
    CustomerNote m_item;
    bool m_firstRedo = true;
};

} // namespace clientele
