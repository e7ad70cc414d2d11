#include "analytics/ReclassificationPreview.h"

#include "analytics/AnalyticsRuleError.h"
#include "analytics/RfmScorer.h"

#include <algorithm>
#include <map>
#include <utility>

namespace clientele {

namespace {

const TierModel& findModel(const std::vector<TierModel>& models, const QString& code)
{
    const auto it =
        std::find_if(models.begin(), models.end(), [&](const TierModel& m) { return m.code() == code; });
    if (it == models.end())
        throw AnalyticsRuleError(ReclassificationPreview::tr("There is no tier model '%1'.").arg(code));
    return *it;
}

bool isCancelled(const std::atomic<bool>* cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

ReclassificationPreview::ReclassificationPreview(const CustomerAnalyses& baseline, qint64 totalNetAmountMinor)
    : m_totalNetAmountMinor(totalNetAmountMinor)
{
    m_figures.reserve(baseline.size());
    m_segments.reserve(baseline.size());
    for (const CustomerAnalysis& c : baseline) {
        m_figures.push_back(c.figures);
        m_segments.push_back(c.tier.segment);
    }
}

std::vector<QString> ReclassificationPreview::segments(const Candidate& candidate,
                                                       const std::atomic<bool>* cancel) const
{
    const QStringList problems = candidate.scheme.problems();
    if (!problems.isEmpty())
        throw AnalyticsRuleError(problems.join(QLatin1Char(' ')));
    const std::size_t n = m_figures.size();
    std::vector<QString> result(n);
    const std::vector<RfmScoring> scorings =
        RfmScorer::score(candidate.scheme, m_figures, RfmScorer::Reasons::Omit);
    if (isCancelled(cancel))
        return {};
    std::vector<RfmScore> scores(n);
    for (std::size_t i = 0; i < n; ++i)
        scores[i] = scorings[i].score;

    const TierContext context{m_totalNetAmountMinor};
    if (!candidate.tierModelCode.isEmpty()) {
        std::vector<TierAssignment> tiers =
            findModel(candidate.models, candidate.tierModelCode)
                .assignAll(m_figures, scores, context, TierModel::Trace::Omit);
        for (std::size_t i = 0; i < n; ++i)
            result[i] = std::move(tiers[i].segment);
        return result;
    }
    // As the engine does without a model code: each kind's default model for its customers.
    std::map<QString, std::vector<std::size_t>> byModel;
    for (std::size_t i = 0; i < n; ++i)
        byModel[TierModel::defaultCodeFor(m_figures[i].kind)].push_back(i);
    if (byModel.size() == 1) {
        // One kind only (the usual case): no copy of the figures.
        std::vector<TierAssignment> tiers =
            findModel(candidate.models, byModel.begin()->first)
                .assignAll(m_figures, scores, context, TierModel::Trace::Omit);
        for (std::size_t i = 0; i < n; ++i)
            result[i] = std::move(tiers[i].segment);
        return result;
    }
    for (const auto& [code, indexes] : byModel) {
        if (isCancelled(cancel))
            return {};
        const TierModel& model = findModel(candidate.models, code);
        CustomerFiguresList part;
        std::vector<RfmScore> partScores;
        part.reserve(indexes.size());
        partScores.reserve(indexes.size());
        for (std::size_t i : indexes) {
            part.push_back(m_figures[i]);
            partScores.push_back(scores[i]);
        }
        std::vector<TierAssignment> tiers =
            model.assignAll(part, partScores, context, TierModel::Trace::Omit);
        for (std::size_t k = 0; k < indexes.size(); ++k)
            result[indexes[k]] = std::move(tiers[k].segment);
    }
    return result;
}

ReclassificationPreview::Outcome ReclassificationPreview::evaluate(const Candidate& candidate,
                                                                   const std::atomic<bool>* cancel) const
{
    const std::vector<QString> candidateSegments = segments(candidate, cancel);
    if (isCancelled(cancel) || candidateSegments.size() != m_segments.size()) {
        Outcome outcome;
        outcome.customers = customerCount();
        outcome.cancelled = true;
        return outcome;
    }
    return tally(m_segments, candidateSegments);
}

ReclassificationPreview::Outcome ReclassificationPreview::compare(const Candidate& before,
                                                                  const Candidate& after,
                                                                  const std::atomic<bool>* cancel) const
{
    const std::vector<QString> from = segments(before, cancel);
    const std::vector<QString> to = isCancelled(cancel) ? std::vector<QString>() : segments(after, cancel);
    if (isCancelled(cancel) || from.size() != m_figures.size() || to.size() != m_figures.size()) {
        Outcome outcome;
        outcome.customers = customerCount();
        outcome.cancelled = true;
        return outcome;
    }
    return tally(from, to);
}

ReclassificationPreview::Outcome ReclassificationPreview::tally(const std::vector<QString>& from,
                                                                const std::vector<QString>& to) const
{
    Outcome outcome;
    outcome.customers = customerCount();
    std::map<std::pair<QString, QString>, int> moves;
    for (std::size_t i = 0; i < from.size(); ++i)
        if (to[i] != from[i])
            ++moves[{from[i], to[i]}];
    for (const auto& [fromTo, count] : moves) {
        outcome.changed += count;
        outcome.moves.push_back({fromTo.first, fromTo.second, count});
    }
    // std::map gave them by codes; a stable sort keeps that order among equal counts.
    std::stable_sort(outcome.moves.begin(), outcome.moves.end(),
                     [](const Move& a, const Move& b) { return a.customers > b.customers; });
    return outcome;
}

} // namespace clientele
