#include "customers/AddSurveyResponseCommand.h"

#include "storage/ActivityRepository.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

namespace clientele {

std::unique_ptr<AddSurveyResponseCommand> AddSurveyResponseCommand::execute(
    const CustomerCommandContext& context, SurveyResponse& item, const QString& customerLabel)
{
    WriteTransaction transaction(context.db->connection(), context.db->dialect());
    ActivityRepository(context.db->connection(), context.db->dialect()).insertSurveyResponse(item);
    transaction.commit();
    return std::unique_ptr<AddSurveyResponseCommand>(
        new AddSurveyResponseCommand(context, item, customerLabel));
}

AddSurveyResponseCommand::AddSurveyResponseCommand(const CustomerCommandContext& context,
                                                   const SurveyResponse& item,
                                                   const QString& customerLabel)
    : m_context(context)
    , m_item(item)
{
    setText(QCoreApplication::translate("clientele::CustomerDetailPane", "add survey response of %1")
                .arg(customerLabel));
}

void AddSurveyResponseCommand::undo()
{
    try {
        WriteTransaction transaction(m_context.db->connection(), m_context.db->dialect());
        // Gone already (its customer was deleted meanwhile): nothing left to undo.
        ActivityRepository(m_context.db->connection(), m_context.db->dialect())
            .removeSurveyResponse(m_item.id);
        transaction.commit();
    } catch (const StorageError& e) {
        m_context.failed(e.message());
        setObsolete(true);
    }
    m_context.changed(m_item.customerId);
}

void AddSurveyResponseCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    try {
        WriteTransaction transaction(m_context.db->connection(), m_context.db->dialect());
        ActivityRepository(m_context.db->connection(), m_context.db->dialect()).restoreSurveyResponse(m_item);
        transaction.commit();
    } catch (const StorageError& e) {
        m_context.failed(e.message());
        setObsolete(true);
    }
    m_context.changed(m_item.customerId);
}

} // namespace clientele
