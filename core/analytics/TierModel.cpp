#include "TierModel.h"

#include "AnalyticsRuleError.h"
#include "TierNames.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <tuple>

namespace clientele {

namespace {

const char* const kSeed4Name = QT_TRANSLATE_NOOP("TierModel", "Four tiers (seed 001)");
const char* const kRfm11Name = QT_TRANSLATE_NOOP("TierModel", "Eleven-segment RFM map");
const char* const kTob4Name = QT_TRANSLATE_NOOP("TierModel", "ToB tiers (seed 000)");

constexpr int kMaxLevels = 9; // keeps grids small enough to check cell by cell

const QString kRevenueShare = QStringLiteral("revenue_share");
const QString kRelationshipYears = QStringLiteral("relationship_years");
const QString kIndustryFit = QStringLiteral("industry_fit");
const QString kRenewalRisk = QStringLiteral("renewal_risk");

bool isTobDimension(const QString& code)
{
    return code == kRevenueShare || code == kRelationshipYears || code == kIndustryFit ||
           code == kRenewalRisk;
}

std::vector<TierModel::Dimension> rfmDimensions()
{
    return {{QStringLiteral("r"), {}}, {QStringLiteral("f"), {}}, {QStringLiteral("m"), {}}};
}

// A box of the RFM grid: R r0–r1, F f0–f1, M m0–m1.
TierModel::Rule rfm(int r0, int r1, int f0 = 1, int f1 = 5, int m0 = 1, int m1 = 5)
{
    return {{{r0, r1}, {f0, f1}, {m0, m1}}};
}

// A box of the ToB grid (three levels per dimension): revenue share, relationship, fit, renewal risk.
TierModel::Rule
tob(TierModel::Range share, TierModel::Range years, TierModel::Range fit, TierModel::Range risk)
{
    return {{share, years, fit, risk}};
}

constexpr TierModel::Range kAny3{1, 3};

QString formatNumber(double value)
{
    return QString::number(std::round(value * 100.0) / 100.0, 'g', 12);
}

} // namespace

TierModel::TierModel(QString code,
                     QString name,
                     Kind kind,
                     std::vector<Dimension> dimensions,
                     std::vector<Segment> segments,
                     QString unscoredSegment)
    : m_code(std::move(code))
    , m_name(std::move(name))
    , m_kind(kind)
    , m_dimensions(std::move(dimensions))
    , m_segments(std::move(segments))
    , m_unscoredSegment(std::move(unscoredSegment))
{
    if (m_code.trimmed().isEmpty())
        throw AnalyticsRuleError(tr("A tier model needs a code."));
    if (m_kind == Kind::Rfm) {
        if (m_dimensions.empty())
            m_dimensions = rfmDimensions();
        const std::vector<Dimension> expected = rfmDimensions();
        bool same = m_dimensions.size() == expected.size();
        for (size_t d = 0; same && d < expected.size(); ++d)
            same = m_dimensions[d].code == expected[d].code && m_dimensions[d].boundaries.empty();
        if (!same)
            throw AnalyticsRuleError(
                tr("Tier model “%1”: an RFM map has the dimensions r, f and m.").arg(m_code));
        if (m_unscoredSegment.isEmpty())
            throw AnalyticsRuleError(
                tr("Tier model “%1”: an RFM map must name the segment of customers who never bought.")
                    .arg(m_code));
    } else {
        if (m_dimensions.empty())
            throw AnalyticsRuleError(
                tr("Tier model “%1”: a ToB model needs at least one dimension.").arg(m_code));
        QSet<QString> seen;
        for (const Dimension& d : m_dimensions) {
            if (!isTobDimension(d.code))
                throw AnalyticsRuleError(
                    tr("Tier model “%1”: unknown dimension “%2” (expected revenue_share, "
                       "relationship_years, industry_fit or renewal_risk).")
                        .arg(m_code, d.code));
            if (seen.contains(d.code))
                throw AnalyticsRuleError(
                    tr("Tier model “%1”: dimension “%2” appears twice.").arg(m_code, d.code));
            seen.insert(d.code);
            bool ascending = !d.boundaries.empty() && d.levels() <= kMaxLevels;
            for (size_t b = 1; ascending && b < d.boundaries.size(); ++b)
                ascending = d.boundaries[b - 1] < d.boundaries[b];
            if (!ascending)
                throw AnalyticsRuleError(
                    tr("Tier model “%1”: the boundaries of “%2” must be 1 to %3 ascending numbers.")
                        .arg(m_code, d.code)
                        .arg(kMaxLevels - 1));
        }
    }

    QSet<QString> codes;
    for (size_t s = 0; s < m_segments.size(); ++s) {
        const Segment& segment = m_segments[s];
        if (segment.code.trimmed().isEmpty())
            throw AnalyticsRuleError(tr("Tier model “%1”: segment %2 has no code.").arg(m_code).arg(s + 1));
        if (codes.contains(segment.code))
            throw AnalyticsRuleError(
                tr("Tier model “%1”: segment “%2” appears twice.").arg(m_code, segment.code));
        codes.insert(segment.code);
        for (size_t r = 0; r < segment.rules.size(); ++r) {
            const Rule& rule = segment.rules[r];
            if (rule.ranges.size() != m_dimensions.size())
                throw AnalyticsRuleError(
                    tr("Tier model “%1”, segment “%2”, rule %3: expected a range for each of "
                       "the %4 dimensions.")
                        .arg(m_code, segment.code)
                        .arg(r + 1)
                        .arg(m_dimensions.size()));
            for (size_t d = 0; d < m_dimensions.size(); ++d) {
                const Range& range = rule.ranges[d];
                if (range.min < 1 || range.max < range.min || range.max > m_dimensions[d].levels())
                    throw AnalyticsRuleError(
                        tr("Tier model “%1”, segment “%2”, rule %3: the range %4–%5 of “%6” "
                           "is outside its levels 1–%7.")
                            .arg(m_code, segment.code)
                            .arg(r + 1)
                            .arg(range.min)
                            .arg(range.max)
                            .arg(m_dimensions[d].code)
                            .arg(m_dimensions[d].levels()));
            }
        }
    }
    if (!m_unscoredSegment.isEmpty() && !codes.contains(m_unscoredSegment))
        throw AnalyticsRuleError(
            tr("Tier model “%1”: the segment for customers who never bought, “%2”, is not "
               "one of its segments.")
                .arg(m_code, m_unscoredSegment));
    buildGrid();
}

void TierModel::buildGrid()
{
    int cells = 1;
    for (const Dimension& d : m_dimensions)
        cells *= d.levels();
    m_cellSegment.assign(static_cast<size_t>(cells), kGap);
    m_cellRule.assign(static_cast<size_t>(cells), -1);
    for (int cell = 0; cell < cells; ++cell) {
        const std::vector<int> levels = cellLevels(cell);
        for (size_t s = 0; s < m_segments.size(); ++s) {
            const std::vector<Rule>& rules = m_segments[s].rules;
            for (size_t r = 0; r < rules.size(); ++r) {
                if (!ruleCovers(rules[r], levels))
                    continue;
                int& owner = m_cellSegment[static_cast<size_t>(cell)];
                if (owner == kGap) {
                    owner = static_cast<int>(s);
                    m_cellRule[static_cast<size_t>(cell)] = static_cast<int>(r);
                } else if (owner != static_cast<int>(s)) {
                    owner = kOverlap;
                }
                break; // one covering rule per segment is enough
            }
        }
    }
}

QString TierModel::displayName() const
{
    return QCoreApplication::translate("TierModel", m_name.toUtf8().constData());
}

QString TierModel::kindCode(Kind kind)
{
    return kind == Kind::Rfm ? QStringLiteral("rfm") : QStringLiteral("tob");
}

int TierModel::segmentIndex(const QString& segmentCode) const
{
    for (size_t s = 0; s < m_segments.size(); ++s)
        if (m_segments[s].code == segmentCode)
            return static_cast<int>(s);
    return -1;
}

std::vector<int> TierModel::cellLevels(int cell) const
{
    std::vector<int> levels(m_dimensions.size());
    for (size_t d = m_dimensions.size(); d-- > 0;) {
        const int n = m_dimensions[d].levels();
        levels[d] = cell % n + 1;
        cell /= n;
    }
    return levels;
}

bool TierModel::withinGrid(const std::vector<int>& levels) const
{
    if (levels.size() != m_dimensions.size())
        return false;
    for (size_t d = 0; d < levels.size(); ++d)
        if (levels[d] < 1 || levels[d] > m_dimensions[d].levels())
            return false;
    return true;
}

int TierModel::cellOf(const std::vector<int>& levels) const
{
    int cell = 0;
    for (size_t d = 0; d < m_dimensions.size(); ++d)
        cell = cell * m_dimensions[d].levels() + (levels[d] - 1);
    return cell;
}

std::vector<int> TierModel::segmentsCovering(int cell) const
{
    const std::vector<int> levels = cellLevels(cell);
    std::vector<int> covering;
    for (size_t s = 0; s < m_segments.size(); ++s)
        for (const Rule& rule : m_segments[s].rules)
            if (ruleCovers(rule, levels)) {
                covering.push_back(static_cast<int>(s));
                break;
            }
    return covering;
}

bool TierModel::ruleCovers(const Rule& rule, const std::vector<int>& levels) const
{
    for (size_t d = 0; d < levels.size(); ++d)
        if (levels[d] < rule.ranges[d].min || levels[d] > rule.ranges[d].max)
            return false;
    return true;
}

QString TierModel::dimensionDisplayName(int index) const
{
    const QString& code = m_dimensions[static_cast<size_t>(index)].code;
    if (code == QLatin1String("r"))
        return QStringLiteral("R");
    if (code == QLatin1String("f"))
        return QStringLiteral("F");
    if (code == QLatin1String("m"))
        return QStringLiteral("M");
    if (code == kRevenueShare)
        return tr("revenue share");
    if (code == kRelationshipYears)
        return tr("relationship");
    if (code == kIndustryFit)
        return tr("industry fit");
    if (code == kRenewalRisk)
        return tr("renewal risk");
    return code;
}

QString TierModel::segmentDisplayName(int index) const
{
    const Segment& segment = m_segments[static_cast<size_t>(index)];
    const QString translated = TierNames::displayName(segment.code);
    return translated != segment.code || segment.name.isEmpty() ? translated : segment.name;
}

QString TierModel::describeCell(const std::vector<int>& levels) const
{
    QStringList parts;
    for (size_t d = 0; d < levels.size(); ++d)
        parts << QStringLiteral("%1 %2").arg(dimensionDisplayName(static_cast<int>(d))).arg(levels[d]);
    return parts.join(QStringLiteral(" · "));
}

QString TierModel::describeRule(const Rule& rule) const
{
    QStringList parts;
    for (size_t d = 0; d < rule.ranges.size(); ++d) {
        const Range& range = rule.ranges[d];
        const QString dimension = dimensionDisplayName(static_cast<int>(d));
        if (range.min == 1 && range.max == m_dimensions[d].levels())
            parts << tr("%1 any").arg(dimension);
        else if (range.min == range.max)
            parts << QStringLiteral("%1 %2").arg(dimension).arg(range.min);
        else
            parts << QStringLiteral("%1 %2–%3").arg(dimension).arg(range.min).arg(range.max);
    }
    return parts.join(QStringLiteral(", "));
}

QString TierModel::decision(int cell) const
{
    const QString where = describeCell(cellLevels(cell));
    const int segment = m_cellSegment[static_cast<size_t>(cell)];
    if (segment == kGap)
        return tr("Cell %1 of the map “%2” belongs to no segment: the map has a gap there.")
            .arg(where, displayName());
    if (segment == kOverlap) {
        QStringList names;
        for (int s : segmentsCovering(cell))
            names << segmentDisplayName(s);
        return tr("Cell %1 of the map “%2” belongs to more than one segment (%3): the map must be corrected.")
            .arg(where, displayName(), names.join(QStringLiteral(", ")));
    }
    const int rule = m_cellRule[static_cast<size_t>(cell)];
    return tr("Cell %1 of the map “%2” belongs to %3 (rule %4 of %3: %5).")
        .arg(where, displayName(), segmentDisplayName(segment), QString::number(rule + 1),
             describeRule(m_segments[static_cast<size_t>(segment)].rules[static_cast<size_t>(rule)]));
}

// The translated parts of the ToB trace, looked up once per run instead of once per customer, and
// every sentence that depends only on a level or a rating.
struct TierModel::TraceCache
{
    QString line = tr("%1: %2 %3 of %4 (%5)");
    QString share = tr("Revenue share %1 of the base's net amount");
    QString years = tr("Relationship of %1 years since the first purchase");
    QString fitRated = tr("Industry fit rated %1");
    QString fitUnrated = tr("Industry fit not rated, counted as %1");
    QString riskRated = tr("Renewal risk rated %1");
    QString riskUnrated = tr("Renewal risk not rated, counted as %1");
    std::map<std::pair<size_t, int>, QString> bands;                  // (dimension, level)
    std::map<std::tuple<size_t, int, bool>, QString> ratingSentences; // (dimension, rating, rated)
    std::vector<QString> decisions;                                   // per cell
    QString unscored;
};

std::vector<int> TierModel::levelsOf(const CustomerFigures& customer,
                                     const TierContext& context,
                                     TraceCache& cache,
                                     QStringList* reasons) const
{
    std::vector<int> levels(m_dimensions.size());
    for (size_t d = 0; d < m_dimensions.size(); ++d) {
        const Dimension& dimension = m_dimensions[d];
        double value = 0.0;
        bool rated = true;
        const bool isRating = dimension.code == kIndustryFit || dimension.code == kRenewalRisk;
        if (dimension.code == kRevenueShare) {
            value = context.totalNetAmountMinor > 0 ? static_cast<double>(customer.netAmountMinor) /
                                                          static_cast<double>(context.totalNetAmountMinor)
                                                    : 0.0;
        } else if (dimension.code == kRelationshipYears) {
            value = customer.hasPurchased() ? customer.tenureDays / 365.25 : 0.0;
        } else if (dimension.code == kIndustryFit) {
            rated = customer.industryFit.has_value();
            value = customer.industryFit.value_or(3);
        } else if (dimension.code == kRenewalRisk) {
            rated = customer.renewalRisk.has_value();
            value = customer.renewalRisk.value_or(3);
        }
        int level = 1;
        for (double boundary : dimension.boundaries)
            if (value >= boundary)
                ++level;
        levels[d] = level;
        if (!reasons)
            continue;

        QString* sentence = nullptr;
        if (isRating) {
            sentence = &cache.ratingSentences[{d, static_cast<int>(value), rated}];
            if (!sentence->isEmpty()) {
                *reasons << *sentence;
                continue;
            }
        }
        auto format = [&](double v) {
            return dimension.code == kRevenueShare ? QStringLiteral("%1%").arg(formatNumber(v * 100.0))
                                                   : formatNumber(v);
        };
        QString& band = cache.bands[{d, level}];
        if (band.isEmpty()) {
            if (level == 1)
                band = tr("below %1").arg(format(dimension.boundaries.front()));
            else if (level == dimension.levels())
                band = tr("at least %1").arg(format(dimension.boundaries.back()));
            else
                band = tr("at least %1, below %2")
                           .arg(format(dimension.boundaries[static_cast<size_t>(level - 2)]),
                                format(dimension.boundaries[static_cast<size_t>(level - 1)]));
        }
        QString shown;
        if (dimension.code == kRevenueShare)
            shown = cache.share.arg(format(value));
        else if (dimension.code == kRelationshipYears)
            shown = cache.years.arg(format(value));
        else if (dimension.code == kIndustryFit)
            shown = (rated ? cache.fitRated : cache.fitUnrated).arg(format(value));
        else
            shown = (rated ? cache.riskRated : cache.riskUnrated).arg(format(value));
        QString text = cache.line.arg(shown, dimensionDisplayName(static_cast<int>(d)),
                                      QString::number(level), QString::number(dimension.levels()), band);
        if (sentence)
            *sentence = text;
        *reasons << text;
    }
    return levels;
}

TierAssignment TierModel::assignWith(const CustomerFigures& customer,
                                     const RfmScore& score,
                                     const TierContext& context,
                                     TraceCache& cache,
                                     bool explain) const
{
    TierAssignment result;
    const bool unscored = m_kind == Kind::Rfm ? !score.isScored() : !customer.hasPurchased();
    if (unscored && !m_unscoredSegment.isEmpty()) {
        if (explain && cache.unscored.isEmpty())
            cache.unscored = tr("No purchase up to the analysis date: the map “%1” puts customers who never "
                                "bought in %2.")
                                 .arg(displayName(), segmentDisplayName(segmentIndex(m_unscoredSegment)));
        result.segment = m_unscoredSegment;
        if (explain)
            result.reasons << cache.unscored;
        return result;
    }
    std::vector<int> levels;
    if (m_kind == Kind::Rfm)
        levels = {score.r, score.f, score.m};
    else
        levels = levelsOf(customer, context, cache, explain ? &result.reasons : nullptr);
    if (!withinGrid(levels)) {
        result.reasons << tr("Scores %1 are outside the map “%2”.").arg(describeCell(levels), displayName());
        return result;
    }
    const int cell = cellOf(levels);
    const int segment = m_cellSegment[static_cast<size_t>(cell)];
    if (segment >= 0)
        result.segment = m_segments[static_cast<size_t>(segment)].code;
    if (!explain)
        return result;
    if (cache.decisions.empty())
        cache.decisions.resize(m_cellSegment.size());
    QString& decided = cache.decisions[static_cast<size_t>(cell)];
    if (decided.isEmpty())
        decided = decision(cell);
    result.reasons << decided;
    return result;
}

TierAssignment
TierModel::assign(const CustomerFigures& customer, const RfmScore& score, const TierContext& context) const
{
    TraceCache cache;
    return assignWith(customer, score, context, cache, true);
}

std::vector<TierAssignment> TierModel::assignAll(const CustomerFiguresList& customers,
                                                 const std::vector<RfmScore>& scores,
                                                 const TierContext& context,
                                                 Trace trace) const
{
    std::vector<std::size_t> indexes(customers.size());
    std::iota(indexes.begin(), indexes.end(), std::size_t{0});
    return assignAll(customers, scores, indexes, context, trace);
}

std::vector<TierAssignment> TierModel::assignAll(const CustomerFiguresList& customers,
                                                 const std::vector<RfmScore>& scores,
                                                 const std::vector<std::size_t>& indexes,
                                                 const TierContext& context,
                                                 Trace trace) const
{
    std::vector<const CustomerFigures*> pointers;
    pointers.reserve(customers.size());
    for (const CustomerFigures& c : customers)
        pointers.push_back(&c);
    return assignAll(pointers, scores, indexes, context, trace);
}

std::vector<TierAssignment> TierModel::assignAll(const std::vector<const CustomerFigures*>& customers,
                                                 const std::vector<RfmScore>& scores,
                                                 const std::vector<std::size_t>& indexes,
                                                 const TierContext& context,
                                                 Trace trace) const
{
    std::vector<TierAssignment> out(indexes.size());
    TraceCache cache;
    for (size_t k = 0; k < indexes.size(); ++k) {
        const std::size_t i = indexes[k];
        out[k] = assignWith(*customers[i], i < scores.size() ? scores[i] : RfmScore{}, context, cache,
                            trace == Trace::Include);
    }
    return out;
}

QJsonObject TierModel::toJson() const
{
    QJsonArray segments;
    for (const Segment& segment : m_segments) {
        QJsonArray rules;
        for (const Rule& rule : segment.rules) {
            QJsonObject box;
            for (size_t d = 0; d < m_dimensions.size(); ++d) {
                const Range& range = rule.ranges[d];
                if (range.min == 1 && range.max == m_dimensions[d].levels())
                    continue; // a dimension left out spans its whole range
                box.insert(m_dimensions[d].code, QJsonArray{range.min, range.max});
            }
            rules.append(box);
        }
        segments.append(QJsonObject{{QStringLiteral("code"), segment.code},
                                    {QStringLiteral("name"), segment.name},
                                    {QStringLiteral("rules"), rules}});
    }
    QJsonObject o{{QStringLiteral("code"), m_code},
                  {QStringLiteral("name"), m_name},
                  {QStringLiteral("kind"), kindCode(m_kind)},
                  {QStringLiteral("segments"), segments}};
    if (!m_unscoredSegment.isEmpty())
        o.insert(QStringLiteral("unscored_segment"), m_unscoredSegment);
    if (m_kind == Kind::Tob) {
        QJsonArray dimensions;
        for (const Dimension& d : m_dimensions) {
            QJsonArray boundaries;
            for (double b : d.boundaries)
                boundaries.append(b);
            dimensions.append(
                QJsonObject{{QStringLiteral("code"), d.code}, {QStringLiteral("boundaries"), boundaries}});
        }
        o.insert(QStringLiteral("dimensions"), dimensions);
    }
    return o;
}

TierModel TierModel::fromJson(const QJsonObject& json)
{
    const QString code = json.value(QStringLiteral("code")).toString();
    const QString name = json.value(QStringLiteral("name")).toString(code);
    const QString kindText = json.value(QStringLiteral("kind")).toString();
    Kind kind;
    if (kindText == QLatin1String("rfm"))
        kind = Kind::Rfm;
    else if (kindText == QLatin1String("tob"))
        kind = Kind::Tob;
    else
        throw AnalyticsRuleError(
            tr("Tier model “%1”: unknown kind “%2” (expected “rfm” or “tob”).").arg(code, kindText));

    std::vector<Dimension> dimensions;
    if (kind == Kind::Rfm) {
        dimensions = rfmDimensions();
    } else {
        const QJsonArray list = json.value(QStringLiteral("dimensions")).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject d = list[i].toObject();
            Dimension dimension{d.value(QStringLiteral("code")).toString(), {}};
            for (const QJsonValue& b : d.value(QStringLiteral("boundaries")).toArray()) {
                if (!b.isDouble())
                    throw AnalyticsRuleError(
                        tr("Tier model “%1”: a boundary of “%2” is not a number.").arg(code, dimension.code));
                dimension.boundaries.push_back(b.toDouble());
            }
            dimensions.push_back(std::move(dimension));
        }
    }

    std::vector<Segment> segments;
    const QJsonArray segmentList = json.value(QStringLiteral("segments")).toArray();
    if (segmentList.isEmpty())
        throw AnalyticsRuleError(tr("Tier model “%1”: no segments.").arg(code));
    for (const QJsonValue& value : segmentList) {
        const QJsonObject s = value.toObject();
        Segment segment{
            s.value(QStringLiteral("code")).toString(), s.value(QStringLiteral("name")).toString(), {}};
        const QJsonArray rules = s.value(QStringLiteral("rules")).toArray();
        for (qsizetype r = 0; r < rules.size(); ++r) {
            if (!rules[r].isObject())
                throw AnalyticsRuleError(
                    tr("Tier model “%1”, segment “%2”, rule %3: expected an object of ranges.")
                        .arg(code, segment.code)
                        .arg(r + 1));
            const QJsonObject box = rules[r].toObject();
            Rule rule;
            for (const Dimension& d : dimensions)
                rule.ranges.push_back({1, d.levels()});
            for (auto it = box.begin(); it != box.end(); ++it) {
                const auto found = std::find_if(dimensions.begin(), dimensions.end(),
                                                [&](const Dimension& d) { return d.code == it.key(); });
                if (found == dimensions.end())
                    throw AnalyticsRuleError(
                        tr("Tier model “%1”, segment “%2”, rule %3: unknown dimension “%4”.")
                            .arg(code, segment.code)
                            .arg(r + 1)
                            .arg(it.key()));
                Range& range = rule.ranges[static_cast<size_t>(found - dimensions.begin())];
                const QJsonValue v = it.value();
                const QJsonArray pair = v.toArray();
                if (v.isDouble()) {
                    range = {v.toInt(), v.toInt()};
                } else if (v.isArray() && pair.size() == 2 && pair[0].isDouble() && pair[1].isDouble()) {
                    range = {pair[0].toInt(), pair[1].toInt()};
                } else {
                    throw AnalyticsRuleError(
                        tr("Tier model “%1”, segment “%2”, rule %3: “%4” must be a level or "
                           "a [from, to] pair of levels.")
                            .arg(code, segment.code)
                            .arg(r + 1)
                            .arg(it.key()));
                }
            }
            segment.rules.push_back(std::move(rule));
        }
        segments.push_back(std::move(segment));
    }
    return TierModel(code, name, kind, std::move(dimensions), std::move(segments),
                     json.value(QStringLiteral("unscored_segment")).toString());
}

std::vector<TierModel> TierModel::builtIns()
{
    // Seed 001's four tiers on a complete 5×5×5 grid, read row by row of R:
    //   R 4–5 (bought recently): F and M both 4–5 high-value; F or M 3 and up potential; else low-value
    //   R 3 (slipping): churn-risk once F or M is 2 or more (a customer with a habit going quiet),
    //                   low-value at F 1 and M 1
    //   R 1–2 (gone quiet): churn-risk when F or M is 3 or more (worth winning back), else low-value
    // Seed 001's example: 555 → high-value, 433 → potential, 321 → churn-risk.
    TierModel seed4(QStringLiteral("seed4"), QString::fromLatin1(kSeed4Name), Kind::Rfm, {},
                    {
                        {QStringLiteral("high_value"), QStringLiteral("High-value"), {rfm(4, 5, 4, 5, 4, 5)}},
                        {QStringLiteral("potential"),
                         QStringLiteral("Potential"),
                         {rfm(4, 5, 3, 5, 1, 3), rfm(4, 5, 3, 3, 4, 5), rfm(4, 5, 1, 2, 3, 5)}},
                        {QStringLiteral("low_value"),
                         QStringLiteral("Low-value"),
                         {rfm(4, 5, 1, 2, 1, 2), rfm(3, 3, 1, 1, 1, 1), rfm(1, 2, 1, 2, 1, 2)}},
                        {QStringLiteral("churn_risk"),
                         QStringLiteral("Churn-risk"),
                         {rfm(3, 3, 2, 5), rfm(3, 3, 1, 1, 2, 5), rfm(1, 2, 3, 5), rfm(1, 2, 1, 2, 3, 5)}},
                    },
                    QStringLiteral("low_value"));

    // The eleven-segment map, as a complete grid (rows of R, columns of F; M splits the top corner
    // and the lapsed big spenders):
    //        F 1         F 2–3               F 4–5
    //   R 5  New         Potential Loyalist  Champions (M 4–5) / Loyal (M 1–3)
    //   R 4  Promising   Potential Loyalist  Champions (M 4–5) / Loyal (M 1–3)
    //   R 3  About to Sleep (F 1–2), Need Attention (F 3), Loyal (F 4–5)
    //   R 2  Hibernating (F 1–2)     At Risk (F 3)       Can't Lose Them (M 4–5) / At Risk (M 1–3)
    //   R 1  Lost (F 1–2)            At Risk (F 3)       Can't Lose Them (M 4–5) / At Risk (M 1–3)
    TierModel rfm11(
        QStringLiteral("rfm11"), QString::fromLatin1(kRfm11Name), Kind::Rfm, {},
        {
            {QStringLiteral("champions"), QStringLiteral("Champions"), {rfm(4, 5, 4, 5, 4, 5)}},
            {QStringLiteral("loyal"), QStringLiteral("Loyal"), {rfm(4, 5, 4, 5, 1, 3), rfm(3, 3, 4, 5)}},
            {QStringLiteral("potential_loyalist"), QStringLiteral("Potential Loyalist"), {rfm(4, 5, 2, 3)}},
            {QStringLiteral("new_customers"), QStringLiteral("New Customers"), {rfm(5, 5, 1, 1)}},
            {QStringLiteral("promising"), QStringLiteral("Promising"), {rfm(4, 4, 1, 1)}},
            {QStringLiteral("need_attention"), QStringLiteral("Need Attention"), {rfm(3, 3, 3, 3)}},
            {QStringLiteral("about_to_sleep"), QStringLiteral("About to Sleep"), {rfm(3, 3, 1, 2)}},
            {QStringLiteral("at_risk"), QStringLiteral("At Risk"), {rfm(1, 2, 3, 3), rfm(1, 2, 4, 5, 1, 3)}},
            {QStringLiteral("cant_lose"), QStringLiteral("Can't Lose Them"), {rfm(1, 2, 4, 5, 4, 5)}},
            {QStringLiteral("hibernating"), QStringLiteral("Hibernating"), {rfm(2, 2, 1, 2)}},
            {QStringLiteral("lost"), QStringLiteral("Lost"), {rfm(1, 1, 1, 2)}},
        },
        QStringLiteral("lost"));

    // Seed 000's ToB tiers, three levels per dimension: revenue share (< 1%, 1–5%, ≥ 5%),
    // relationship (< 1, 1–3, ≥ 3 years), industry fit (1–2, 3, 4–5), renewal risk (1–2, 3, 4–5).
    // A high renewal risk decides alone; otherwise a high share with an established relationship and
    // a fair fit is strategic, a high share otherwise or a middle share held for a year or more is
    // core, and the rest is potential. Prospects (share 0, relationship 0) come out potential.
    TierModel tob4(
        QStringLiteral("tob4"), QString::fromLatin1(kTob4Name), Kind::Tob,
        {{kRevenueShare, {0.01, 0.05}},
         {kRelationshipYears, {1.0, 3.0}},
         {kIndustryFit, {3.0, 4.0}},
         {kRenewalRisk, {3.0, 4.0}}},
        {
            {QStringLiteral("strategic"), QStringLiteral("Strategic"), {tob({3, 3}, {2, 3}, {2, 3}, {1, 2})}},
            {QStringLiteral("core"),
             QStringLiteral("Core"),
             {tob({3, 3}, {1, 1}, kAny3, {1, 2}), tob({3, 3}, {2, 3}, {1, 1}, {1, 2}),
              tob({2, 2}, {2, 3}, kAny3, {1, 2})}},
            {QStringLiteral("potential"),
             QStringLiteral("Potential"),
             {tob({1, 1}, kAny3, kAny3, {1, 2}), tob({2, 2}, {1, 1}, kAny3, {1, 2})}},
            {QStringLiteral("risk"), QStringLiteral("Risk"), {tob(kAny3, kAny3, kAny3, {3, 3})}},
        });
    return {seed4, rfm11, tob4};
}

std::optional<TierModel> TierModel::builtIn(const QString& code)
{
    for (TierModel& model : builtIns())
        if (model.code() == code)
            return model;
    return std::nullopt;
}

QString TierModel::defaultCodeFor(const QString& customerKind)
{
    return customerKind == QLatin1String("tob") ? QStringLiteral("tob4") : QStringLiteral("seed4");
}

} // namespace clientele
