#pragma once

#include "customers/CustomerCommandContext.h"
#include "storage/CustomerRecord.h"

#include <QUndoCommand>

#include <memory>

namespace clientele {

// Deletes a customer with their order lines, interactions, survey responses and tags; undo puts all of
// it back with the same ids. execute() deletes at once and throws StorageError on failure.
class DeleteCustomerCommand : public QUndoCommand
{
public:
    static std::unique_ptr<DeleteCustomerCommand> execute(const CustomerCommandContext& context,
                                                          std::int64_t customerId);

    void undo() override;
    void redo() override;

private:
    DeleteCustomerCommand(const CustomerCommandContext& context, const CustomerRecord& record);

    CustomerCommandContext m_context;
    CustomerRecord m_record;
    bool m_firstRedo = true;
};

} // namespace clientele
