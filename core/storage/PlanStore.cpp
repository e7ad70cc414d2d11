#include "storage/PlanStore.h"

#include "analytics/AnalysisPeriod.h"
#include "planning/PlanningCodes.h"
#include "planning/PlanningError.h"
#include "planning/PlanningValidator.h"
#include "storage/PlanningColumns.h"
#include "storage/SqlSupport.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <set>

namespace clientele {

namespace {

namespace col = planning_columns;

const QString kPlanColumns = QStringLiteral("id, name, period, tier_model, notes, created_at");
const QString kGoalColumns =
    QStringLiteral("id, plan_id, kpi, population_kind, population, baseline, baseline_on,"
                   " target, horizon, deadline, owner, description");
const QString kItemColumns = QStringLiteral(
    "id, plan_id, segment_kind, segment, playbook_id, strategy, measures, owner, starts_on, ends_on,"
    " resources, budget_minor, expected_effect, status, holdout_share");
const QString kNoteColumns = QStringLiteral("id, item_id, written_at, author, body");

Plan planFrom(const QSqlQuery& q)
{
    Plan p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.period = q.value(2).toString();
    p.tierModel = q.value(3).toString();
    p.notes = q.value(4).toString();
    p.createdAt = col::timestampFrom(q.value(5));
    return p;
}

SmartGoal goalFrom(const QSqlQuery& q)
{
    SmartGoal g;
    g.id = q.value(0).toLongLong();
    g.planId = q.value(1).toLongLong();
    g.kpi = q.value(2).toString();
    g.populationKind = PlanningCodes::populationKind(q.value(3).toString()).value_or(PopulationKind::All);
    g.population = q.value(4).toString();
    g.baseline = col::optionalDoubleFrom(q.value(5));
    g.baselineOn = col::dateFrom(q.value(6));
    g.target = q.value(7).toDouble();
    g.horizon = PlanningCodes::goalHorizon(q.value(8).toString()).value_or(GoalHorizon::Short);
    g.deadline = col::dateFrom(q.value(9));
    g.owner = q.value(10).toString();
    g.description = q.value(11).toString();
    return g;
}

ExecutionItem itemFrom(const QSqlQuery& q)
{
    ExecutionItem i;
    i.id = q.value(0).toLongLong();
    i.planId = q.value(1).toLongLong();
    i.segmentKind = PlanningCodes::segmentKind(q.value(2).toString()).value_or(SegmentKind::Custom);
    i.segment = q.value(3).toString();
    i.playbookId = col::optionalIdFrom(q.value(4));
    i.strategy = q.value(5).toString();
    i.measures = q.value(6).toString();
    i.owner = q.value(7).toString();
    i.startsOn = col::dateFrom(q.value(8));
    i.endsOn = col::dateFrom(q.value(9));
    i.resources = q.value(10).toString();
    i.budgetMinor = col::optionalIdFrom(q.value(11));
    i.expectedEffect = q.value(12).toString();
    i.status = PlanningCodes::itemStatus(q.value(13).toString()).value_or(ItemStatus::Planned);
    i.holdoutShare = q.value(14).toDouble();
    return i;
}

ExecutionNote noteFrom(const QSqlQuery& q)
{
    ExecutionNote n;
    n.id = q.value(0).toLongLong();
    n.itemId = q.value(1).toLongLong();
    n.writtenAt = col::timestampFrom(q.value(2));
    n.author = q.value(3).toString();
    n.body = q.value(4).toString();
    return n;
}

// Sorts plans newest period first: by the period's start, then the longer period first.
bool newerPlan(const Plan& a, const Plan& b)
{
    const auto pa = AnalysisPeriod::parse(a.period);
    const auto pb = AnalysisPeriod::parse(b.period);
    const QDate sa = pa ? pa->start() : QDate();
    const QDate sb = pb ? pb->start() : QDate();
    if (sa != sb)
        return sa > sb;
    const QDate ea = pa ? pa->end() : QDate();
    const QDate eb = pb ? pb->end() : QDate();
    if (ea != eb)
        return ea > eb;
    return a.id > b.id;
}

// splitmix64: a fixed, well-mixed hash, so the control group depends only on the item and the
// customers, never on the order they were given in or on the platform's random library.
quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

} // namespace

PlanStore::PlanStore(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

// --- plans -------------------------------------------------------------------------------------

std::vector<Plan> PlanStore::plans() const
{
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT ") + kPlanColumns + QStringLiteral(" FROM plan"));
    std::vector<Plan> result;
    while (q.next())
        result.push_back(planFrom(q));
    std::sort(result.begin(), result.end(), newerPlan);
    return result;
}

std::optional<Plan> PlanStore::plan(qint64 id) const
{
    QSqlQuery q =
        sql::run(m_db, QStringLiteral("SELECT ") + kPlanColumns + QStringLiteral(" FROM plan WHERE id = ?"),
                 {col::id(id)});
    if (!q.next())
        return std::nullopt;
    return planFrom(q);
}

qint64 PlanStore::insertPlan(const Plan& plan)
{
    PlanningValidator::require(PlanningValidator::check(plan));
    WriteTransaction transaction(m_db, m_dialect);
    QSqlQuery q =
        sql::prepare(m_db, QStringLiteral("INSERT INTO plan (name, period, tier_model, notes, created_at)"
                                          " VALUES (?, ?, ?, ?, ?)") +
                               m_dialect.returningIdClause());
    q.addBindValue(plan.name.trimmed());
    q.addBindValue(plan.period.trimmed());
    q.addBindValue(plan.tierModel);
    q.addBindValue(sql::textOrNull(plan.notes));
    q.addBindValue(
        col::timestamp(plan.createdAt.isValid() ? plan.createdAt : QDateTime::currentDateTimeUtc()));
    const qint64 id = m_dialect.execInsert(q);
    transaction.commit();
    return id;
}

void PlanStore::updatePlan(const Plan& plan)
{
    PlanningValidator::require(PlanningValidator::check(plan));
    WriteTransaction transaction(m_db, m_dialect);
    QSqlQuery q = sql::run(
        m_db, QStringLiteral("UPDATE plan SET name = ?, period = ?, tier_model = ?, notes = ? WHERE id = ?"),
        {plan.name.trimmed(), plan.period.trimmed(), plan.tierModel, sql::textOrNull(plan.notes),
         col::id(plan.id)});
    if (q.numRowsAffected() < 1)
        throw PlanningError(tr("Plan %1 does not exist.").arg(plan.id));
    transaction.commit();
}

bool PlanStore::removePlan(qint64 id)
{
    WriteTransaction transaction(m_db, m_dialect);
    // The schema cascades to goals, items, their customers and notes; reviews keep a NULL plan.
    QSqlQuery q = sql::run(m_db, QStringLiteral("DELETE FROM plan WHERE id = ?"), {col::id(id)});
    const bool removed = q.numRowsAffected() > 0;
    transaction.commit();
    return removed;
}

PlanArchive PlanStore::archivePlan(qint64 id) const
{
    PlanArchive archive;
    archive.planId = id;
    const QVariantList plan{col::id(id)};
    const QString ofItems = QStringLiteral("item_id IN (SELECT id FROM execution_item WHERE plan_id = ?)");
    archive.rows.capture(m_db, QStringLiteral("plan"), QStringLiteral("id = ?"), plan);
    archive.rows.capture(m_db, QStringLiteral("smart_goal"), QStringLiteral("plan_id = ?"), plan);
    archive.rows.capture(m_db, QStringLiteral("execution_item"), QStringLiteral("plan_id = ?"), plan);
    archive.rows.capture(m_db, QStringLiteral("execution_item_customer"), ofItems, plan);
    archive.rows.capture(m_db, QStringLiteral("execution_note"), ofItems, plan);
    QSqlQuery q =
        sql::run(m_db, QStringLiteral("SELECT id FROM review_record WHERE plan_id = ?"), {col::id(id)});
    while (q.next())
        archive.reviewIds.append(q.value(0).toLongLong());
    return archive;
}

void PlanStore::restorePlan(const PlanArchive& archive)
{
    WriteTransaction transaction(m_db, m_dialect);
    archive.rows.restore(m_db);
    for (qint64 reviewId : archive.reviewIds)
        sql::run(m_db,
                 QStringLiteral("UPDATE review_record SET plan_id = ? WHERE id = ? AND plan_id IS NULL"),
                 {col::id(archive.planId), col::id(reviewId)});
    transaction.commit();
}

// --- goals -------------------------------------------------------------------------------------

std::vector<SmartGoal> PlanStore::goals(qint64 planId) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT ") + kGoalColumns +
                               QStringLiteral(" FROM smart_goal WHERE plan_id = ? ORDER BY deadline, id"),
                           {col::id(planId)});
    std::vector<SmartGoal> result;
    while (q.next())
        result.push_back(goalFrom(q));
    return result;
}

std::optional<SmartGoal> PlanStore::goal(qint64 id) const
{
    QSqlQuery q = sql::run(
        m_db, QStringLiteral("SELECT ") + kGoalColumns + QStringLiteral(" FROM smart_goal WHERE id = ?"),
        {col::id(id)});
    if (!q.next())
        return std::nullopt;
    return goalFrom(q);
}

qint64 PlanStore::insertGoal(const SmartGoal& goal)
{
    PlanningValidator::require(PlanningValidator::check(goal));
    if (!plan(goal.planId))
        throw PlanningError(
            {{QStringLiteral("plan_id"), tr("Plan: plan %1 does not exist.").arg(goal.planId)}});
    WriteTransaction transaction(m_db, m_dialect);
    QSqlQuery q = sql::prepare(
        m_db, QStringLiteral("INSERT INTO smart_goal (plan_id, kpi, population_kind, population, baseline,"
                             " baseline_on, target, horizon, deadline, owner, description)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
                  m_dialect.returningIdClause());
    for (const QVariant& v :
         {col::id(goal.planId), QVariant(goal.kpi), QVariant(PlanningCodes::code(goal.populationKind)),
          goal.populationKind == PopulationKind::All ? sql::textOrNull(QString())
                                                     : sql::textOrNull(goal.population),
          col::optionalDouble(goal.baseline), col::date(goal.baselineOn), QVariant(goal.target),
          QVariant(PlanningCodes::code(goal.horizon)), col::date(goal.deadline),
          QVariant(goal.owner.trimmed()), sql::textOrNull(goal.description)})
        q.addBindValue(v);
    const qint64 id = m_dialect.execInsert(q);
    transaction.commit();
    return id;
}

void PlanStore::updateGoal(const SmartGoal& goal)
{
    PlanningValidator::require(PlanningValidator::check(goal));
    WriteTransaction transaction(m_db, m_dialect);
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("UPDATE smart_goal SET kpi = ?, population_kind = ?, population = ?, baseline = ?,"
                       " baseline_on = ?, target = ?, horizon = ?, deadline = ?, owner = ?, description = ?"
                       " WHERE id = ?"),
        {goal.kpi, PlanningCodes::code(goal.populationKind),
         goal.populationKind == PopulationKind::All ? sql::textOrNull(QString())
                                                    : sql::textOrNull(goal.population),
         col::optionalDouble(goal.baseline), col::date(goal.baselineOn), goal.target,
         PlanningCodes::code(goal.horizon), col::date(goal.deadline), goal.owner.trimmed(),
         sql::textOrNull(goal.description), col::id(goal.id)});
    if (q.numRowsAffected() < 1)
        throw PlanningError(tr("Goal %1 does not exist.").arg(goal.id));
    transaction.commit();
}

bool PlanStore::removeGoal(qint64 id)
{
    WriteTransaction transaction(m_db, m_dialect);
    QSqlQuery q = sql::run(m_db, QStringLiteral("DELETE FROM smart_goal WHERE id = ?"), {col::id(id)});
    const bool removed = q.numRowsAffected() > 0;
    transaction.commit();
    return removed;
}

// --- execution items ---------------------------------------------------------------------------

std::vector<ExecutionItem> PlanStore::items(qint64 planId) const
{
    QSqlQuery q =
        sql::run(m_db,
                 QStringLiteral("SELECT ") + kItemColumns +
                     QStringLiteral(" FROM execution_item WHERE plan_id = ? ORDER BY starts_on, id"),
                 {col::id(planId)});
    std::vector<ExecutionItem> result;
    while (q.next())
        result.push_back(itemFrom(q));
    return result;
}

std::vector<ExecutionItem> PlanStore::allItems() const
{
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT ") + kItemColumns +
                                     QStringLiteral(" FROM execution_item ORDER BY plan_id, starts_on, id"));
    std::vector<ExecutionItem> result;
    while (q.next())
        result.push_back(itemFrom(q));
    return result;
}

std::optional<ExecutionItem> PlanStore::item(qint64 id) const
{
    QSqlQuery q = sql::run(
        m_db, QStringLiteral("SELECT ") + kItemColumns + QStringLiteral(" FROM execution_item WHERE id = ?"),
        {col::id(id)});
    if (!q.next())
        return std::nullopt;
    return itemFrom(q);
}

qint64 PlanStore::insertItem(const ExecutionItem& item)
{
    PlanningValidator::require(PlanningValidator::check(item));
    if (!plan(item.planId))
        throw PlanningError(
            {{QStringLiteral("plan_id"), tr("Plan: plan %1 does not exist.").arg(item.planId)}});
    WriteTransaction transaction(m_db, m_dialect);
    QSqlQuery q = sql::prepare(
        m_db, QStringLiteral(
                  "INSERT INTO execution_item (plan_id, segment_kind, segment, playbook_id, strategy,"
                  " measures, owner, starts_on, ends_on, resources, budget_minor, expected_effect, status,"
                  " holdout_share) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
                  m_dialect.returningIdClause());
    for (const QVariant& v :
         {col::id(item.planId), QVariant(PlanningCodes::code(item.segmentKind)),
          sql::textOrNull(item.segment), col::optionalId(item.playbookId), QVariant(item.strategy.trimmed()),
          sql::textOrNull(item.measures), QVariant(item.owner.trimmed()), col::date(item.startsOn),
          col::date(item.endsOn), sql::textOrNull(item.resources), col::optionalId(item.budgetMinor),
          sql::textOrNull(item.expectedEffect), QVariant(PlanningCodes::code(item.status)),
          QVariant(item.holdoutShare)})
        q.addBindValue(v);
    const qint64 id = m_dialect.execInsert(q);
    transaction.commit();
    return id;
}

void PlanStore::updateItem(const ExecutionItem& item)
{
    PlanningValidator::require(PlanningValidator::check(item));
    WriteTransaction transaction(m_db, m_dialect);
    QSqlQuery q =
        sql::run(m_db,
                 QStringLiteral(
                     "UPDATE execution_item SET segment_kind = ?, segment = ?, playbook_id = ?, strategy = ?,"
                     " measures = ?, owner = ?, starts_on = ?, ends_on = ?, resources = ?, budget_minor = ?,"
                     " expected_effect = ?, status = ? WHERE id = ?"),
                 {PlanningCodes::code(item.segmentKind), sql::textOrNull(item.segment),
                  col::optionalId(item.playbookId), item.strategy.trimmed(), sql::textOrNull(item.measures),
                  item.owner.trimmed(), col::date(item.startsOn), col::date(item.endsOn),
                  sql::textOrNull(item.resources), col::optionalId(item.budgetMinor),
                  sql::textOrNull(item.expectedEffect), PlanningCodes::code(item.status), col::id(item.id)});
    if (q.numRowsAffected() < 1)
        throw PlanningError(tr("Execution item %1 does not exist.").arg(item.id));
    transaction.commit();
}

bool PlanStore::removeItem(qint64 id)
{
    WriteTransaction transaction(m_db, m_dialect);
    QSqlQuery q = sql::run(m_db, QStringLiteral("DELETE FROM execution_item WHERE id = ?"), {col::id(id)});
    const bool removed = q.numRowsAffected() > 0;
    transaction.commit();
    return removed;
}

// --- item customers ----------------------------------------------------------------------------

ItemCustomerCounts
PlanStore::setItemCustomers(qint64 itemId, const std::vector<qint64>& customerIds, double holdoutShare)
{
    if (!(holdoutShare >= 0.0 && holdoutShare < 1.0))
        throw PlanningError(
            {{QStringLiteral("holdout_share"),
              tr("Control share: %1% is not between 0% and 100% (exclusive).").arg(holdoutShare * 100.0)}});
    const std::set<qint64> unique(customerIds.begin(), customerIds.end());
    std::vector<qint64> ordered(unique.begin(), unique.end());
    // A reproducible shuffle seeded by the item: the first round(share × n) are the control group.
    std::sort(ordered.begin(), ordered.end(), [itemId](qint64 a, qint64 b) {
        const quint64 ha = mix(static_cast<quint64>(itemId) ^ mix(static_cast<quint64>(a)));
        const quint64 hb = mix(static_cast<quint64>(itemId) ^ mix(static_cast<quint64>(b)));
        return ha != hb ? ha < hb : a < b;
    });
    const auto controls =
        static_cast<std::size_t>(std::llround(holdoutShare * static_cast<double>(ordered.size())));

    WriteTransaction transaction(m_db, m_dialect);
    QSqlQuery update =
        sql::run(m_db, QStringLiteral("UPDATE execution_item SET holdout_share = ? WHERE id = ?"),
                 {holdoutShare, col::id(itemId)});
    if (update.numRowsAffected() < 1)
        throw PlanningError(tr("Execution item %1 does not exist.").arg(itemId));
    sql::run(m_db, QStringLiteral("DELETE FROM execution_item_customer WHERE item_id = ?"),
             {col::id(itemId)});
    QSqlQuery exists = sql::prepare(m_db, QStringLiteral("SELECT 1 FROM customer WHERE id = ?"));
    QSqlQuery insert = sql::prepare(
        m_db,
        QStringLiteral("INSERT INTO execution_item_customer (item_id, customer_id, role) VALUES (?, ?, ?)"));
    const QString control = PlanningCodes::code(ItemCustomerRole::Control);
    const QString target = PlanningCodes::code(ItemCustomerRole::Target);
    ItemCustomerCounts counts;
    for (std::size_t i = 0; i < ordered.size(); ++i) {
        exists.bindValue(0, col::id(ordered[i]));
        sql::exec(exists);
        if (!exists.next())
            throw PlanningError({{QStringLiteral("customers"),
                                  tr("Customers: customer %1 does not exist.").arg(ordered[i])}});
        exists.finish();
        const bool isControl = i < controls;
        insert.bindValue(0, col::id(itemId));
        insert.bindValue(1, col::id(ordered[i]));
        insert.bindValue(2, isControl ? control : target);
        sql::exec(insert);
        ++(isControl ? counts.controls : counts.targets);
    }
    transaction.commit();
    return counts;
}

std::vector<qint64>
PlanStore::segmentCustomerIds(SegmentKind kind, const QString& segment, const QString& snapshotPeriod) const
{
    if (kind == SegmentKind::Custom)
        return {};
    const QString column = kind == SegmentKind::Tier ? QStringLiteral("tier") : QStringLiteral("stage");
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT customer_id FROM customer_snapshot WHERE period = ? AND ") +
                               column + QStringLiteral(" = ? ORDER BY customer_id"),
                           {snapshotPeriod, segment});
    std::vector<qint64> ids;
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

ItemCustomerCounts
PlanStore::linkSegmentCustomers(qint64 itemId, double holdoutShare, const QString& snapshotPeriod)
{
    const std::optional<ExecutionItem> stored = item(itemId);
    if (!stored)
        throw PlanningError(tr("Execution item %1 does not exist.").arg(itemId));
    if (stored->segmentKind == SegmentKind::Custom)
        throw PlanningError(
            {{QStringLiteral("segment"),
              tr("Customers: a hand-picked item has no tier or stage to take customers from.")}});
    return setItemCustomers(itemId, segmentCustomerIds(stored->segmentKind, stored->segment, snapshotPeriod),
                            holdoutShare);
}

std::vector<ItemCustomer> PlanStore::itemCustomers(qint64 itemId) const
{
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral(
            "SELECT customer_id, role FROM execution_item_customer WHERE item_id = ? ORDER BY customer_id"),
        {col::id(itemId)});
    std::vector<ItemCustomer> result;
    while (q.next())
        result.push_back(
            {q.value(0).toLongLong(),
             PlanningCodes::itemCustomerRole(q.value(1).toString()).value_or(ItemCustomerRole::Target)});
    return result;
}

std::vector<qint64> PlanStore::itemCustomerIds(qint64 itemId, ItemCustomerRole role) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT customer_id FROM execution_item_customer"
                                          " WHERE item_id = ? AND role = ? ORDER BY customer_id"),
                           {col::id(itemId), PlanningCodes::code(role)});
    std::vector<qint64> result;
    while (q.next())
        result.push_back(q.value(0).toLongLong());
    return result;
}

ItemCustomerCounts PlanStore::itemCustomerCounts(qint64 itemId) const
{
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT role, COUNT(*) FROM execution_item_customer WHERE item_id = ? GROUP BY role"),
        {col::id(itemId)});
    ItemCustomerCounts counts;
    while (q.next()) {
        const auto role = PlanningCodes::itemCustomerRole(q.value(0).toString());
        (role == ItemCustomerRole::Control ? counts.controls : counts.targets) += q.value(1).toLongLong();
    }
    return counts;
}

// --- notes -------------------------------------------------------------------------------------

std::vector<ExecutionNote> PlanStore::notes(qint64 itemId) const
{
    QSqlQuery q =
        sql::run(m_db,
                 QStringLiteral("SELECT ") + kNoteColumns +
                     QStringLiteral(" FROM execution_note WHERE item_id = ? ORDER BY written_at, id"),
                 {col::id(itemId)});
    std::vector<ExecutionNote> result;
    while (q.next())
        result.push_back(noteFrom(q));
    return result;
}

qint64 PlanStore::insertNote(const ExecutionNote& note)
{
    PlanningValidator::require(PlanningValidator::check(note));
    if (!item(note.itemId))
        throw PlanningError(
            {{QStringLiteral("item_id"), tr("Item: execution item %1 does not exist.").arg(note.itemId)}});
    WriteTransaction transaction(m_db, m_dialect);
    QSqlQuery q = sql::prepare(
        m_db,
        QStringLiteral("INSERT INTO execution_note (item_id, written_at, author, body) VALUES (?, ?, ?, ?)") +
            m_dialect.returningIdClause());
    q.addBindValue(col::id(note.itemId));
    q.addBindValue(
        col::timestamp(note.writtenAt.isValid() ? note.writtenAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(sql::textOrNull(note.author));
    q.addBindValue(note.body);
    const qint64 id = m_dialect.execInsert(q);
    transaction.commit();
    return id;
}

void PlanStore::updateNote(const ExecutionNote& note)
{
    PlanningValidator::require(PlanningValidator::check(note));
    WriteTransaction transaction(m_db, m_dialect);
    QSqlQuery q =
        sql::run(m_db, QStringLiteral("UPDATE execution_note SET author = ?, body = ? WHERE id = ?"),
                 {sql::textOrNull(note.author), note.body, col::id(note.id)});
    if (q.numRowsAffected() < 1)
        throw PlanningError(tr("Progress note %1 does not exist.").arg(note.id));
    transaction.commit();
}

bool PlanStore::removeNote(qint64 id)
{
    WriteTransaction transaction(m_db, m_dialect);
    QSqlQuery q = sql::run(m_db, QStringLiteral("DELETE FROM execution_note WHERE id = ?"), {col::id(id)});
    const bool removed = q.numRowsAffected() > 0;
    transaction.commit();
    return removed;
}

} // namespace clientele
