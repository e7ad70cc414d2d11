#pragma once

#include "customers/CustomerCommandContext.h"
#include "storage/CustomerBulkEditor.h"

#include <QList>
#include <QUndoCommand>

#include <cstdint>
#include <memory>

namespace clientele {

// Gives many customers one owner (empty: none) in one write transaction; undo puts each customer's
// own previous owner back. execute() writes at once and throws StorageError on refusal; the first
// redo() (from QUndoStack::push) then does nothing.
class AssignOwnerCommand : public QUndoCommand
{
public:
    static std::unique_ptr<AssignOwnerCommand> execute(const CustomerCommandContext& context,
                                                       const QList<std::int64_t>& customerIds,
                                                       const QString& owner);

    // How many customers got a different owner.
    int changedCount() const { return static_cast<int>(m_changes.size()); }

    void undo() override;
    void redo() override;

private:
    AssignOwnerCommand(const CustomerCommandContext& context, const QString& owner);
    void write(bool assign);

    CustomerCommandContext m_context;
    QString m_owner;
    QList<OwnerChange> m_changes;
    bool m_firstRedo = true;
};

} // namespace clientele
