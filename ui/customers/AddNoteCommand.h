#pragma once

#include "customers/AddActivityCommand.h"
#include "model/CustomerNote.h"

#include <memory>

namespace clientele {

// Adds a note to a customer from the profile; undoable (see AddActivityCommand).
class AddNoteCommand : public AddActivityCommand
{
public:
    // Writes the row (its id is filled in); customerLabel names the customer in the Edit menu's undo
    // text ("C00042 Bluebird Foods"). Throws StorageError on refusal.
    static std::unique_ptr<AddNoteCommand>
    execute(const CustomerCommandContext& context, CustomerNote& item, const QString& customerLabel);

    const CustomerNote& item() const { return m_item; }

private:
    AddNoteCommand(const CustomerCommandContext& context,
                   const CustomerNote& item,
                   const QString& customerLabel);

    void removeRow(const QSqlDatabase& db, const SqlDialect& dialect) override;
    void restoreRow(const QSqlDatabase& db, const SqlDialect& dialect) override;

    CustomerNote m_item;
};

} // namespace clientele
