#include "customers/AddSurveyResponseCommand.h"

#include "storage/ActivityRepository.h"

#include <QCoreApplication>

namespace clientele {

std::unique_ptr<AddSurveyResponseCommand> AddSurveyResponseCommand::execute(
    const CustomerCommandContext& context, SurveyResponse& item, const QString& customerLabel)
{
    inTransaction(context, [&item](const QSqlDatabase& db, const SqlDialect& dialect) {
        ActivityRepository(db, dialect).insertSurveyResponse(item);
    });
    return std::unique_ptr<AddSurveyResponseCommand>(
        new AddSurveyResponseCommand(context, item, customerLabel));
}

AddSurveyResponseCommand::AddSurveyResponseCommand(const CustomerCommandContext& context,
                                                   const SurveyResponse& item,
                                                   const QString& customerLabel)
    : AddActivityCommand(
          context,
          item.customerId,
          QCoreApplication::translate("clientele::CustomerDetailPane", "add survey response of %1")
              .arg(customerLabel))
    , m_item(item)
{
}

void AddSurveyResponseCommand::removeRow(const QSqlDatabase& db, const SqlDialect& dialect)
{
    ActivityRepository(db, dialect).removeSurveyResponse(m_item.id);
}

void AddSurveyResponseCommand::restoreRow(const QSqlDatabase& db, const SqlDialect& dialect)
{
    ActivityRepository(db, dialect).restoreSurveyResponse(m_item);
}

} // namespace clientele
