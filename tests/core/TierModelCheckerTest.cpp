// The map checker: the built-in maps are sound; planted gaps, overlaps and unreachable segments are
// found and named.
#include "analytics/TierModelChecker.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

QJsonObject definition(const char* code)
{
    return TierModel::builtIn(QString::fromLatin1(code))->toJson();
}

// Applies `edit` to the rules of the segment with the given code.
template <typename Edit>
QJsonObject editRules(QJsonObject json, const char* segmentCode, Edit edit)
{
    QJsonArray segments = json.value(QStringLiteral("segments")).toArray();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        QJsonObject segment = segments[i].toObject();
        if (segment.value(QStringLiteral("code")).toString() != QLatin1String(segmentCode))
            continue;
        QJsonArray rules = segment.value(QStringLiteral("rules")).toArray();
        edit(rules);
        segment.insert(QStringLiteral("rules"), rules);
        segments[i] = segment;
    }
    json.insert(QStringLiteral("segments"), segments);
    return json;
}

QJsonObject addSegment(QJsonObject json, const char* code, const QJsonArray& rules)
{
    QJsonArray segments = json.value(QStringLiteral("segments")).toArray();
    segments.append(QJsonObject{{QStringLiteral("code"), QString::fromLatin1(code)},
                                {QStringLiteral("name"), QString::fromLatin1(code)},
                                {QStringLiteral("rules"), rules}});
    json.insert(QStringLiteral("segments"), segments);
    return json;
}

} // namespace

TEST(TierModelChecker, BuiltInMapsHaveNoGapsOverlapsOrUnreachableSegments)
{
    for (const TierModel& m : TierModel::builtIns()) {
        const TierModelChecker::Report report = TierModelChecker::check(m);
        EXPECT_TRUE(report.isSound())
            << m.code().toStdString() << ": " << report.messages.join(QLatin1Char('\n')).toStdString();
        EXPECT_TRUE(report.messages.isEmpty());
    }
}

TEST(TierModelChecker, FindsAPlantedGap)
{
    // Need Attention covers exactly R 3 · F 3; without its rule those five cells belong to nobody.
    const TierModel m = TierModel::fromJson(
        editRules(definition("rfm11"), "need_attention", [](QJsonArray& rules) { rules = QJsonArray{}; }));
    const TierModelChecker::Report report = TierModelChecker::check(m);
    ASSERT_EQ(report.gaps.size(), 5u);
    for (int mScore = 1; mScore <= 5; ++mScore)
        EXPECT_EQ(report.gaps[static_cast<size_t>(mScore - 1)], (std::vector<int>{3, 3, mScore}));
    EXPECT_TRUE(report.overlaps.empty());
    EXPECT_EQ(report.unreachable, QStringList{QStringLiteral("need_attention")});
    EXPECT_FALSE(report.isComplete());
    ASSERT_EQ(report.messages.size(), 2);
    EXPECT_EQ(report.messages[0],
              QStringLiteral("Map “Eleven-segment RFM map”: 5 cell(s) belong to no segment: "
                             "R 3 · F 3 · M 1; R 3 · F 3 · M 2; R 3 · F 3 · M 3; R 3 · F 3 · "
                             "M 4; R 3 · F 3 · M 5."));
    EXPECT_EQ(
        report.messages[1],
        QStringLiteral("Map “Eleven-segment RFM map”: segment Need Attention has no rules, so no customer "
                       "can reach it."));
}

TEST(TierModelChecker, FindsAPlantedOverlapAndTheSegmentItMakesUnreachable)
{
    // The usual first-match coding lets a broad rule swallow a narrow one. Here Loyal also claims
    // R 3 · F 3 (Need Attention's only cells).
    const TierModel m = TierModel::fromJson(editRules(definition("rfm11"), "loyal", [](QJsonArray& rules) {
        rules.append(QJsonObject{{QStringLiteral("r"), 3}, {QStringLiteral("f"), QJsonArray{3, 5}}});
    }));
    const TierModelChecker::Report report = TierModelChecker::check(m);
    EXPECT_TRUE(report.gaps.empty());
    ASSERT_EQ(report.overlaps.size(), 5u);
    EXPECT_EQ(report.overlaps[2].cell, (std::vector<int>{3, 3, 3}));
    EXPECT_EQ(report.overlaps[2].segments,
              (std::vector<int>{m.segmentIndex(QStringLiteral("loyal")),
                                m.segmentIndex(QStringLiteral("need_attention"))}));
    EXPECT_EQ(report.unreachable, QStringList{QStringLiteral("need_attention")});
    EXPECT_TRUE(report.messages.contains(
        QStringLiteral("Map “Eleven-segment RFM map”: cell R 3 · F 3 · M 3 belongs to more than one segment: "
                       "Loyal, Need Attention.")));
    EXPECT_TRUE(report.messages.contains(QStringLiteral(
        "Map “Eleven-segment RFM map”: segment Need Attention decides no cell (every cell its rules "
        "cover belongs to another segment too), so no customer can reach it.")));
    // The overlapping cell gives no tier rather than whichever rule came first.
    EXPECT_TRUE(m.assign(CustomerFigures{}, RfmScore{3, 3, 3}, {}).segment.isEmpty());
}

TEST(TierModelChecker, FindsASegmentWithoutCellsInACompleteMap)
{
    // A complete map plus a segment whose only rule lies inside Champions: no gap, one overlap
    // cell, and "vip" is unreachable.
    const TierModel m = TierModel::fromJson(
        addSegment(definition("rfm11"), "vip",
                   QJsonArray{QJsonObject{
                       {QStringLiteral("r"), 5}, {QStringLiteral("f"), 5}, {QStringLiteral("m"), 5}}}));
    const TierModelChecker::Report report = TierModelChecker::check(m);
    EXPECT_TRUE(report.gaps.empty());
    ASSERT_EQ(report.overlaps.size(), 1u);
    EXPECT_EQ(report.overlaps[0].cell, (std::vector<int>{5, 5, 5}));
    EXPECT_EQ(report.unreachable, QStringList{QStringLiteral("vip")});
}

TEST(TierModelChecker, ChecksToBModelsCellByCellToo)
{
    // Without the risk segment, every cell with renewal risk 3 (27 of 81) is a gap.
    QJsonObject json = definition("tob4");
    QJsonArray segments = json.value(QStringLiteral("segments")).toArray();
    segments.removeLast();
    json.insert(QStringLiteral("segments"), segments);
    const TierModelChecker::Report report = TierModelChecker::check(TierModel::fromJson(json));
    EXPECT_EQ(report.gaps.size(), 27u);
    for (const std::vector<int>& cell : report.gaps)
        EXPECT_EQ(cell.back(), 3);
    EXPECT_TRUE(report.messages.front().contains(QStringLiteral("and 19 more")))
        << report.messages.front().toStdString();
}
