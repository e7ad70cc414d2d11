#pragma once

#include "CustomerAnalysis.h"
#include "ScoringScheme.h"
#include "TierModel.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <vector>

namespace clientele {

// What a candidate scoring scheme and tier model would change against an analysis that has run:
// re-scores (RfmScorer) and re-tiers (TierModel::assignAll) the analysis' own figures in memory,
// without reading the database, so the settings editor can count, while the user types, how many
// customers would change tier. Tiers follow the engine's rules exactly: one model for everyone, or
// without a model code each customer's kind's default. Evaluations may run on several threads at
// once (the object is never changed after construction).
class ReclassificationPreview
{
    Q_DECLARE_TR_FUNCTIONS(ReclassificationPreview)

public:
    struct Candidate
    {
        ScoringScheme scheme;
        QString tierModelCode;         // empty: each kind's default (TierModel::defaultCodeFor)
        std::vector<TierModel> models; // every model the candidate may use, found by code
    };
    // Customers whose tier goes from one segment code to another.
    struct Move
    {
        QString from;
        QString to;
        int customers = 0;
    };
    struct Outcome
    {
        int customers = 0;       // in the baseline
        int changed = 0;         // customers whose tier would change
        std::vector<Move> moves; // most customers first, then by codes
        bool cancelled = false;
    };

    // Copies the baseline's figures and tiers once; evaluate() reuses them.
    ReclassificationPreview(const CustomerAnalyses& baseline, qint64 totalNetAmountMinor);

    int customerCount() const { return static_cast<int>(m_figures.size()); }

    // Throws AnalyticsRuleError when the candidate names a model it does not carry, or a scheme
    // with problems(). The cancel flag is looked at between the steps.
    Outcome evaluate(const Candidate& candidate, const std::atomic<bool>* cancel = nullptr) const;
    // What `after` changes against `before` instead of against the baseline's tiers: the effect of
    // one pending change alone (an edited tier map, say) with everything else as the form has it.
    Outcome
    compare(const Candidate& before, const Candidate& after, const std::atomic<bool>* cancel = nullptr) const;

    // The segments the candidate gives (one per baseline customer, in the baseline's order).
    std::vector<QString> segments(const Candidate& candidate,
                                  const std::atomic<bool>* cancel = nullptr) const;

private:
    Outcome tally(const std::vector<QString>& from, const std::vector<QString>& to) const;

    CustomerFiguresList m_figures;
    std::vector<QString> m_segments;
    qint64 m_totalNetAmountMinor = 0;
};

} // namespace clientele
