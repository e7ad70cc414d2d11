#pragma once

#include "CustomerFigures.h"
#include "RfmScore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace clientele {

// The tier a model gave one customer, with the trace: which figure fell into which level and which
// cell of the map decided. `segment` is empty only for a model with a gap or an overlap at the
// customer's cell (TierModelChecker reports those; AnalyticsRuleStore refuses to save them).
struct TierAssignment
{
    QString segment;
    QStringList reasons;
};

// What a tier depends on beyond the customer's own figures.
struct TierContext
{
    qint64 totalNetAmountMinor = 0; // the whole customer base's net amount, for revenue shares
};

// A tier model: a map from a grid of levels to segments, as data (tier_model.definition holds
// toJson()). Every segment lists rules; a rule is a box of the grid, one range of levels per
// dimension (a dimension a rule leaves out spans its whole range). A sound map covers every cell
// exactly once, so the result never depends on the order of rules or segments.
//
// Kind Rfm: three dimensions r, f, m with levels 1–5 (the RFM scores), 125 cells. Customers who
// never bought have no scores and get `unscoredSegment`.
// Kind Tob: four dimensions whose levels come from boundaries on the customer's figures (a value at
// or above a boundary is in the next level up):
//   revenue_share       net amount / the base's net amount (a fraction, 0.05 = 5%)
//   relationship_years  years since the first purchase
//   industry_fit        manual rating 1–5 (5 = best fit); not rated counts as 3
//   renewal_risk        manual rating 1–5 (5 = most likely to leave); not rated counts as 3
// A ToB customer who never bought is placed by the grid too (share 0, relationship 0) unless the
// model names an unscoredSegment.
class TierModel
{
    Q_DECLARE_TR_FUNCTIONS(TierModel)

public:
    enum class Kind
    {
        Rfm,
        Tob
    };

    struct Range
    {
        int min = 1;
        int max = 1;
        bool operator==(const Range&) const = default;
    };
    // One box of the grid: a range of levels per dimension, in the model's dimension order.
    struct Rule
    {
        std::vector<Range> ranges;
    };
    struct Segment
    {
        QString code;
        QString name; // as stored; TierNames::displayName translates built-in codes
        std::vector<Rule> rules;
    };
    struct Dimension
    {
        QString code;
        std::vector<double> boundaries; // Tob: ascending; Rfm: none (levels are the scores 1–5)
        int levels() const { return boundaries.empty() ? 5 : static_cast<int>(boundaries.size()) + 1; }
    };

    static constexpr int kGap = -1;
    static constexpr int kOverlap = -2;

    TierModel() = default;
    // Builds the grid from the rules. Throws AnalyticsRuleError for rules outside the grid, unknown
    // dimensions, duplicate segment codes or an unscoredSegment that is not a segment. Gaps and
    // overlaps are allowed here (so the checker can report them) and give an empty segment.
    TierModel(QString code,
              QString name,
              Kind kind,
              std::vector<Dimension> dimensions,
              std::vector<Segment> segments,
              QString unscoredSegment = {});

    QString code() const { return m_code; }
    QString name() const { return m_name; }
    QString displayName() const;
    Kind kind() const { return m_kind; }
    static QString kindCode(Kind kind); // "rfm", "tob"
    const std::vector<Dimension>& dimensions() const { return m_dimensions; }
    const std::vector<Segment>& segments() const { return m_segments; }
    QString unscoredSegment() const { return m_unscoredSegment; }
    int segmentIndex(const QString& segmentCode) const; // -1 if none

    // The grid: cells are numbered with the first dimension varying slowest.
    int cellCount() const { return static_cast<int>(m_cellSegment.size()); }
    std::vector<int> cellLevels(int cell) const;
    int cellOf(const std::vector<int>& levels) const;
    bool withinGrid(const std::vector<int>& levels) const;
    // The segment index of a cell, or kGap / kOverlap.
    int segmentOfCell(int cell) const { return m_cellSegment[static_cast<size_t>(cell)]; }
    // Every segment whose rules cover the cell (with repeats removed).
    std::vector<int> segmentsCovering(int cell) const;
    bool ruleCovers(const Rule& rule, const std::vector<int>& levels) const;
    // "R 3 · F 2 · M 1", "revenue share 3 · relationship 2 · industry fit 3 · renewal risk 2".
    QString describeCell(const std::vector<int>& levels) const;
    QString describeRule(const Rule& rule) const;
    QString segmentDisplayName(int index) const;
    QString dimensionDisplayName(int index) const;

    TierAssignment
    assign(const CustomerFigures& customer, const RfmScore& score, const TierContext& context) const;
    enum class Trace
    {
        Include,
        Omit // only the segments, for callers that never show the reasons
    };
    // The same for a whole base (scores[i] belongs to customers[i]); reuses the trace of each cell.
    std::vector<TierAssignment> assignAll(const CustomerFiguresList& customers,
                                          const std::vector<RfmScore>& scores,
                                          const TierContext& context,
                                          Trace trace = Trace::Include) const;
    // The same for the customers at `indexes` only (out[k] belongs to customers[indexes[k]]): a part
    // of the base without a copy of its figures.
    std::vector<TierAssignment> assignAll(const CustomerFiguresList& customers,
                                          const std::vector<RfmScore>& scores,
                                          const std::vector<std::size_t>& indexes,
                                          const TierContext& context,
                                          Trace trace = Trace::Include) const;
    // The same for figures held elsewhere (the engine keeps them in its results).
    std::vector<TierAssignment> assignAll(const std::vector<const CustomerFigures*>& customers,
                                          const std::vector<RfmScore>& scores,
                                          const std::vector<std::size_t>& indexes,
                                          const TierContext& context,
                                          Trace trace = Trace::Include) const;

    QJsonObject toJson() const;
    // Throws AnalyticsRuleError naming the model, the segment and the rule at fault.
    static TierModel fromJson(const QJsonObject& json);

    // "seed4" (seed 001's four tiers), "rfm11" (the eleven-segment map), "tob4" (seed 000's ToB tiers).
    static std::vector<TierModel> builtIns();
    static std::optional<TierModel> builtIn(const QString& code);
    // The default model for a customer kind: "seed4" for "toc", "tob4" for "tob".
    static QString defaultCodeFor(const QString& customerKind);

private:
    void buildGrid();
    struct TraceCache; // translated sentence parts and per-cell decisions, built once per run
    std::vector<int> levelsOf(const CustomerFigures& customer,
                              const TierContext& context,
                              TraceCache& cache,
                              QStringList* reasons) const;
    TierAssignment assignWith(const CustomerFigures& customer,
                              const RfmScore& score,
                              const TierContext& context,
                              TraceCache& cache,
                              bool explain) const;
    QString decision(int cell) const;

    QString m_code;
    QString m_name;
    Kind m_kind = Kind::Rfm;
    std::vector<Dimension> m_dimensions;
    std::vector<Segment> m_segments;
    QString m_unscoredSegment;
    std::vector<int> m_cellSegment; // segment index, kGap or kOverlap
    std::vector<int> m_cellRule;    // which rule of the segment covers the cell
};

} // namespace clientele
