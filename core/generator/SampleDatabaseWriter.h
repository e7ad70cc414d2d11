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

// What a run wrote; every count is exact.
struct SampleSummary
{
    std::int64_t customers = 0;
    std::int64_t orders = 0; // distinct order codes
    std::int64_t orderLines = 0;
    std::int64_t cancelledLines = 0;
    std::int64_t linesWithoutCustomer = 0;
    std::int64_t interactions = 0;
    std::int64_t surveys = 0;
    std::int64_t tagAssignments = 0;
};

// Called now and then with rows written so far and the total; return false to cancel.
using SampleProgress = std::function<bool(std::int64_t done, std::int64_t total)>;

// Writes a generated sample into an open database in ONE write transaction: a cancel (progress
// returned false) or an error leaves the database exactly as it was. Returns false when cancelled.
// Call it on the thread that owns `db`. Progress comes about every 10,000 rows. Customer codes
// start at 10001, so a database that already holds those codes fails (StorageError) unchanged.
// Throws StorageError on a database error or a negative count. `summary`, if given, is filled
// when the data was committed.
bool writeSampleDatabase(const QSqlDatabase& db,
                         const SqlDialect& dialect,
                         const SampleSpec& spec,
                         const SampleProgress& progress = {},
                         SampleSummary* summary = nullptr);

} // namespace clientele
