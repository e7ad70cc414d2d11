#include "customers/TagCustomersCommand.h"

#include "storage/CustomerBulkEditor.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

namespace clientele {

std::unique_ptr<TagCustomersCommand> TagCustomersCommand::execute(const CustomerCommandContext& context,
                                                                  Change change,
                                                                  const QList<std::int64_t>& customerIds,
                                                                  const QString& tagName,
                                                                  TagKind kind)
{
    Database* db = context.db;
    std::unique_ptr<TagCustomersCommand> command(
        new TagCustomersCommand(context, change, tagName.trimmed(), kind));
    WriteTransaction transaction(db->connection(), db->dialect());
    CustomerBulkEditor editor(db->connection(), db->dialect());
    if (change == Change::Add) {
        const TagAssignment assignment = editor.addTag(customerIds, command->m_tagName, kind);
        command->m_changed = assignment.taggedCustomers;
        command->m_tagCreated = assignment.tagCreated;
    } else {
        command->m_changed = editor.removeTag(customerIds, command->m_tagName);
    }
    transaction.commit();
    const int n = command->changedCount();
    command->setText(change == Change::Add
                         ? QCoreApplication::translate("clientele::CustomersPage",
                                                       "add tag %1 to %n customer(s)", nullptr, n)
                               .arg(command->m_tagName)
                         : QCoreApplication::translate("clientele::CustomersPage",
                                                       "remove tag %1 from %n customer(s)", nullptr, n)
                               .arg(command->m_tagName));
    return command;
}

TagCustomersCommand::TagCustomersCommand(const CustomerCommandContext& context,
                                         Change change,
                                         const QString& tagName,
                                         TagKind kind)
    : m_context(context)
    , m_change(change)
    , m_tagName(tagName)
    , m_kind(kind)
{
}

void TagCustomersCommand::write(bool add)
{
    Database* db = m_context.db;
    try {
        WriteTransaction transaction(db->connection(), db->dialect());
        CustomerBulkEditor editor(db->connection(), db->dialect());
        if (add) {
            editor.addTag(m_changed, m_tagName, m_kind);
        } else {
            editor.removeTag(m_changed, m_tagName);
            // Undoing the add that created the tag takes the tag away too, unless someone uses it now.
            if (m_change == Change::Add && m_tagCreated)
                editor.deleteTagIfUnused(m_tagName);
        }
        transaction.commit();
    } catch (const StorageError& e) {
        setObsolete(true);
        m_context.failed(e.message());
    }
    m_context.changed(0);
}

void TagCustomersCommand::undo()
{
    write(m_change == Change::Remove);
}

void TagCustomersCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    write(m_change == Change::Add);
}

} // namespace clientele
