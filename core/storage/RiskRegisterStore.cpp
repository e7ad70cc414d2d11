#include "storage/RiskRegisterStore.h"

#include "planning/PlanningCodes.h"
#include "planning/PlanningError.h"
#include "planning/PlanningValidator.h"
#include "planning/RiskCatalog.h"
#include "storage/BuiltInRows.h"
#include "storage/PlanningColumns.h"
#include "storage/SqlSupport.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>

#include <algorithm>

namespace clientele {

namespace {

namespace col = planning_columns;
using built_in_rows::overrideOf;
using built_in_rows::textOr;

const QString kColumns = QStringLiteral("id, code, risk, signs, avoidance, owner, status, updated_at");

RiskEntry riskFrom(const QSqlQuery& q)
{
    RiskEntry r;
    r.id = q.value(0).toLongLong();
    r.code = q.value(1).toString();
    r.status = PlanningCodes::riskStatus(q.value(6).toString()).value_or(RiskStatus::Open);
    r.updatedAt = col::timestampFrom(q.value(7));
    const std::optional<RiskEntry> builtIn = r.code.isEmpty() ? std::nullopt : RiskCatalog::find(r.code);
    if (!builtIn) {
        r.risk = q.value(2).toString();
        r.signs = q.value(3).toString();
        r.avoidance = q.value(4).toString();
        r.owner = q.value(5).toString();
        return r;
    }
    bool edited = false;
    r.risk = textOr(q.value(2), builtIn->risk, edited);
    r.signs = textOr(q.value(3), builtIn->signs, edited);
    r.avoidance = textOr(q.value(4), builtIn->avoidance, edited);
    r.owner = textOr(q.value(5), builtIn->owner, edited);
    r.edited = edited;
    return r;
}

} // namespace

RiskRegisterStore::RiskRegisterStore(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

int RiskRegisterStore::ensureBuiltIns() const
{
    const std::vector<RiskEntry> catalogue = RiskCatalog::builtIns();
    QStringList codes;
    for (const RiskEntry& r : catalogue)
        codes.append(r.code);
    return built_in_rows::insertMissing(m_db, m_dialect, QStringLiteral("risk_entry"), codes, [&](int i) {
        sql::run(m_db, QStringLiteral("INSERT INTO risk_entry (code, status, updated_at) VALUES (?, ?, ?)"),
                 {catalogue[static_cast<size_t>(i)].code, PlanningCodes::code(RiskStatus::Open),
                  col::nowTimestamp()});
    });
}

std::vector<RiskEntry> RiskRegisterStore::list() const
{
    ensureBuiltIns();
    QSqlQuery q =
        sql::run(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM risk_entry ORDER BY id"));
    std::vector<RiskEntry> builtIns, own;
    while (q.next()) {
        RiskEntry r = riskFrom(q);
        (r.isBuiltIn() ? builtIns : own).push_back(std::move(r));
    }
    return built_in_rows::builtInsFirst(std::move(builtIns), std::move(own), RiskCatalog::builtIns());
}

std::optional<RiskEntry> RiskRegisterStore::find(qint64 id) const
{
    ensureBuiltIns();
    QSqlQuery q =
        sql::run(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM risk_entry WHERE id = ?"),
                 {col::id(id)});
    if (!q.next())
        return std::nullopt;
    return riskFrom(q);
}

qint64 RiskRegisterStore::insert(const RiskEntry& risk)
{
    PlanningValidator::require(PlanningValidator::check(risk));
    WriteTransaction transaction(m_db, m_dialect);
    QSqlQuery q =
        sql::prepare(m_db, QStringLiteral("INSERT INTO risk_entry (code, risk, signs, avoidance, owner,"
                                          " status, updated_at) VALUES (NULL, ?, ?, ?, ?, ?, ?)") +
                               m_dialect.returningIdClause());
    for (const QVariant& v :
         {QVariant(risk.risk.trimmed()), sql::textOrNull(risk.signs), sql::textOrNull(risk.avoidance),
          sql::textOrNull(risk.owner), QVariant(PlanningCodes::code(risk.status)), col::nowTimestamp()})
        q.addBindValue(v);
    const qint64 id = m_dialect.execInsert(q);
    transaction.commit();
    return id;
}

void RiskRegisterStore::update(const RiskEntry& risk)
{
    PlanningValidator::require(PlanningValidator::check(risk));
    const std::optional<RiskEntry> stored = find(risk.id);
    if (!stored)
        throw PlanningError(tr("Risk %1 does not exist.").arg(risk.id));
    const std::optional<RiskEntry> builtIn =
        stored->isBuiltIn() ? RiskCatalog::find(stored->code) : std::nullopt;
    WriteTransaction transaction(m_db, m_dialect);
    const QString statement = QStringLiteral("UPDATE risk_entry SET risk = ?, signs = ?, avoidance = ?, "
                                             "owner = ?, status = ?, updated_at = ? WHERE id = ?");
    if (builtIn)
        sql::run(m_db, statement,
                 {overrideOf(risk.risk.trimmed(), builtIn->risk), overrideOf(risk.signs, builtIn->signs),
                  overrideOf(risk.avoidance, builtIn->avoidance), overrideOf(risk.owner, builtIn->owner),
                  PlanningCodes::code(risk.status), col::nowTimestamp(), col::id(risk.id)});
    else
        sql::run(m_db, statement,
                 {risk.risk.trimmed(), sql::textOrNull(risk.signs), sql::textOrNull(risk.avoidance),
                  sql::textOrNull(risk.owner), PlanningCodes::code(risk.status), col::nowTimestamp(),
                  col::id(risk.id)});
    transaction.commit();
}

bool RiskRegisterStore::remove(qint64 id)
{
    const std::optional<RiskEntry> stored = find(id);
    if (!stored)
        return false;
    if (stored->isBuiltIn())
        throw PlanningError(
            {{QStringLiteral("code"),
              tr("“%1” is a built-in risk: it can be closed, not removed.").arg(stored->risk)}});
    WriteTransaction transaction(m_db, m_dialect);
    QSqlQuery q = sql::run(m_db, QStringLiteral("DELETE FROM risk_entry WHERE id = ?"), {col::id(id)});
    const bool removed = q.numRowsAffected() > 0;
    transaction.commit();
    return removed;
}

void RiskRegisterStore::reset(qint64 id)
{
    const std::optional<RiskEntry> stored = find(id);
    if (!stored)
        throw PlanningError(tr("Risk %1 does not exist.").arg(id));
    if (!stored->isBuiltIn())
        throw PlanningError(
            {{QStringLiteral("code"),
              tr("“%1” is your own risk: only built-in risks can be reset.").arg(stored->risk)}});
    WriteTransaction transaction(m_db, m_dialect);
    sql::run(m_db,
             QStringLiteral("UPDATE risk_entry SET risk = NULL, signs = NULL, avoidance = NULL, owner = NULL,"
                            " updated_at = ? WHERE id = ?"),
             {col::nowTimestamp(), col::id(id)});
    transaction.commit();
}

} // namespace clientele
