#include "customers/CustomersPage.h"

#include <QUndoStack>

namespace clientele {

CustomersPage::CustomersPage(QWidget* parent)
    : QWidget(parent)
    , m_undoStack(new QUndoStack(this))
{
}

CustomersPage::~CustomersPage() = default;

void CustomersPage::setDatabase(Database* db)
{
    m_db = db;
}

QUndoStack* CustomersPage::undoStack() const
{
    return m_undoStack;
}

void CustomersPage::setConfirmation(Confirmation confirmation)
{
    m_confirmation = std::move(confirmation);
}

void CustomersPage::setErrorReport(ErrorReport report)
{
    m_errorReport = std::move(report);
}

CustomerEditDialog* CustomersPage::openDialog() const
{
    return nullptr;
}

std::int64_t CustomersPage::selectedCustomerId() const
{
    return 0;
}

void CustomersPage::selectCustomer(std::int64_t)
{
}
void CustomersPage::addCustomer()
{
}
void CustomersPage::editSelected()
{
}
void CustomersPage::deleteSelected()
{
}
void CustomersPage::focusSearch()
{
}

} // namespace clientele
