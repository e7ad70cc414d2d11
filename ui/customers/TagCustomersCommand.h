#pragma once

#include "customers/CustomerCommandContext.h"
#include "model/Tag.h"

#include <QList>
#include <QUndoCommand>

#include <cstdint>
#include <memory>

namespace clientele {

// Adds a tag to, or removes it from, many customers at once, in one write transaction. Remembers
// exactly which customers changed, so undo touches those only (a customer that already carried the
// tag keeps it). execute() writes at once and throws StorageError on refusal; the first redo() (from
// QUndoStack::push) then does nothing.
class TagCustomersCommand : public QUndoCommand
{
public:
    enum class Change
    {
        Add,
        Remove
    };

    // `kind` is the kind a new tag gets (Add), or the kind to re-create it with (undo of Remove).
    static std::unique_ptr<TagCustomersCommand> execute(const CustomerCommandContext& context,
                                                        Change change,
                                                        const QList<std::int64_t>& customerIds,
                                                        const QString& tagName,
                                                        TagKind kind);

    // How many customers the command changed.
    int changedCount() const { return static_cast<int>(m_changed.size()); }

    void undo() override;
    void redo() override;

private:
    TagCustomersCommand(const CustomerCommandContext& context,
                        Change change,
                        const QString& tagName,
                        TagKind kind);
    // Adds (true) or removes (false) the tag on the customers the command changed.
    void write(bool add);

    CustomerCommandContext m_context;
    Change m_change;
    QString m_tagName;
    TagKind m_kind;
    QList<std::int64_t> m_changed;
    bool m_tagCreated = false;
    bool m_firstRedo = true;
};

} // namespace clientele
