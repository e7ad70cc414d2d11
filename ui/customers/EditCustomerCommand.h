#pragma once

#include "customers/CustomerCommandContext.h"
#include "model/Customer.h"

#include <QUndoCommand>

#include <memory>

namespace clientele {

// Changes a customer's attributes; undo writes the previous values back. execute() writes at once and
// throws StorageError on refusal (e.g. a duplicate code).
class EditCustomerCommand : public QUndoCommand
{
public:
    static std::unique_ptr<EditCustomerCommand>
    execute(const CustomerCommandContext& context, const Customer& before, const Customer& after);

    void undo() override;
    void redo() override;

private:
    EditCustomerCommand(const CustomerCommandContext& context, const Customer& before, const Customer& after);
    void write(const Customer& customer);

    CustomerCommandContext m_context;
    Customer m_before;
    Customer m_after;
    bool m_firstRedo = true;
};

} // namespace clientele
