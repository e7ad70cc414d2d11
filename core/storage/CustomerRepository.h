#pragma once

#include "model/Customer.h"
#include "storage/CustomerQuery.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdint>
#include <optional>

namespace clientele {

class CustomerRepository
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRepository)

public:
    CustomerRepository(const QSqlDatabase& db, const SqlDialect& dialect);

    // Validates, then inserts; sets customer.id. Throws StorageError (Validation) with a clear
    // message for a broken rule or a duplicate code.
    void insert(Customer& customer);
    // Inserts with the customer's own id (an undone delete or redo of an add keeps its id). Same checks.
    void restore(const Customer& customer);
    void update(const Customer& customer);
    void remove(std::int64_t id);

    std::optional<Customer> findById(std::int64_t id) const;
    std::optional<Customer> findByCode(const QString& code) const;

    int count(const CustomerQuery& query = {}) const;

    // Binds, in this order, code, name, kind, industry, region, city, owner, email, phone, wechat,
    // address, marketing_consent, contact_limit_per_month, created_on, notes (empty text as NULL).
    static void bindFields(QSqlQuery& query, const Customer& customer);
    // One page of the list, in the query's order. Stable: ties are broken by id.
    QList<Customer> page(const CustomerQuery& query, int offset, int limit) const;

private:
    void checkValid(const Customer& customer, std::int64_t excludeId) const;

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace clientele
