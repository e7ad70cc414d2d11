#pragma once

#include "customers/AddActivityCommand.h"
#include "model/Interaction.h"

#include <memory>

namespace clientele {

// Adds an interaction to a customer from the profile; undoable (see AddActivityCommand).
class AddInteractionCommand : public AddActivityCommand
{
public:
    // Writes the row (its id is filled in); customerLabel names the customer in the Edit menu's undo
    // text ("C00042 Bluebird Foods"). Throws StorageError on refusal.
    static std::unique_ptr<AddInteractionCommand>
    execute(const CustomerCommandContext& context, Interaction& item, const QString& customerLabel);

    const Interaction& item() const { return m_item; }

private:
    AddInteractionCommand(const CustomerCommandContext& context,
                          const Interaction& item,
                          const QString& customerLabel);

    void removeRow(const QSqlDatabase& db, const SqlDialect& dialect) override;
    void restoreRow(const QSqlDatabase& db, const SqlDialect& dialect) override;

    Interaction m_item;
};

} // namespace clientele
