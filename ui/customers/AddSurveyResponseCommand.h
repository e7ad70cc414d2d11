#pragma once

#include "customers/AddActivityCommand.h"
#include "model/SurveyResponse.h"

#include <memory>

namespace clientele {

// Adds a survey response to a customer from the profile; undoable (see AddActivityCommand).
class AddSurveyResponseCommand : public AddActivityCommand
{
public:
    // Writes the row (its id is filled in); customerLabel names the customer in the Edit menu's undo
    // text ("C00042 Bluebird Foods"). Throws StorageError on refusal.
    static std::unique_ptr<AddSurveyResponseCommand>
    execute(const CustomerCommandContext& context, SurveyResponse& item, const QString& customerLabel);

    const SurveyResponse& item() const { return m_item; }

private:
    AddSurveyResponseCommand(const CustomerCommandContext& context,
                             const SurveyResponse& item,
                             const QString& customerLabel);

    void removeRow(const QSqlDatabase& db, const SqlDialect& dialect) override;
    void restoreRow(const QSqlDatabase& db, const SqlDialect& dialect) override;

    SurveyResponse m_item;
};

} // namespace clientele
