#pragma once

#include "storage/CustomerRecord.h"

namespace clientele {

// How much activity goes with a customer (what a delete would remove).
struct ActivityCounts
{
    int orders = 0; // distinct order codes
    int orderLines = 0;
    int interactions = 0;
    int surveyResponses = 0;
};

// What the detail pane shows: the customer, their tags, and the newest activity up to a limit.
// The counts are the full totals, so a caller can tell whether a list was cut.
struct CustomerProfile
{
    CustomerRecord record;
    ActivityCounts counts;

    bool orderLinesTruncated() const { return counts.orderLines > record.orderLines.size(); }
    bool interactionsTruncated() const { return counts.interactions > record.interactions.size(); }
    bool surveyResponsesTruncated() const { return counts.surveyResponses > record.surveyResponses.size(); }
};

} // namespace clientele
