#pragma once

#include "storage/SqlDialect.h"

#include <QSqlDatabase>

#include <cstdint>
#include <functional>

namespace clientele {

// What to generate. The same spec and seed always give the same data.
struct SampleSpec
{
    std::int64_t customers = 2000;
    std::int64_t orderLines = 20000;
    std::uint64_t seed = 42;
    bool withActivity = true; // interactions, survey responses and tags as well as orders
};

// Called now and then with rows written so far and the total; return false to cancel.
using SampleProgress = std::function<bool(std::int64_t done, std::int64_t total)>;

// Writes a generated sample into an open database in ONE write transaction: a cancel (progress
// returned false) or an error leaves the database exactly as it was. Returns false when cancelled.
// Call it on the thread that owns `db`.
bool writeSampleDatabase(const QSqlDatabase& db,
                         const SqlDialect& dialect,
                         const SampleSpec& spec,
                         const SampleProgress& progress = {});

} // namespace clientele
