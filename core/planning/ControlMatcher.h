#pragma once

#include <QString>

#include <vector>

namespace clientele {

// What a customer looked like at the start of an execution item, for matching.
struct MatchProfile
{
    qint64 customerId = 0;
    QString tier;
    int r = 0, f = 0, m = 0;  // RFM scores 1–5 (0: not scored)
    double recencyDays = 0.0; // days since the last purchase (a large value when none)
    double frequencyPerYear = 0.0;
    double monetaryPerYearMinor = 0.0;
};

// One target and the control customer matched to it.
struct ControlPair
{
    qint64 targetId = 0;
    qint64 controlId = 0;
    int scoreDistance = 0;       // squared distance of the R, F and M scores
    double figureDistance = 0.0; // Euclidean distance of the standardized figures
};

struct ControlMatching
{
    std::vector<ControlPair> pairs; // in target id order
    std::vector<qint64> unmatched;  // targets left without a control (no candidate of their tier)
};

// Nearest-neighbour matching without replacement: each target (in customer id order) takes the
// unused candidate of the same tier that is closest first on the RFM scores (squared differences),
// then on the standardized recency, frequency and monetary figures (z-scores over targets and
// candidates together), then the lowest customer id. Same input, same pairs. Candidates that are
// themselves targets are never used. Pure computation.
class ControlMatcher
{
public:
    static ControlMatching match(const std::vector<MatchProfile>& targets,
                                 const std::vector<MatchProfile>& candidates);
};

} // namespace clientele
