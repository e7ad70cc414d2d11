#pragma once

#include "planning/ExecutionItem.h"
#include "storage/SqlDialect.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <unordered_set>
#include <vector>

namespace clientele {

// What the next-best-action rules need to know about one customer as of a day.
struct CustomerContactFacts
{
    qint64 customerId = 0;
    QString code;
    QString name;
    QString owner;
    QString kind; // "toc" / "tob"
    bool marketingConsent = false;
    int contactLimitPerMonth = 0;  // 0 = no limit
    QDate firstOrder;              // first completed order up to the day; invalid: none
    QDate lastOrder;               // last completed order up to the day; invalid: none
    int completedOrders = 0;       // distinct completed orders up to the day
    QDate lastInteraction;         // up to the day; invalid: none
    int interactionsThisMonth = 0; // from the first of the day's month up to the day
};

// The reads of the planning-insight features (effect measurement, next best actions) that the other
// stores do not offer. Read-only; standard SQL.
class PlanningDataReader
{
public:
    PlanningDataReader(const QSqlDatabase& db, const SqlDialect& dialect);

    std::optional<ExecutionItem> item(qint64 id) const;
    std::vector<ItemCustomer> itemCustomers(qint64 itemId) const; // by customer id
    QString planTierModel(qint64 planId) const;                   // empty when there is no such plan
    // Customers who are targets of an execution item that is not cancelled and whose dates overlap
    // start..end: they were "in a plan" and cannot serve as matched controls.
    std::unordered_set<qint64> plannedTargets(QDate start, QDate end) const;

    // Contact facts of every customer of the owner (account manager); an empty owner: customers of
    // every owner, those without one included. By owner, then customer code. Data after asOf is
    // ignored.
    std::vector<CustomerContactFacts> contactFacts(const QString& owner, QDate asOf) const;

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace clientele
