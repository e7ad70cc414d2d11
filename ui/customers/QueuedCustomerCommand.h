#pragma once

#include "customers/CustomerCommandContext.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace clientele {

class DatabaseConnection;

// An undo command whose writes run on the Customers page's edit queue (CustomerEditQueue), each in
// one write transaction on the queue's own connection: the first write when the command starts, then
// every undo and redo, in order. The list is read again after each write; a failed undo or redo marks
// the command obsolete and is reported through the context.
class QueuedCustomerCommand : public QUndoCommand
{
public:
    using Write = std::function<void(DatabaseConnection& connection)>;
    // On the UI thread after the first write: the error (empty when it succeeded).
    using Started = std::function<void(const QString& error)>;

    void undo() override;
    void redo() override;

protected:
    explicit QueuedCustomerCommand(const CustomerCommandContext& context);

    // Posts the first write; `started` runs after it, only while the command still exists. The first
    // redo() (from QUndoStack::push) then does nothing.
    void start(Write first, Started started);
    // The write that redoes (forward) or undoes the command. It runs on the queue's thread, maybe
    // after the command is gone: it must hold its data by value or shared pointer, never `this`.
    virtual Write writer(bool forward) const = 0;

private:
    void post(Write write, Started after);

    CustomerCommandContext m_context;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true); // expires with the command
    bool m_firstRedo = true;
};

} // namespace clientele
