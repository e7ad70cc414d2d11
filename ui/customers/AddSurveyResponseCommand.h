#pragma once

#include "customers/CustomerCommandContext.h"
#include "model/SurveyResponse.h"

#include <QUndoCommand>

#include <memory>

namespace clientele {

// Adds a survey response to a customer from the profile. execute() writes at once and throws StorageError on
// refusal, so nothing failed reaches the undo stack; undo deletes the row, redo puts it back with the
// same id. context.changed gets the customer's id after each step.
class AddSurveyResponseCommand : public QUndoCommand
{
public:
    // customerLabel names the customer in the Edit menu's undo text ("C00042 Bluebird Foods").
    static std::unique_ptr<AddSurveyResponseCommand>
    execute(const CustomerCommandContext& context, SurveyResponse& item, const QString& customerLabel);

    void undo() override;
    void redo() override;

    const SurveyResponse& item() const { return m_item; }

private:
    AddSurveyResponseCommand(const CustomerCommandContext& context,
                             const SurveyResponse& item,
                             const QString& customerLabel);

    CustomerCommandContext m_context;
    SurveyResponse m_item;
    bool m_firstRedo = true;
};

} // namespace clientele
