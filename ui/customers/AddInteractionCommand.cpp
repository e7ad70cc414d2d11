#include "customers/AddInteractionCommand.h"

#include "storage/ActivityRepository.h"

#include <QCoreApplication>

namespace clientele {

std::unique_ptr<AddInteractionCommand> AddInteractionCommand::execute(const CustomerCommandContext& context,
                                                                      Interaction& item,
                                                                      const QString& customerLabel)
{
    inTransaction(context, [&item](const QSqlDatabase& db, const SqlDialect& dialect) {
        ActivityRepository(db, dialect).insertInteraction(item);
    });
    return std::unique_ptr<AddInteractionCommand>(new AddInteractionCommand(context, item, customerLabel));
}

AddInteractionCommand::AddInteractionCommand(const CustomerCommandContext& context,
                                             const Interaction& item,
                                             const QString& customerLabel)
    : AddActivityCommand(
          context,
          item.customerId,
          QCoreApplication::translate("clientele::CustomerDetailPane", "add interaction with %1")
              .arg(customerLabel))
    , m_item(item)
{
}

void AddInteractionCommand::removeRow(const QSqlDatabase& db, const SqlDialect& dialect)
{
    ActivityRepository(db, dialect).removeInteraction(m_item.id);
}

void AddInteractionCommand::restoreRow(const QSqlDatabase& db, const SqlDialect& dialect)
{
    ActivityRepository(db, dialect).restoreInteraction(m_item);
}

} // namespace clientele
