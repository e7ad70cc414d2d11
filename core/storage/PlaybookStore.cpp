#include "storage/PlaybookStore.h"

#include "planning/PlanningCodes.h"
#include "planning/PlanningError.h"
#include "planning/PlanningValidator.h"
#include "planning/PlaybookCatalog.h"
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

const QString kColumns = QStringLiteral("id, code, target_kind, tier_model, target, name, goal, measures,"
                                        " owner_role, cadence, resources, expected_effect, kpi, retired,"
                                        " updated_at");

Playbook playbookFrom(const QSqlQuery& q)
{
    Playbook p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.targetKind = PlanningCodes::playbookTarget(q.value(2).toString()).value_or(PlaybookTarget::Any);
    p.tierModel = q.value(3).toString();
    p.target = q.value(4).toString();
    p.retired = q.value(13).toInt() != 0;
    p.updatedAt = col::timestampFrom(q.value(14));
    const std::optional<Playbook> builtIn = p.code.isEmpty() ? std::nullopt : PlaybookCatalog::find(p.code);
    if (!builtIn) {
        // A user's own (or a built-in this version no longer knows): the stored texts are all.
        p.name = q.value(5).toString();
        p.goal = q.value(6).toString();
        p.measures = q.value(7).toString();
        p.ownerRole = PlanningCodes::ownerRole(q.value(8).toString()).value_or(OwnerRole::Sales);
        p.cadence = q.value(9).toString();
        p.resources = q.value(10).toString();
        p.expectedEffect = q.value(11).toString();
        p.kpi = q.value(12).toString();
        return p;
    }
    bool edited = false;
    p.name = textOr(q.value(5), builtIn->name, edited);
    p.goal = textOr(q.value(6), builtIn->goal, edited);
    p.measures = textOr(q.value(7), builtIn->measures, edited);
    const QString role = textOr(q.value(8), PlanningCodes::code(builtIn->ownerRole), edited);
    p.ownerRole = PlanningCodes::ownerRole(role).value_or(builtIn->ownerRole);
    p.cadence = textOr(q.value(9), builtIn->cadence, edited);
    p.resources = textOr(q.value(10), builtIn->resources, edited);
    p.expectedEffect = textOr(q.value(11), builtIn->expectedEffect, edited);
    p.kpi = textOr(q.value(12), builtIn->kpi, edited);
    p.edited = edited;
    return p;
}

} // namespace

PlaybookStore::PlaybookStore(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

int PlaybookStore::ensureBuiltIns() const
{
    const std::vector<Playbook> catalogue = PlaybookCatalog::builtIns();
    QStringList codes;
    for (const Playbook& p : catalogue)
        codes.append(p.code);
    return built_in_rows::insertMissing(m_db, m_dialect, QStringLiteral("playbook"), codes, [&](int i) {
        const Playbook& p = catalogue[static_cast<size_t>(i)];
        sql::run(
            m_db,
            QStringLiteral("INSERT INTO playbook (code, target_kind, tier_model, target, retired, updated_at)"
                           " VALUES (?, ?, ?, ?, 0, ?)"),
            {p.code, PlanningCodes::code(p.targetKind), sql::textOrNull(p.tierModel),
             sql::textOrNull(p.target), col::nowTimestamp()});
    });
}

std::vector<Playbook> PlaybookStore::list(bool includeRetired) const
{
    ensureBuiltIns();
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM playbook") +
                                     (includeRetired ? QString() : QStringLiteral(" WHERE retired = 0")));
    std::vector<Playbook> builtIns, own;
    while (q.next()) {
        Playbook p = playbookFrom(q);
        (p.isBuiltIn() ? builtIns : own).push_back(std::move(p));
    }
    std::stable_sort(own.begin(), own.end(), [](const Playbook& a, const Playbook& b) {
        const int order = a.name.localeAwareCompare(b.name);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    return built_in_rows::builtInsFirst(std::move(builtIns), std::move(own), PlaybookCatalog::builtIns());
}

std::optional<Playbook> PlaybookStore::find(qint64 id) const
{
    ensureBuiltIns();
    QSqlQuery q =
        sql::run(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM playbook WHERE id = ?"),
                 {col::id(id)});
    if (!q.next())
        return std::nullopt;
    return playbookFrom(q);
}

std::optional<Playbook> PlaybookStore::findByCode(const QString& code) const
{
    ensureBuiltIns();
    QSqlQuery q = sql::run(
        m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM playbook WHERE code = ?"), {code});
    if (!q.next())
        return std::nullopt;
    return playbookFrom(q);
}

qint64 PlaybookStore::insert(const Playbook& playbook)
{
    PlanningValidator::require(PlanningValidator::check(playbook));
    WriteTransaction transaction(m_db, m_dialect);
    QSqlQuery q = sql::prepare(
        m_db,
        QStringLiteral("INSERT INTO playbook (code, target_kind, tier_model, target, name, goal, measures,"
                       " owner_role, cadence, resources, expected_effect, kpi, retired, updated_at)"
                       " VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
            m_dialect.returningIdClause());
    for (const QVariant& v :
         {QVariant(PlanningCodes::code(playbook.targetKind)), sql::textOrNull(playbook.tierModel),
          sql::textOrNull(playbook.target), QVariant(playbook.name.trimmed()), QVariant(playbook.goal),
          QVariant(playbook.measures), QVariant(PlanningCodes::code(playbook.ownerRole)),
          QVariant(playbook.cadence), QVariant(playbook.resources), QVariant(playbook.expectedEffect),
          QVariant(playbook.kpi), QVariant(playbook.retired ? 1 : 0), col::nowTimestamp()})
        q.addBindValue(v);
    const qint64 id = m_dialect.execInsert(q);
    transaction.commit();
    return id;
}

void PlaybookStore::update(const Playbook& playbook)
{
    const std::optional<Playbook> stored = find(playbook.id);
    if (!stored)
        throw PlanningError(tr("Playbook %1 does not exist.").arg(playbook.id));
    Playbook checked = playbook;
    const std::optional<Playbook> builtIn =
        stored->isBuiltIn() ? PlaybookCatalog::find(stored->code) : std::nullopt;
    if (builtIn) {
        // A built-in keeps the catalogue's target.
        checked.targetKind = builtIn->targetKind;
        checked.tierModel = builtIn->tierModel;
        checked.target = builtIn->target;
    }
    PlanningValidator::require(PlanningValidator::check(checked));
    WriteTransaction transaction(m_db, m_dialect);
    const QString statement = QStringLiteral(
        "UPDATE playbook SET target_kind = ?, tier_model = ?, target = ?, name = ?, goal = ?, measures = ?,"
        " owner_role = ?, cadence = ?, resources = ?, expected_effect = ?, kpi = ?, retired = ?, updated_at "
        "= ?"
        " WHERE id = ?");
    if (builtIn) {
        sql::run(m_db, statement,
                 {PlanningCodes::code(builtIn->targetKind), sql::textOrNull(builtIn->tierModel),
                  sql::textOrNull(builtIn->target), overrideOf(checked.name.trimmed(), builtIn->name),
                  overrideOf(checked.goal, builtIn->goal), overrideOf(checked.measures, builtIn->measures),
                  overrideOf(PlanningCodes::code(checked.ownerRole), PlanningCodes::code(builtIn->ownerRole)),
                  overrideOf(checked.cadence, builtIn->cadence),
                  overrideOf(checked.resources, builtIn->resources),
                  overrideOf(checked.expectedEffect, builtIn->expectedEffect),
                  overrideOf(checked.kpi, builtIn->kpi), checked.retired ? 1 : 0, col::nowTimestamp(),
                  col::id(checked.id)});
    } else {
        sql::run(m_db, statement,
                 {PlanningCodes::code(checked.targetKind), sql::textOrNull(checked.tierModel),
                  sql::textOrNull(checked.target), checked.name.trimmed(), checked.goal, checked.measures,
                  PlanningCodes::code(checked.ownerRole), checked.cadence, checked.resources,
                  checked.expectedEffect, checked.kpi, checked.retired ? 1 : 0, col::nowTimestamp(),
                  col::id(checked.id)});
    }
    transaction.commit();
}

bool PlaybookStore::remove(qint64 id)
{
    const std::optional<Playbook> stored = find(id);
    if (!stored)
        return false;
    if (stored->isBuiltIn())
        throw PlanningError(
            {{QStringLiteral("code"),
              tr("“%1” is a built-in playbook: it can be retired, not removed.").arg(stored->name)}});
    WriteTransaction transaction(m_db, m_dialect);
    QSqlQuery q = sql::run(m_db, QStringLiteral("DELETE FROM playbook WHERE id = ?"), {col::id(id)});
    const bool removed = q.numRowsAffected() > 0;
    transaction.commit();
    return removed;
}

void PlaybookStore::reset(qint64 id)
{
    const std::optional<Playbook> stored = find(id);
    if (!stored)
        throw PlanningError(tr("Playbook %1 does not exist.").arg(id));
    if (!stored->isBuiltIn())
        throw PlanningError(
            {{QStringLiteral("code"),
              tr("“%1” is your own playbook: only built-in playbooks can be reset.").arg(stored->name)}});
    WriteTransaction transaction(m_db, m_dialect);
    sql::run(
        m_db,
        QStringLiteral("UPDATE playbook SET name = NULL, goal = NULL, measures = NULL, owner_role = NULL,"
                       " cadence = NULL, resources = NULL, expected_effect = NULL, kpi = NULL, retired = 0,"
                       " updated_at = ? WHERE id = ?"),
        {col::nowTimestamp(), col::id(id)});
    transaction.commit();
}

int PlaybookStore::resetAllBuiltIns()
{
    ensureBuiltIns();
    WriteTransaction transaction(m_db, m_dialect);
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("UPDATE playbook SET name = NULL, goal = NULL, measures = NULL, owner_role = NULL,"
                       " cadence = NULL, resources = NULL, expected_effect = NULL, kpi = NULL, retired = 0,"
                       " updated_at = ? WHERE code IS NOT NULL AND (retired = 1 OR name IS NOT NULL"
                       " OR goal IS NOT NULL OR measures IS NOT NULL OR owner_role IS NOT NULL"
                       " OR cadence IS NOT NULL OR resources IS NOT NULL OR expected_effect IS NOT NULL"
                       " OR kpi IS NOT NULL)"),
        {col::nowTimestamp()});
    const int changed = q.numRowsAffected();
    transaction.commit();
    return changed;
}

qint64 PlaybookStore::duplicate(qint64 id)
{
    std::optional<Playbook> copy = find(id);
    if (!copy)
        throw PlanningError(tr("Playbook %1 does not exist.").arg(id));
    copy->code.clear();
    copy->name = tr("%1 (copy)").arg(copy->name);
    copy->retired = false;
    return insert(*copy);
}

void PlaybookStore::setRetired(qint64 id, bool retired)
{
    ensureBuiltIns();
    WriteTransaction transaction(m_db, m_dialect);
    QSqlQuery q =
        sql::run(m_db, QStringLiteral("UPDATE playbook SET retired = ?, updated_at = ? WHERE id = ?"),
                 {retired ? 1 : 0, col::nowTimestamp(), col::id(id)});
    if (q.numRowsAffected() < 1)
        throw PlanningError(tr("Playbook %1 does not exist.").arg(id));
    transaction.commit();
}

} // namespace clientele
