// Plans, SMART goals, execution items with their customers (targets and a reproducible control
// group), progress notes and review records on a real SQLite file, including the cascades.
#include "storage/PlanStore.h"

#include "TestSupport.h"
#include "analytics/KpiCatalog.h"
#include "model/Customer.h"
#include "planning/PlanningError.h"
#include "storage/CustomerRepository.h"
#include "storage/ReviewStore.h"
#include "storage/SqlSupport.h"
#include "storage/StorageError.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <set>

using namespace clientele;

namespace {

class PlanStoreTest : public ::testing::Test
{
protected:
    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
    PlanStore store{db->connection(), db->dialect()};

    qint64 count(const QString& table, const QString& where = QStringLiteral("1 = 1")) const
    {
        return sql::scalar(db->connection(),
                           QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, where))
            .toLongLong();
    }

    std::vector<qint64> addCustomers(int n) const
    {
        CustomerRepository customers(db->connection(), db->dialect());
        std::vector<qint64> ids;
        for (int i = 0; i < n; ++i) {
            Customer c;
            c.code = QStringLiteral("C%1").arg(i, 4, 10, QLatin1Char('0'));
            c.name = QStringLiteral("Customer %1").arg(i);
            c.createdOn = QDate(2023, 1, 1);
            customers.insert(c);
            ids.push_back(c.id);
        }
        return ids;
    }

    qint64 addPlan(const QString& period = QStringLiteral("2024Q2")) const
    {
        Plan plan;
        plan.name = QStringLiteral("Loyalty ") + period;
        plan.period = period;
        plan.tierModel = QStringLiteral("seed4");
        return PlanStore(db->connection(), db->dialect()).insertPlan(plan);
    }

    static SmartGoal churnGoal(qint64 planId)
    {
        SmartGoal g;
        g.planId = planId;
        g.kpi = QString::fromLatin1(KpiCatalog::ChurnRate);
        g.populationKind = PopulationKind::Tier;
        g.population = QStringLiteral("churn_risk");
        g.baseline = 15.0;
        g.baselineOn = QDate(2024, 3, 31);
        g.target = 12.0;
        g.horizon = GoalHorizon::Short;
        g.deadline = QDate(2024, 6, 30);
        g.owner = QStringLiteral("Service lead");
        return g;
    }

    static ExecutionItem template2Item(qint64 planId)
    {
        // Seed 001, template 2's first row.
        ExecutionItem item;
        item.planId = planId;
        item.segmentKind = SegmentKind::Tier;
        item.segment = QStringLiteral("high_value");
        item.strategy = QStringLiteral("Exclusive perk upgrade");
        item.measures = QStringLiteral("VIP early purchase of new products");
        item.owner = QStringLiteral("Sales manager");
        item.startsOn = QDate(2024, 3, 1);
        item.endsOn = QDate(2024, 12, 31);
        item.resources = QStringLiteral("Reserved stock, CRM tag");
        item.budgetMinor = 5000000;
        item.expectedEffect = QStringLiteral("Repurchase rate of high-value customers +10%");
        return item;
    }
};

std::set<qint64> asSet(const std::vector<qint64>& ids)
{
    return {ids.begin(), ids.end()};
}

TEST_F(PlanStoreTest, PlansAreStoredUpdatedAndListedNewestPeriodFirst)
{
    const qint64 q2 = addPlan(QStringLiteral("2024Q2"));
    const qint64 year = addPlan(QStringLiteral("2024"));
    const qint64 old = addPlan(QStringLiteral("2023"));
    const std::vector<Plan> plans = store.plans();
    ASSERT_EQ(plans.size(), 3u);
    EXPECT_EQ(plans[0].id, q2);   // starts 2024-04-01
    EXPECT_EQ(plans[1].id, year); // starts 2024-01-01
    EXPECT_EQ(plans[2].id, old);
    EXPECT_TRUE(plans[0].createdAt.isValid());

    Plan p = *store.plan(year);
    p.name = QStringLiteral("Plan 2024");
    p.notes = QStringLiteral("Renewed in the annual review");
    store.updatePlan(p);
    EXPECT_EQ(store.plan(year)->name, QStringLiteral("Plan 2024"));
    EXPECT_EQ(store.plan(year)->notes, QStringLiteral("Renewed in the annual review"));

    p.period = QStringLiteral("2024H1");
    try {
        store.updatePlan(p);
        FAIL() << "a period that is not a year, quarter or month was stored";
    } catch (const PlanningError& error) {
        ASSERT_EQ(error.issues().size(), 1u);
        EXPECT_EQ(error.issues()[0].field, QStringLiteral("period"));
        EXPECT_TRUE(error.message().contains(QStringLiteral("2024H1")));
    }
    p.period = QStringLiteral("2025");
    p.id = 999999;
    EXPECT_THROW(store.updatePlan(p), PlanningError);
}

TEST_F(PlanStoreTest, GoalsRoundTripAndRefuseATargetThatMovesTheWrongWay)
{
    const qint64 planId = addPlan();
    const qint64 id = store.insertGoal(churnGoal(planId));
    const SmartGoal g = *store.goal(id);
    EXPECT_EQ(g.kpi, QStringLiteral("churn_rate"));
    EXPECT_EQ(g.populationKind, PopulationKind::Tier);
    EXPECT_EQ(g.population, QStringLiteral("churn_risk"));
    ASSERT_TRUE(g.baseline.has_value());
    EXPECT_DOUBLE_EQ(*g.baseline, 15.0);
    EXPECT_EQ(g.baselineOn, QDate(2024, 3, 31));
    EXPECT_DOUBLE_EQ(g.target, 12.0);
    EXPECT_EQ(g.deadline, QDate(2024, 6, 30));
    EXPECT_EQ(g.horizon, GoalHorizon::Short);

    // Churn: lower is better, so a target above the baseline is refused, naming the field.
    SmartGoal wrong = g;
    wrong.target = 18.0;
    try {
        store.updateGoal(wrong);
        FAIL() << "a churn-rate target above its baseline was stored";
    } catch (const PlanningError& error) {
        ASSERT_EQ(error.issues().size(), 1u);
        EXPECT_EQ(error.issues()[0].field, QStringLiteral("target"));
        EXPECT_TRUE(error.message().contains(QStringLiteral("below the baseline")));
    }
    EXPECT_DOUBLE_EQ(store.goal(id)->target, 12.0);

    // A goal without a baseline yet (captured later) and population "all".
    SmartGoal nps;
    nps.planId = planId;
    nps.kpi = QString::fromLatin1(KpiCatalog::Nps);
    nps.target = 55.0;
    nps.horizon = GoalHorizon::Mid;
    nps.deadline = QDate(2024, 9, 30);
    nps.owner = QStringLiteral("Service lead");
    nps.population = QStringLiteral("ignored for all");
    const qint64 npsId = store.insertGoal(nps);
    EXPECT_FALSE(store.goal(npsId)->baseline.has_value());
    EXPECT_TRUE(store.goal(npsId)->population.isEmpty());
    const std::vector<SmartGoal> goals = store.goals(planId);
    ASSERT_EQ(goals.size(), 2u);
    EXPECT_EQ(goals[0].id, id); // by deadline
    EXPECT_TRUE(store.removeGoal(id));
    EXPECT_FALSE(store.removeGoal(id));
    EXPECT_EQ(store.goals(planId).size(), 1u);

    SmartGoal orphan = churnGoal(999999);
    EXPECT_THROW(store.insertGoal(orphan), PlanningError);
}

TEST_F(PlanStoreTest, ItemsRoundTripAndNeedAnOwnerAndAnEndAfterTheStart)
{
    const qint64 planId = addPlan();
    const qint64 id = store.insertItem(template2Item(planId));
    ExecutionItem item = *store.item(id);
    EXPECT_EQ(item.strategy, QStringLiteral("Exclusive perk upgrade"));
    EXPECT_EQ(item.startsOn, QDate(2024, 3, 1));
    EXPECT_EQ(item.endsOn, QDate(2024, 12, 31));
    ASSERT_TRUE(item.budgetMinor.has_value());
    EXPECT_EQ(*item.budgetMinor, 5000000);
    EXPECT_EQ(item.status, ItemStatus::Planned);
    EXPECT_FALSE(item.playbookId.has_value());

    item.status = ItemStatus::Running;
    item.budgetMinor.reset();
    store.updateItem(item);
    EXPECT_EQ(store.item(id)->status, ItemStatus::Running);
    EXPECT_FALSE(store.item(id)->budgetMinor.has_value());

    item.owner = QStringLiteral(" ");
    item.endsOn = QDate(2024, 2, 1);
    try {
        store.updateItem(item);
        FAIL() << "an item without owner ending before its start was stored";
    } catch (const PlanningError& error) {
        ASSERT_EQ(error.issues().size(), 2u);
        EXPECT_EQ(error.issues()[0].field, QStringLiteral("owner"));
        EXPECT_EQ(error.issues()[1].field, QStringLiteral("ends_on"));
        EXPECT_TRUE(error.message().contains(QStringLiteral("2024-02-01")));
    }
    EXPECT_EQ(store.item(id)->owner, QStringLiteral("Sales manager"));

    ExecutionItem second = template2Item(planId);
    second.startsOn = QDate(2024, 1, 15);
    const qint64 earlier = store.insertItem(second);
    const std::vector<ExecutionItem> items = store.items(planId);
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0].id, earlier);
    EXPECT_EQ(store.allItems().size(), 2u);
}

TEST_F(PlanStoreTest, HoldoutPicksARoundedReproducibleShareAsControl)
{
    const std::vector<qint64> customers = addCustomers(100);
    const qint64 planId = addPlan();
    const qint64 itemId = store.insertItem(template2Item(planId));

    std::vector<qint64> withDuplicates = customers;
    withDuplicates.push_back(customers[3]);
    const ItemCustomerCounts counts = store.setItemCustomers(itemId, withDuplicates, 0.2);
    EXPECT_EQ(counts.targets, 80);
    EXPECT_EQ(counts.controls, 20);
    EXPECT_DOUBLE_EQ(store.item(itemId)->holdoutShare, 0.2);
    EXPECT_EQ(store.itemCustomerCounts(itemId).controls, 20);
    EXPECT_EQ(count(QStringLiteral("execution_item_customer"), QStringLiteral("role = 'control'")), 20);
    const std::set<qint64> control = asSet(store.itemCustomerIds(itemId, ItemCustomerRole::Control));
    const std::set<qint64> target = asSet(store.itemCustomerIds(itemId, ItemCustomerRole::Target));
    EXPECT_EQ(control.size() + target.size(), 100u);
    for (qint64 id : control)
        EXPECT_EQ(target.count(id), 0u);
    const std::vector<ItemCustomer> all = store.itemCustomers(itemId);
    ASSERT_EQ(all.size(), 100u);
    EXPECT_EQ(std::count_if(all.begin(), all.end(),
                            [](const ItemCustomer& c) { return c.role == ItemCustomerRole::Control; }),
              20);

    // The same customers in another order: the same control group.
    std::vector<qint64> reversed(customers.rbegin(), customers.rend());
    store.setItemCustomers(itemId, reversed, 0.2);
    EXPECT_EQ(asSet(store.itemCustomerIds(itemId, ItemCustomerRole::Control)), control);
    // Not simply the lowest or highest ids.
    EXPECT_NE(control, std::set<qint64>(customers.begin(), customers.begin() + 20));
    EXPECT_NE(control, std::set<qint64>(customers.end() - 20, customers.end()));

    // Another item picks another control group from the same customers.
    const qint64 otherItem = store.insertItem(template2Item(planId));
    store.setItemCustomers(otherItem, customers, 0.2);
    EXPECT_NE(asSet(store.itemCustomerIds(otherItem, ItemCustomerRole::Control)), control);

    // Rounded: 7 customers at 25% hold out 2 (1.75); no holdout holds out none.
    const std::vector<qint64> seven(customers.begin(), customers.begin() + 7);
    EXPECT_EQ(store.setItemCustomers(itemId, seven, 0.25).controls, 2);
    EXPECT_EQ(store.setItemCustomers(itemId, seven, 0.0).controls, 0);
    EXPECT_EQ(store.itemCustomerCounts(itemId).targets, 7);
}

TEST_F(PlanStoreTest, ASegmentsCustomersComeFromTheSnapshot)
{
    const std::vector<qint64> customers = addCustomers(6);
    const QSqlDatabase c = db->connection();
    sql::run(c, QStringLiteral(
                    "INSERT INTO analysis_snapshot (period, as_of, scheme, tier_model, customers, created_at)"
                    " VALUES ('current', '2024-03-31', 'quintile', 'seed4', 6, '2024-04-01T00:00:00')"));
    const char* tiers[] = {"high_value", "churn_risk", "churn_risk", "potential", "churn_risk", "high_value"};
    const char* stages[] = {"active", "dormant", "dormant", "new", "churned", "mature"};
    for (int i = 0; i < 6; ++i)
        sql::run(c,
                 QStringLiteral("INSERT INTO customer_snapshot (period, customer_id, tier, stage)"
                                " VALUES ('current', ?, ?, ?)"),
                 {QVariant::fromValue<qint64>(customers[i]), QString::fromLatin1(tiers[i]),
                  QString::fromLatin1(stages[i])});
    EXPECT_EQ(store.segmentCustomerIds(SegmentKind::Tier, QStringLiteral("churn_risk")),
              (std::vector<qint64>{customers[1], customers[2], customers[4]}));
    EXPECT_EQ(store.segmentCustomerIds(SegmentKind::Stage, QStringLiteral("dormant")),
              (std::vector<qint64>{customers[1], customers[2]}));
    EXPECT_TRUE(
        store.segmentCustomerIds(SegmentKind::Tier, QStringLiteral("churn_risk"), QStringLiteral("2023Q4"))
            .empty());
    EXPECT_TRUE(store.segmentCustomerIds(SegmentKind::Custom, QStringLiteral("churn_risk")).empty());

    ExecutionItem item = template2Item(addPlan());
    item.segment = QStringLiteral("churn_risk");
    const qint64 itemId = store.insertItem(item);
    const ItemCustomerCounts counts = store.linkSegmentCustomers(itemId, 1.0 / 3.0);
    EXPECT_EQ(counts.targets, 2);
    EXPECT_EQ(counts.controls, 1);
    item.segmentKind = SegmentKind::Custom;
    item.segment = QStringLiteral("Trade fair contacts");
    const qint64 custom = store.insertItem(item);
    EXPECT_THROW(store.linkSegmentCustomers(custom, 0.1), PlanningError);
}

TEST_F(PlanStoreTest, ABadCustomerListLeavesTheItemsCustomersAsTheyWere)
{
    const std::vector<qint64> customers = addCustomers(10);
    const qint64 itemId = store.insertItem(template2Item(addPlan()));
    store.setItemCustomers(itemId, customers, 0.3);
    std::vector<qint64> withUnknown = customers;
    withUnknown.push_back(987654);
    try {
        store.setItemCustomers(itemId, withUnknown, 0.5);
        FAIL() << "an unknown customer was linked";
    } catch (const PlanningError& error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("987654")));
    }
    EXPECT_EQ(store.itemCustomerCounts(itemId).controls, 3);
    EXPECT_EQ(store.itemCustomerCounts(itemId).targets, 7);
    EXPECT_DOUBLE_EQ(store.item(itemId)->holdoutShare, 0.3);
    EXPECT_THROW(store.setItemCustomers(itemId, customers, 1.0), PlanningError);
    EXPECT_THROW(store.setItemCustomers(999999, customers, 0.1), PlanningError);
}

TEST_F(PlanStoreTest, ProgressNotesAreKeptOldestFirst)
{
    const qint64 itemId = store.insertItem(template2Item(addPlan()));
    const qint64 later = store.insertNote({0, itemId, QDateTime(QDate(2024, 4, 2), QTime(9, 0), Qt::UTC),
                                           QStringLiteral("Li Na"), QStringLiteral("Second wave sent")});
    const qint64 first =
        store.insertNote({0, itemId, QDateTime(QDate(2024, 3, 5), QTime(9, 0), Qt::UTC),
                          QStringLiteral("Li Na"), QStringLiteral("First 50 customers called")});
    const std::vector<ExecutionNote> notes = store.notes(itemId);
    ASSERT_EQ(notes.size(), 2u);
    EXPECT_EQ(notes[0].id, first);
    EXPECT_EQ(notes[0].writtenAt, QDateTime(QDate(2024, 3, 5), QTime(9, 0), Qt::UTC));
    EXPECT_EQ(notes[1].id, later);
    ExecutionNote edit = notes[1];
    edit.body = QStringLiteral("Second wave sent to 120");
    store.updateNote(edit);
    EXPECT_EQ(store.notes(itemId)[1].body, QStringLiteral("Second wave sent to 120"));
    edit.body.clear();
    EXPECT_THROW(store.updateNote(edit), PlanningError);
    EXPECT_THROW(store.insertNote({0, 999999, {}, {}, QStringLiteral("lost")}), PlanningError);
    const qint64 now = store.insertNote({0, itemId, {}, {}, QStringLiteral("no date given")});
    EXPECT_TRUE(store.notes(itemId).back().writtenAt.isValid());
    EXPECT_TRUE(store.removeNote(now));
    EXPECT_FALSE(store.removeNote(now));
}

TEST_F(PlanStoreTest, DeletingAPlanCascadesToItsGoalsItemsCustomersAndNotesButKeepsItsReviews)
{
    const std::vector<qint64> customers = addCustomers(5);
    const qint64 planId = addPlan();
    const qint64 keptPlan = addPlan(QStringLiteral("2024Q3"));
    store.insertGoal(churnGoal(planId));
    store.insertGoal(churnGoal(keptPlan));
    const qint64 itemId = store.insertItem(template2Item(planId));
    const qint64 keptItem = store.insertItem(template2Item(keptPlan));
    store.setItemCustomers(itemId, customers, 0.2);
    store.setItemCustomers(keptItem, customers, 0.2);
    store.insertNote({0, itemId, {}, {}, QStringLiteral("called")});
    ReviewStore reviews(db->connection(), db->dialect());
    ReviewRecord review;
    review.planId = planId;
    review.heldOn = QDate(2024, 6, 28);
    review.findings = QStringLiteral("Churn-risk calls too late");
    const qint64 reviewId = reviews.insert(review);

    EXPECT_TRUE(store.removePlan(planId));
    EXPECT_FALSE(store.plan(planId).has_value());
    EXPECT_TRUE(store.goals(planId).empty());
    EXPECT_FALSE(store.item(itemId).has_value());
    EXPECT_EQ(count(QStringLiteral("execution_item_customer"), QStringLiteral("item_id = %1").arg(itemId)),
              0);
    EXPECT_EQ(count(QStringLiteral("execution_note")), 0);
    EXPECT_FALSE(reviews.find(reviewId)->planId.has_value());
    EXPECT_EQ(reviews.find(reviewId)->findings, QStringLiteral("Churn-risk calls too late"));
    // The other plan is untouched.
    EXPECT_EQ(store.goals(keptPlan).size(), 1u);
    EXPECT_EQ(store.itemCustomerCounts(keptItem).targets + store.itemCustomerCounts(keptItem).controls, 5);

    // Deleting an item removes its customers; deleting a customer removes its links.
    sql::run(db->connection(), QStringLiteral("DELETE FROM customer WHERE id = ?"),
             {QVariant::fromValue<qint64>(customers[0])});
    EXPECT_EQ(store.itemCustomers(keptItem).size(), 4u);
    EXPECT_TRUE(store.removeItem(keptItem));
    EXPECT_EQ(count(QStringLiteral("execution_item_customer")), 0);
    EXPECT_FALSE(store.removePlan(planId));
}

TEST_F(PlanStoreTest, ARestoredPlanComesBackWithItsIdsGoalsItemsCustomersNotesAndReviews)
{
    const std::vector<qint64> customers = addCustomers(10);
    const qint64 planId = addPlan();
    const qint64 goalId = store.insertGoal(churnGoal(planId));
    const qint64 itemId = store.insertItem(template2Item(planId));
    store.setItemCustomers(itemId, customers, 0.2);
    const qint64 noteId = store.insertNote({0, itemId, {}, {}, QStringLiteral("called")});
    ReviewStore reviews(db->connection(), db->dialect());
    ReviewRecord review;
    review.planId = planId;
    review.heldOn = QDate(2024, 6, 28);
    review.decisions = QStringLiteral("Call churn-risk customers within a week");
    const qint64 reviewId = reviews.insert(review);
    const std::vector<ItemCustomer> before = store.itemCustomers(itemId);

    const PlanArchive archive = store.archivePlan(planId);
    EXPECT_EQ(archive.rows.rowCount(), 1 + 1 + 1 + 10 + 1);
    ASSERT_TRUE(store.removePlan(planId));
    ASSERT_FALSE(store.plan(planId).has_value());

    store.restorePlan(archive);
    ASSERT_TRUE(store.plan(planId).has_value());
    EXPECT_EQ(store.plan(planId)->name, QStringLiteral("Loyalty 2024Q2"));
    ASSERT_EQ(store.goals(planId).size(), 1u);
    EXPECT_EQ(store.goals(planId)[0].id, goalId);
    EXPECT_DOUBLE_EQ(*store.goals(planId)[0].baseline, 15.0);
    ASSERT_TRUE(store.item(itemId).has_value());
    EXPECT_EQ(store.item(itemId)->strategy, template2Item(planId).strategy);
    const std::vector<ItemCustomer> after = store.itemCustomers(itemId);
    ASSERT_EQ(after.size(), before.size());
    for (size_t i = 0; i < after.size(); ++i) {
        EXPECT_EQ(after[i].customerId, before[i].customerId);
        EXPECT_EQ(after[i].role, before[i].role) << "the control group is the same one";
    }
    ASSERT_EQ(store.notes(itemId).size(), 1u);
    EXPECT_EQ(store.notes(itemId)[0].id, noteId);
    EXPECT_EQ(reviews.find(reviewId)->planId, planId);

    // Restoring twice is refused (the ids are taken) and changes nothing.
    EXPECT_THROW(store.restorePlan(archive), StorageError);
    EXPECT_EQ(count(QStringLiteral("smart_goal")), 1);
}

TEST_F(PlanStoreTest, ReviewsAreListedNewestFirstAndPerPlan)
{
    const qint64 planId = addPlan();
    ReviewStore reviews(db->connection(), db->dialect());
    ReviewRecord monthly;
    monthly.planId = planId;
    monthly.cadence = ReviewCadence::Monthly;
    monthly.heldOn = QDate(2024, 4, 30);
    monthly.participants = QStringLiteral("Sales, service, data");
    monthly.findings = QStringLiteral("Coverage of churn-risk calls at 60%");
    monthly.decisions = QStringLiteral("Add a second caller");
    monthly.planChanges = QStringLiteral("Item 'Urgent retention' budget +20%");
    const qint64 a = reviews.insert(monthly);
    ReviewRecord annual;
    annual.cadence = ReviewCadence::Annual;
    annual.heldOn = QDate(2024, 12, 20);
    annual.decisions = QStringLiteral("Renew the plan for 2025");
    const qint64 b = reviews.insert(annual);

    const std::vector<ReviewRecord> all = reviews.list();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].id, b);
    EXPECT_EQ(all[1].id, a);
    const std::vector<ReviewRecord> ofPlan = reviews.list(planId);
    ASSERT_EQ(ofPlan.size(), 1u);
    EXPECT_EQ(ofPlan[0].cadence, ReviewCadence::Monthly);
    EXPECT_EQ(ofPlan[0].participants, QStringLiteral("Sales, service, data"));
    EXPECT_EQ(ofPlan[0].planChanges, QStringLiteral("Item 'Urgent retention' budget +20%"));

    ReviewRecord edit = *reviews.find(b);
    edit.planId = planId;
    edit.cadence = ReviewCadence::Quarterly;
    reviews.update(edit);
    EXPECT_EQ(reviews.list(planId).size(), 2u);
    EXPECT_EQ(reviews.find(b)->cadence, ReviewCadence::Quarterly);

    edit.heldOn = QDate();
    EXPECT_THROW(reviews.update(edit), PlanningError);
    ReviewRecord lost = annual;
    lost.planId = 999999;
    EXPECT_THROW(reviews.insert(lost), PlanningError);
    EXPECT_TRUE(reviews.remove(a));
    EXPECT_FALSE(reviews.find(a).has_value());
}

} // namespace
