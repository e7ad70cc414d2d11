#pragma once

#include "storage/CustomerRecord.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace clientele {

// How much activity goes with a customer (what a delete would remove).
struct ActivityCounts
{
    int orders = 0; // distinct order codes
    int orderLines = 0;
    int interactions = 0;
    int surveyResponses = 0;
};

// An import as the profile names it: which file, which sheet, when.
struct ImportSource
{
    std::int64_t batchId = 0;
    QString fileName;
    QString sheet;
    QDateTime importedAt;
};

// Where a stored row came from: the import that wrote it and the row of the file.
struct RowProvenance
{
    std::int64_t batchId = 0;
    qint64 sourceRow = 0;
};

// An import that changed some of a customer's fields (rolled-back imports left out).
struct ImportChangeSource
{
    std::int64_t batchId = 0;
    QStringList fields; // stored column names, in the order they were changed
};

// What the detail pane shows: the customer, their tags, and the newest activity up to a limit.
// The counts are the full totals, so a caller can tell whether a list was cut.
struct CustomerProfile
{
    CustomerRecord record;
    ActivityCounts counts;
    // Provenance: the import that created the customer (none for customers made by hand or the
    // sample generator), the imports that changed its fields, and the source of each listed order line
    // that came from an import. `imports` names every import these refer to.
    std::optional<RowProvenance> createdBy;
    QList<ImportChangeSource> changedBy;
    QHash<std::int64_t, RowProvenance> orderLineSources; // by order line id
    QHash<std::int64_t, ImportSource> imports;           // by import (batch) id

    bool orderLinesTruncated() const { return counts.orderLines > record.orderLines.size(); }
    bool interactionsTruncated() const { return counts.interactions > record.interactions.size(); }
    bool surveyResponsesTruncated() const { return counts.surveyResponses > record.surveyResponses.size(); }
};

} // namespace clientele
