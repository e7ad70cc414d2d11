#pragma once

#include "model/Customer.h"
#include "storage/CustomerAnalysisCodes.h"
#include "storage/CustomerListRow.h"
#include "storage/CustomerListSlice.h"
#include "storage/CustomerQuery.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdint>
#include <functional>
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
    // The same page with each customer's latest analysis (the 'current' snapshot), for the list.
    QList<CustomerListRow> listPage(const CustomerQuery& query, int offset, int limit) const;
    // The start of the list for the customer list: the query's count and its first `limit` rows (with
    // their latest analysis), read together.
    CustomerListSlice listStart(const CustomerQuery& query, int limit) const;
    // The latest analysis of these customers; those it does not cover are absent.
    QHash<std::int64_t, CustomerSnapshot> currentAnalyses(const QList<std::int64_t>& ids) const;
    // The tier, stage and risk codes the latest analysis gave (empty before one).
    CustomerAnalysisCodes currentAnalysisCodes() const;
    // Every customer of the query, in its order, in one pass; stops early when `visit` returns false.
    void forEach(const CustomerQuery& query, const std::function<bool(const Customer&)>& visit) const;
    // The customers with these ids, in the order given; ids that no longer exist are left out.
    QList<Customer> findByIds(const QList<std::int64_t>& ids) const;
    // The tag names of each of these customers, sorted; customers without tags are absent.
    QHash<std::int64_t, QStringList> tagNames(const QList<std::int64_t>& ids) const;

    // Ids bound per statement in an IN list: well below SQLite's 32,766 markers and PostgreSQL's 65,535.
    static constexpr qsizetype kIdsPerStatement = 500;
    // "?, ?, ?" for an IN list of `count` values.
    static QString markers(qsizetype count);

private:
    void checkValid(const Customer& customer, std::int64_t excludeId) const;

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace clientele
