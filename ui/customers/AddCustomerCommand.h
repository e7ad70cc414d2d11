#pragma once

#include "customers/CustomerCommandContext.h"
#include "storage/CustomerRecord.h"

#include <QUndoCommand>

#include <memory>

namespace clientele {

// Adds a customer. execute() writes at once and throws StorageError on refusal, so nothing failed ever
// reaches the undo stack; the first redo() (from QUndoStack::push) then does nothing.
class AddCustomerCommand : public QUndoCommand
{
public:
    static std::unique_ptr<AddCustomerCommand> execute(const CustomerCommandContext& context,
                                                       Customer& customer);

    void undo() override;
    void redo() override;

private:
    AddCustomerCommand(const CustomerCommandContext& context, const Customer& customer);

    CustomerCommandContext m_context;
    // Undo takes the whole customer out (with anything added to it since), so redo puts all of it back.
    CustomerRecord m_record;
    bool m_firstRedo = true;
};

} // namespace clientele
