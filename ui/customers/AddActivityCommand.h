#pragma once

#include "customers/CustomerCommandContext.h"

#include <QUndoCommand>

#include <cstdint>
#include <functional>

class QSqlDatabase;

namespace clientele {

class SqlDialect;

// What the profile's add commands (interaction, survey response, note) share: the row is written at
// once by the subclass's execute(), which throws StorageError on refusal so nothing failed reaches the
// undo stack; undo deletes the row, redo puts it back with the same id, each in a write transaction.
// context.changed gets the customer's id after each step; a failed step is reported and the command
// made obsolete.
class AddActivityCommand : public QUndoCommand
{
public:
    void undo() override;
    void redo() override;

protected:
    using Write = std::function<void(const QSqlDatabase& db, const SqlDialect& dialect)>;

    AddActivityCommand(const CustomerCommandContext& context, std::int64_t customerId, const QString& text);

    // Runs `write` in one write transaction on the context's database; throws StorageError.
    static void inTransaction(const CustomerCommandContext& context, const Write& write);

    virtual void removeRow(const QSqlDatabase& db, const SqlDialect& dialect) = 0;
    virtual void restoreRow(const QSqlDatabase& db, const SqlDialect& dialect) = 0;

private:
    void step(const Write& write);

    CustomerCommandContext m_context;
    std::int64_t m_customerId;
    bool m_firstRedo = true;
};

} // namespace clientele
