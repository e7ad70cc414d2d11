#include "storage/ReviewStore.h"

#include "planning/PlanningCodes.h"
#include "planning/PlanningError.h"
#include "planning/PlanningValidator.h"
#include "storage/PlanningColumns.h"
#include "storage/SqlSupport.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>

namespace clientele {

namespace {

namespace col = planning_columns;

const QString kColumns =
    QStringLiteral("id, plan_id, cadence, held_on, participants, findings, decisions, plan_changes");

ReviewRecord reviewFrom(const QSqlQuery& q)
{
    ReviewRecord r;
    r.id = q.value(0).toLongLong();
    r.planId = col::optionalIdFrom(q.value(1));
    r.cadence = PlanningCodes::reviewCadence(q.value(2).toString()).value_or(ReviewCadence::Quarterly);
    r.heldOn = col::dateFrom(q.value(3));
    r.participants = q.value(4).toString();
    r.findings = q.value(5).toString();
    r.decisions = q.value(6).toString();
    r.planChanges = q.value(7).toString();
    return r;
}

} // namespace

ReviewStore::ReviewStore(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

std::vector<ReviewRecord> ReviewStore::list(std::optional<qint64> planId) const
{
    const QString statement = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM review_record") +
                              (planId ? QStringLiteral(" WHERE plan_id = ?") : QString()) +
                              QStringLiteral(" ORDER BY held_on DESC, id DESC");
    QSqlQuery q = planId ? sql::run(m_db, statement, {col::id(*planId)}) : sql::run(m_db, statement);
    std::vector<ReviewRecord> result;
    while (q.next())
        result.push_back(reviewFrom(q));
    return result;
}

std::optional<ReviewRecord> ReviewStore::find(qint64 id) const
{
    QSqlQuery q = sql::run(
        m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM review_record WHERE id = ?"),
        {col::id(id)});
    if (!q.next())
        return std::nullopt;
    return reviewFrom(q);
}

qint64 ReviewStore::insert(const ReviewRecord& review)
{
    PlanningValidator::require(PlanningValidator::check(review));
    WriteTransaction transaction(m_db, m_dialect);
    if (review.planId &&
        !sql::scalar(m_db, QStringLiteral("SELECT 1 FROM plan WHERE id = ?"), {col::id(*review.planId)})
             .isValid())
        throw PlanningError(
            {{QStringLiteral("plan_id"), tr("Plan: plan %1 does not exist.").arg(*review.planId)}});
    QSqlQuery q = sql::prepare(
        m_db, QStringLiteral("INSERT INTO review_record (plan_id, cadence, held_on, participants,"
                             " findings, decisions, plan_changes) VALUES (?, ?, ?, ?, ?, ?, ?)") +
                  m_dialect.returningIdClause());
    for (const QVariant& v :
         {col::optionalId(review.planId), QVariant(PlanningCodes::code(review.cadence)),
          col::date(review.heldOn), sql::textOrNull(review.participants), sql::textOrNull(review.findings),
          sql::textOrNull(review.decisions), sql::textOrNull(review.planChanges)})
        q.addBindValue(v);
    const qint64 id = m_dialect.execInsert(q);
    transaction.commit();
    return id;
}

void ReviewStore::update(const ReviewRecord& review)
{
    PlanningValidator::require(PlanningValidator::check(review));
    WriteTransaction transaction(m_db, m_dialect);
    if (review.planId &&
        !sql::scalar(m_db, QStringLiteral("SELECT 1 FROM plan WHERE id = ?"), {col::id(*review.planId)})
             .isValid())
        throw PlanningError(
            {{QStringLiteral("plan_id"), tr("Plan: plan %1 does not exist.").arg(*review.planId)}});
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("UPDATE review_record SET plan_id = ?, cadence = ?, held_on = ?,"
                                          " participants = ?, findings = ?, decisions = ?, plan_changes = ?"
                                          " WHERE id = ?"),
                           {col::optionalId(review.planId), PlanningCodes::code(review.cadence),
                            col::date(review.heldOn), sql::textOrNull(review.participants),
                            sql::textOrNull(review.findings), sql::textOrNull(review.decisions),
                            sql::textOrNull(review.planChanges), col::id(review.id)});
    if (q.numRowsAffected() < 1)
        throw PlanningError(tr("Review %1 does not exist.").arg(review.id));
    transaction.commit();
}

bool ReviewStore::remove(qint64 id)
{
    WriteTransaction transaction(m_db, m_dialect);
    QSqlQuery q = sql::run(m_db, QStringLiteral("DELETE FROM review_record WHERE id = ?"), {col::id(id)});
    const bool removed = q.numRowsAffected() > 0;
    transaction.commit();
    return removed;
}

} // namespace clientele
