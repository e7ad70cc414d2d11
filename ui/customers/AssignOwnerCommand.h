#pragma once

#include "customers/QueuedCustomerCommand.h"
#include "storage/CustomerBulkEditor.h"

#include <QList>

#include <cstdint>
#include <memory>

namespace clientele {

// Gives many customers one owner (empty: none) in one write transaction on the edit queue; undo puts
// each customer's own previous owner back.
class AssignOwnerCommand : public QueuedCustomerCommand
{
public:
    // After the first write, on the UI thread: how many customers got a different owner (-1 when it
    // failed) and the error.
    using Applied = std::function<void(int changed, const QString& error)>;

    // Checks the owner (throws StorageError for a refused one, so no undo step is left), then starts
    // the assignment and returns at once: push the command on the undo stack.
    static std::unique_ptr<AssignOwnerCommand> start(const CustomerCommandContext& context,
                                                     const QList<std::int64_t>& customerIds,
                                                     const QString& owner,
                                                     Applied applied = {});

private:
    // Written by the first write, read by the later ones; all on the queue's thread, one at a time.
    struct State
    {
        QString owner;
        QList<OwnerChange> changes;
    };

    AssignOwnerCommand(const CustomerCommandContext& context, std::shared_ptr<State> state);
    Write writer(bool forward) const override;
    // The undo text.
    static QString describe(const State& state, int customers);

    std::shared_ptr<State> m_state;
};

} // namespace clientele
