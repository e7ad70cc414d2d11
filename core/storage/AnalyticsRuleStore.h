#pragma once

#include "analytics/ScoringScheme.h"
#include "analytics/TierModel.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace clientele {

// Scoring schemes and tier models in the scoring_scheme / tier_model tables, as JSON definitions.
// Reading never writes: a built-in that is not stored yet is read from the shipped definition. The
// first write (save, reset, ensureBuiltIns) seeds every missing built-in, so edits to a built-in are
// stored beside the others and resetBuiltIns() can put the shipped definitions back.
class AnalyticsRuleStore
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsRuleStore)

public:
    struct Entry
    {
        QString code;
        QString name;
        bool builtIn = false;
    };

    AnalyticsRuleStore(const QSqlDatabase& db, const SqlDialect& dialect);

    // Writes the built-ins that are not stored yet; stored ones (possibly edited) are kept.
    void ensureBuiltIns();
    // Writes the shipped definitions of every built-in over the stored ones.
    void resetBuiltIns();

    QList<Entry> schemes() const; // built-ins first, then by code
    std::optional<ScoringScheme> scheme(const QString& code) const;
    // Inserts or replaces by code. Throws AnalyticsRuleError for a scheme with problems().
    void saveScheme(const ScoringScheme& scheme);
    // Throws AnalyticsRuleError for a built-in (reset it instead) or an unknown code.
    void removeScheme(const QString& code);

    QList<Entry> tierModels() const;
    std::optional<TierModel> tierModel(const QString& code) const;
    // Inserts or replaces by code. Throws AnalyticsRuleError for a map with gaps or overlaps
    // (TierModelChecker), naming them.
    void saveTierModel(const TierModel& model);
    void removeTierModel(const QString& code);

private:
    void writeScheme(const ScoringScheme& scheme, bool builtIn, bool replace);
    void writeTierModel(const TierModel& model, bool builtIn, bool replace);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace clientele
