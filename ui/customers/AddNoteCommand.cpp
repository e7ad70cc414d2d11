#include "customers/AddNoteCommand.h"

#include "storage/CustomerNoteStore.h"

#include <QCoreApplication>

namespace clientele {

std::unique_ptr<AddNoteCommand> AddNoteCommand::execute(const CustomerCommandContext& context,
                                                        CustomerNote& item,
                                                        const QString& customerLabel)
{
    inTransaction(context, [&item](const QSqlDatabase& db, const SqlDialect& dialect) {
        CustomerNoteStore(db, dialect).add(item);
    });
    return std::unique_ptr<AddNoteCommand>(new AddNoteCommand(context, item, customerLabel));
}

AddNoteCommand::AddNoteCommand(const CustomerCommandContext& context,
                               const CustomerNote& item,
                               const QString& customerLabel)
    : AddActivityCommand(
          context,
          item.customerId,
          QCoreApplication::translate("clientele::CustomerDetailPane", "add note to %1").arg(customerLabel))
    , m_item(item)
{
}

void AddNoteCommand::removeRow(const QSqlDatabase& db, const SqlDialect& dialect)
{
    CustomerNoteStore(db, dialect).remove(m_item.id);
}

void AddNoteCommand::restoreRow(const QSqlDatabase& db, const SqlDialect& dialect)
{
    CustomerNoteStore(db, dialect).restore(m_item);
}

} // namespace clientele
