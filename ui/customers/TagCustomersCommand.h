#pragma once

#include "customers/QueuedCustomerCommand.h"
#include "model/Tag.h"

#include <QList>

#include <cstdint>
#include <memory>

namespace clientele {

// Adds a tag to, or removes it from, many customers at once, in one write transaction on the edit
// queue. Remembers exactly which customers changed, so undo touches those only (a customer that
// already carried the tag keeps it).
class TagCustomersCommand : public QueuedCustomerCommand
{
public:
    enum class Change
    {
        Add,
        Remove
    };
    // After the first write, on the UI thread: how many customers changed (-1 when it failed) and the
    // error.
    using Applied = std::function<void(int changed, const QString& error)>;

    // Checks the name (throws StorageError for a refused one, so no undo step is left), then starts
    // the change and returns at once: push the command on the undo stack. `kind` is the kind a new tag
    // gets (Add); a removed tag is re-created with its own kind on undo.
    static std::unique_ptr<TagCustomersCommand> start(const CustomerCommandContext& context,
                                                      Change change,
                                                      const QList<std::int64_t>& customerIds,
                                                      const QString& tagName,
                                                      TagKind kind,
                                                      Applied applied = {});

private:
    // Written by the first write, read by the later ones; all on the queue's thread, one at a time.
    struct State
    {
        Change change = Change::Add;
        QString tagName;
        TagKind kind = TagKind::Static;
        QList<std::int64_t> changed;
        bool tagCreated = false;
    };

    TagCustomersCommand(const CustomerCommandContext& context, std::shared_ptr<State> state);
    Write writer(bool forward) const override;
    // The undo text.
    static QString describe(const State& state, int customers);

    std::shared_ptr<State> m_state;
};

} // namespace clientele
