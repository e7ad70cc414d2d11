#include "storage/AnalyticsRuleStore.h"

#include "analytics/AnalyticsRuleError.h"
#include "analytics/TierModelChecker.h"
#include "storage/SqlSupport.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>
#include <type_traits>

namespace clientele {

namespace {

QString definitionText(const QJsonObject& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject parseDefinition(const QString& text, const QString& table, const QString& code)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!doc.isObject())
        throw AnalyticsRuleError(
            AnalyticsRuleStore::tr("The stored definition of “%1” in %2 is not a JSON object: %3")
                .arg(code, table, error.errorString()));
    return doc.object();
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

template <typename T>
QList<AnalyticsRuleStore::Entry>
mergedEntries(const QSqlDatabase& db, const QString& table, const std::vector<T>& builtIns)
{
    QList<AnalyticsRuleStore::Entry> entries;
    for (const T& b : builtIns) {
        AnalyticsRuleStore::Entry e;
        if constexpr (std::is_same_v<T, ScoringScheme>)
            e = {b.code, b.name, true};
        else
            e = {b.code(), b.name(), true};
        entries << e;
    }
    QSqlQuery q =
        sql::run(db, QStringLiteral("SELECT code, name, built_in FROM %1 ORDER BY code").arg(table));
    while (q.next()) {
        const QString code = q.value(0).toString();
        auto it = std::find_if(entries.begin(), entries.end(), [&](const auto& e) { return e.code == code; });
        if (it != entries.end())
            it->name = q.value(1).toString();
        else
            entries << AnalyticsRuleStore::Entry{code, q.value(1).toString(), q.value(2).toInt() != 0};
    }
    return entries;
}

} // namespace

AnalyticsRuleStore::AnalyticsRuleStore(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

void AnalyticsRuleStore::ensureBuiltIns()
{
    for (const ScoringScheme& s : ScoringScheme::builtIns())
        writeScheme(s, true, false);
    for (const TierModel& m : TierModel::builtIns())
        writeTierModel(m, true, false);
}

void AnalyticsRuleStore::resetBuiltIns()
{
    for (const ScoringScheme& s : ScoringScheme::builtIns())
        writeScheme(s, true, true);
    for (const TierModel& m : TierModel::builtIns())
        writeTierModel(m, true, true);
}

void AnalyticsRuleStore::writeScheme(const ScoringScheme& scheme, bool builtIn, bool replace)
{
    // Standard upsert (SQLite 3.24+, PostgreSQL 9.5+); built_in is never cleared by an edit.
    const QString conflict = replace
                                 ? QStringLiteral(" ON CONFLICT (code) DO UPDATE SET name = excluded.name,"
                                                  " definition = excluded.definition,"
                                                  " updated_at = excluded.updated_at")
                                 : QStringLiteral(" ON CONFLICT (code) DO NOTHING");
    sql::run(m_db,
             QStringLiteral("INSERT INTO scoring_scheme (code, name, built_in, definition, updated_at)"
                            " VALUES (?, ?, ?, ?, ?)") +
                 conflict,
             {scheme.code, scheme.name, builtIn ? 1 : 0, definitionText(scheme.toJson()), now()});
}

void AnalyticsRuleStore::writeTierModel(const TierModel& model, bool builtIn, bool replace)
{
    const QString conflict = replace
                                 ? QStringLiteral(" ON CONFLICT (code) DO UPDATE SET name = excluded.name,"
                                                  " kind = excluded.kind, definition = excluded.definition,"
                                                  " updated_at = excluded.updated_at")
                                 : QStringLiteral(" ON CONFLICT (code) DO NOTHING");
    sql::run(m_db,
             QStringLiteral("INSERT INTO tier_model (code, name, kind, built_in, definition, updated_at)"
                            " VALUES (?, ?, ?, ?, ?, ?)") +
                 conflict,
             {model.code(), model.name(), TierModel::kindCode(model.kind()), builtIn ? 1 : 0,
              definitionText(model.toJson()), now()});
}

QList<AnalyticsRuleStore::Entry> AnalyticsRuleStore::schemes() const
{
    return mergedEntries(m_db, QStringLiteral("scoring_scheme"), ScoringScheme::builtIns());
}

std::optional<ScoringScheme> AnalyticsRuleStore::scheme(const QString& code) const
{
    const QVariant stored =
        sql::scalar(m_db, QStringLiteral("SELECT definition FROM scoring_scheme WHERE code = ?"), {code});
    if (!stored.isValid())
        return ScoringScheme::builtIn(code);
    ScoringScheme s =
        ScoringScheme::fromJson(parseDefinition(stored.toString(), QStringLiteral("scoring_scheme"), code));
    s.code = code; // the row's code wins over a definition edited by hand
    return s;
}

void AnalyticsRuleStore::saveScheme(const ScoringScheme& scheme)
{
    const QStringList problems = scheme.problems();
    if (!problems.isEmpty())
        throw AnalyticsRuleError(problems.join(QLatin1Char(' ')));
    ensureBuiltIns();
    writeScheme(scheme, false, true);
}

void AnalyticsRuleStore::removeScheme(const QString& code)
{
    if (ScoringScheme::builtIn(code))
        throw AnalyticsRuleError(
            tr("The scoring scheme “%1” is built in; it can be reset but not removed.").arg(code));
    if (!sql::scalar(m_db, QStringLiteral("SELECT 1 FROM scoring_scheme WHERE code = ?"), {code}).isValid())
        throw AnalyticsRuleError(tr("There is no scoring scheme “%1”.").arg(code));
    sql::run(m_db, QStringLiteral("DELETE FROM scoring_scheme WHERE code = ?"), {code});
}

QList<AnalyticsRuleStore::Entry> AnalyticsRuleStore::tierModels() const
{
    return mergedEntries(m_db, QStringLiteral("tier_model"), TierModel::builtIns());
}

std::optional<TierModel> AnalyticsRuleStore::tierModel(const QString& code) const
{
    const QVariant stored =
        sql::scalar(m_db, QStringLiteral("SELECT definition FROM tier_model WHERE code = ?"), {code});
    if (!stored.isValid())
        return TierModel::builtIn(code);
    QJsonObject json = parseDefinition(stored.toString(), QStringLiteral("tier_model"), code);
    json.insert(QStringLiteral("code"), code); // the row's code wins over a definition edited by hand
    return TierModel::fromJson(json);
}

void AnalyticsRuleStore::saveTierModel(const TierModel& model)
{
    const TierModelChecker::Report report = TierModelChecker::check(model);
    if (!report.isComplete())
        throw AnalyticsRuleError(tr("The tier model “%1” was not saved: %2")
                                     .arg(model.code(), report.messages.join(QLatin1Char(' '))));
    ensureBuiltIns();
    writeTierModel(model, false, true);
}

void AnalyticsRuleStore::removeTierModel(const QString& code)
{
    if (TierModel::builtIn(code))
        throw AnalyticsRuleError(
            tr("The tier model “%1” is built in; it can be reset but not removed.").arg(code));
    if (!sql::scalar(m_db, QStringLiteral("SELECT 1 FROM tier_model WHERE code = ?"), {code}).isValid())
        throw AnalyticsRuleError(tr("There is no tier model “%1”.").arg(code));
    sql::run(m_db, QStringLiteral("DELETE FROM tier_model WHERE code = ?"), {code});
}

} // namespace clientele
