#pragma once

#include "storage/SqlDialect.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace clientele {

// One step of the schema history. Steps are applied in order; each brings the schema to `version`.
struct Migration
{
    int version;
    QString description;
    // Standard SQL with dialect placeholders (SqlDialect::expand). A statement that starts with
    // "{sqlite} " or "{postgresql} " runs on that engine only: for the few changes that standard SQL
    // cannot say for both (SQLite cannot alter a constraint, PostgreSQL can).
    QStringList statements;
};

class Migrations
{
public:
    // The whole ordered history. Never edit a released step: add a new one.
    static const std::vector<Migration>& all();
    static int latestVersion();

    // Applies every step above `fromVersion` up to `toVersion` in ONE write transaction, so an
    // interrupted migration leaves the old schema or the new one, never a mix.
    static void apply(const QSqlDatabase& db, const SqlDialect& dialect, int fromVersion, int toVersion);
};

} // namespace clientele
