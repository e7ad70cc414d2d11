#pragma once

#include "planning/ExecutionItem.h"
#include "planning/ExecutionNote.h"
#include "planning/Plan.h"
#include "planning/SmartGoal.h"
#include "storage/RowArchive.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace clientele {

// How many customers an item has in each role.
struct ItemCustomerCounts
{
    qint64 targets = 0;
    qint64 controls = 0;
};

// A deleted plan as it was: its row, goals, items, the items' customers and notes, and the reviews
// that referred to it (the delete leaves them without a plan).
struct PlanArchive
{
    qint64 planId = 0;
    RowArchive rows;
    QList<qint64> reviewIds;
};

// Reads and writes plans with their SMART goals, execution items, the items' customers and progress
// notes. Deleting a plan deletes its goals and items; deleting an item its customers and notes.
// Rule violations throw PlanningError (PlanningValidator's messages), database failures StorageError.
class PlanStore
{
    Q_DECLARE_TR_FUNCTIONS(PlanStore)

public:
    PlanStore(const QSqlDatabase& db, const SqlDialect& dialect);

    // Plans, newest period first.
    std::vector<Plan> plans() const;
    std::optional<Plan> plan(qint64 id) const;
    qint64 insertPlan(const Plan& plan);
    void updatePlan(const Plan& plan);
    bool removePlan(qint64 id);
    // Captures what removePlan(id) would delete, for undo; restorePlan puts it back with the same ids
    // in one transaction.
    PlanArchive archivePlan(qint64 id) const;
    void restorePlan(const PlanArchive& archive);

    // SMART goals of a plan, by deadline.
    std::vector<SmartGoal> goals(qint64 planId) const;
    std::optional<SmartGoal> goal(qint64 id) const;
    qint64 insertGoal(const SmartGoal& goal);
    void updateGoal(const SmartGoal& goal);
    bool removeGoal(qint64 id);

    // Execution items of a plan, by start date.
    std::vector<ExecutionItem> items(qint64 planId) const;
    std::vector<ExecutionItem> allItems() const; // every plan's, by plan then start date
    std::optional<ExecutionItem> item(qint64 id) const;
    // The holdout share of a new item is stored as given; setItemCustomers applies it.
    qint64 insertItem(const ExecutionItem& item);
    // Saves the item's fields; its holdout share changes only through setItemCustomers.
    void updateItem(const ExecutionItem& item);
    bool removeItem(qint64 id);

    // Replaces the item's customers: round(share × n) of them (duplicates dropped) are held out as
    // control, picked by a pseudo-random order seeded by the item id, so the same call picks the same
    // customers; the others are targets. Stores the share on the item. One transaction.
    ItemCustomerCounts
    setItemCustomers(qint64 itemId, const std::vector<qint64>& customerIds, double holdoutShare);
    // The customers of a tier or a lifecycle stage in a stored snapshot (customer_snapshot of the
    // period code; the GUI keeps its latest analysis as "current"), by id. Empty for Custom.
    std::vector<qint64> segmentCustomerIds(SegmentKind kind,
                                           const QString& segment,
                                           const QString& snapshotPeriod = QStringLiteral("current")) const;
    // Links the item's tier or stage customers of that snapshot through setItemCustomers.
    ItemCustomerCounts linkSegmentCustomers(qint64 itemId,
                                            double holdoutShare,
                                            const QString& snapshotPeriod = QStringLiteral("current"));
    // The item's customers by id; with a role, only those.
    std::vector<ItemCustomer> itemCustomers(qint64 itemId) const;
    std::vector<qint64> itemCustomerIds(qint64 itemId, ItemCustomerRole role) const;
    ItemCustomerCounts itemCustomerCounts(qint64 itemId) const;

    // Progress notes of an item, oldest first.
    std::vector<ExecutionNote> notes(qint64 itemId) const;
    qint64 insertNote(const ExecutionNote& note);
    void updateNote(const ExecutionNote& note);
    bool removeNote(qint64 id);

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace clientele
