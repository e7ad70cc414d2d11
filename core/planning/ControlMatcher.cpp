#include "planning/ControlMatcher.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace clientele {

namespace {

// Mean and standard deviation of one figure over every profile; a constant figure gets 1 so it
// contributes nothing instead of dividing by zero.
struct Scale
{
    double mean = 0.0;
    double sd = 1.0;
};

Scale scaleOf(const std::vector<const MatchProfile*>& all, double MatchProfile::*field)
{
    Scale s;
    if (all.empty())
        return s;
    double sum = 0.0;
    for (const MatchProfile* p : all)
        sum += p->*field;
    s.mean = sum / static_cast<double>(all.size());
    double squares = 0.0;
    for (const MatchProfile* p : all)
        squares += (p->*field - s.mean) * (p->*field - s.mean);
    const double sd = std::sqrt(squares / static_cast<double>(all.size()));
    s.sd = sd > 0.0 ? sd : 1.0;
    return s;
}

} // namespace

ControlMatching ControlMatcher::match(const std::vector<MatchProfile>& targets,
                                      const std::vector<MatchProfile>& candidates)
{
    std::unordered_set<qint64> targetIds;
    for (const MatchProfile& t : targets)
        targetIds.insert(t.customerId);

    std::vector<const MatchProfile*> all;
    for (const MatchProfile& t : targets)
        all.push_back(&t);
    // Candidates by tier, in id order; a candidate id seen twice is used once.
    QHash<QString, std::vector<const MatchProfile*>> pool;
    std::unordered_set<qint64> seen;
    std::vector<const MatchProfile*> sortedCandidates;
    for (const MatchProfile& c : candidates)
        sortedCandidates.push_back(&c);
    std::sort(sortedCandidates.begin(), sortedCandidates.end(),
              [](const MatchProfile* a, const MatchProfile* b) { return a->customerId < b->customerId; });
    for (const MatchProfile* c : sortedCandidates) {
        if (targetIds.count(c->customerId) || !seen.insert(c->customerId).second)
            continue;
        pool[c->tier].push_back(c);
        all.push_back(c);
    }
    const Scale recency = scaleOf(all, &MatchProfile::recencyDays);
    const Scale frequency = scaleOf(all, &MatchProfile::frequencyPerYear);
    const Scale monetary = scaleOf(all, &MatchProfile::monetaryPerYearMinor);
    const auto figureDistance = [&](const MatchProfile& a, const MatchProfile& b) {
        const double dr = (a.recencyDays - b.recencyDays) / recency.sd;
        const double df = (a.frequencyPerYear - b.frequencyPerYear) / frequency.sd;
        const double dm = (a.monetaryPerYearMinor - b.monetaryPerYearMinor) / monetary.sd;
        return std::sqrt(dr * dr + df * df + dm * dm);
    };

    std::vector<const MatchProfile*> orderedTargets;
    for (const MatchProfile& t : targets)
        orderedTargets.push_back(&t);
    std::sort(orderedTargets.begin(), orderedTargets.end(),
              [](const MatchProfile* a, const MatchProfile* b) { return a->customerId < b->customerId; });

    ControlMatching result;
    std::unordered_set<qint64> used;
    qint64 previousTarget = -1;
    for (const MatchProfile* t : orderedTargets) {
        if (t->customerId == previousTarget)
            continue; // a target listed twice is matched once
        previousTarget = t->customerId;
        const auto it = pool.constFind(t->tier);
        const MatchProfile* best = nullptr;
        int bestScore = 0;
        double bestFigures = 0.0;
        if (it != pool.constEnd()) {
            for (const MatchProfile* c : *it) {
                if (used.count(c->customerId))
                    continue;
                const int score = (t->r - c->r) * (t->r - c->r) + (t->f - c->f) * (t->f - c->f) +
                                  (t->m - c->m) * (t->m - c->m);
                const double figures = figureDistance(*t, *c);
                // Candidates come in id order, so a strict improvement keeps the lowest id on ties.
                if (!best || score < bestScore || (score == bestScore && figures < bestFigures)) {
                    best = c;
                    bestScore = score;
                    bestFigures = figures;
                }
            }
        }
        if (!best) {
            result.unmatched.push_back(t->customerId);
            continue;
        }
        used.insert(best->customerId);
        result.pairs.push_back({t->customerId, best->customerId, bestScore, bestFigures});
    }
    return result;
}

} // namespace clientele
