#pragma once

#include "CustomerFigures.h"
#include "RfmScoring.h"
#include "ScoringScheme.h"

#include <QCoreApplication>

#include <vector>

namespace clientele {

// Gives every customer R, F and M scores under a scheme. R is the recency in days, F the orders per
// year, M the amount per year (CustomerFigures). Customers who never bought are not scored (0) and
// do not count in the quintile base.
//
// Quintile tie rule: equal values always get equal scores. A customer's score is decided by how many
// scored customers are strictly worse on that dimension ("below"), out of all scored customers (n):
//   score = 1 + floor(5 × below / n)
// so a block of equal values takes the score of its lowest position. One-time buyers who share the
// lowest frequency all score F 1 however many they are; a score band can stay empty when a block of
// ties spans it. Cost: one sort per dimension.
class RfmScorer
{
    Q_DECLARE_TR_FUNCTIONS(RfmScorer)

public:
    enum class Reasons
    {
        Include,
        Omit // only the scores, for callers that never show the trace
    };

    // One result per input customer, in the same order.
    static std::vector<RfmScoring> score(const ScoringScheme& scheme,
                                         const CustomerFiguresList& customers,
                                         Reasons reasons = Reasons::Include);
    // The same for figures held elsewhere (the engine keeps them in its results).
    static std::vector<RfmScoring> score(const ScoringScheme& scheme,
                                         const std::vector<const CustomerFigures*>& customers,
                                         Reasons reasons = Reasons::Include);
    // The scores and trace of one customer of a base, as score() over the base would give them: one
    // pass over the base (the quintile ranks), no sort. For a profile that shows one customer of a run
    // made with Reasons::Omit. `base` is every customer of that run (the customer among them).
    static RfmScoring explain(const ScoringScheme& scheme,
                              const CustomerFigures& customer,
                              const std::vector<const CustomerFigures*>& base);
};

} // namespace clientele
