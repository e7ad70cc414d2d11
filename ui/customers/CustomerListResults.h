#pragma once

#include "model/Tag.h"
#include "storage/CustomerAnalysisCodes.h"
#include "storage/CustomerListRow.h"
#include "storage/SnapshotStore.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QStringList>

#include <cstdint>

namespace clientele {

// What CustomerListWorker hands back to the UI thread. Each list result carries the generation of the
// request, so the model can tell a result of the query on screen from one a newer query superseded.

// A list read from the start: its count and its first rows.
struct CustomerListResult
{
    quint64 generation = 0;
    int total = 0;      // customers matching the query
    int unfiltered = 0; // every customer of the database
    QList<CustomerListRow> rows;
};

// Rows further down the same list (fetchMore).
struct CustomerPageResult
{
    quint64 generation = 0;
    int offset = 0;
    QList<CustomerListRow> rows;
};

// The latest analysis of the loaded rows, read again after an analysis was stored.
struct CustomerAnalysesResult
{
    quint64 generation = 0;
    QHash<std::int64_t, CustomerSnapshot> analyses;
};

// What the filter bar offers: owners and tags in use, and the codes of the latest analysis.
struct CustomerFilterChoices
{
    QStringList owners;
    QList<Tag> tags;
    CustomerAnalysisCodes analysisCodes;
};

} // namespace clientele

Q_DECLARE_METATYPE(clientele::CustomerListResult)
Q_DECLARE_METATYPE(clientele::CustomerPageResult)
Q_DECLARE_METATYPE(clientele::CustomerAnalysesResult)
Q_DECLARE_METATYPE(clientele::CustomerFilterChoices)
