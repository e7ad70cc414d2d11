#pragma once

#include "TierModel.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace clientele {

// Checks a tier model's map, built in or user-edited: cells no segment covers (gaps), cells two
// segments cover (overlaps) and segments that decide no cell (unreachable), each in words.
class TierModelChecker
{
    Q_DECLARE_TR_FUNCTIONS(TierModelChecker)

public:
    struct Overlap
    {
        std::vector<int> cell;     // levels per dimension
        std::vector<int> segments; // indexes into the model's segments
    };
    struct Report
    {
        std::vector<std::vector<int>> gaps; // cells, as levels per dimension
        std::vector<Overlap> overlaps;
        QStringList unreachable; // segment codes
        QStringList messages;    // every problem in words, translated

        // Gaps and overlaps make results undefined; an unreachable segment is only a warning.
        bool isComplete() const { return gaps.empty() && overlaps.empty(); }
        bool isSound() const { return isComplete() && unreachable.isEmpty(); }
    };

    static Report check(const TierModel& model);
};

} // namespace clientele
