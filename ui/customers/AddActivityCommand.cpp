#include "customers/AddActivityCommand.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

namespace clientele {

AddActivityCommand::AddActivityCommand(const CustomerCommandContext& context,
                                       std::int64_t customerId,
                                       const QString& text)
    : m_context(context)
    , m_customerId(customerId)
{
    setText(text);
}

void AddActivityCommand::inTransaction(const CustomerCommandContext& context, const Write& write)
{
    WriteTransaction transaction(context.db->connection(), context.db->dialect());
    write(context.db->connection(), context.db->dialect());
    transaction.commit();
}

void AddActivityCommand::undo()
{
    // Gone already (its customer was deleted meanwhile): removing it changes nothing.
    step([this](const QSqlDatabase& db, const SqlDialect& dialect) { removeRow(db, dialect); });
}

void AddActivityCommand::redo()
{
    if (m_firstRedo) { // execute() has written it
        m_firstRedo = false;
        return;
    }
    step([this](const QSqlDatabase& db, const SqlDialect& dialect) { restoreRow(db, dialect); });
}

void AddActivityCommand::step(const Write& write)
{
    try {
        inTransaction(m_context, write);
    } catch (const StorageError& e) {
        m_context.failed(e.message());
        setObsolete(true);
    }
    m_context.changed(m_customerId);
}

} // namespace clientele
