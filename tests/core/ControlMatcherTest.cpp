// Nearest-neighbour control matching: same tier only, RFM scores first, standardized figures next,
// lowest id last; without replacement; the same pairs whatever the input order.
#include "planning/ControlMatcher.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <random>

using namespace clientele;

namespace {

MatchProfile profile(qint64 id,
                     const char* tier,
                     int r,
                     int f,
                     int m,
                     double recency = 30,
                     double frequency = 2,
                     double monetary = 10000)
{
    return {id, QString::fromLatin1(tier), r, f, m, recency, frequency, monetary};
}

TEST(ControlMatcherTest, SameTierAndNearestScoresFirst)
{
    const std::vector<MatchProfile> targets = {profile(1, "potential", 4, 3, 3)};
    const std::vector<MatchProfile> candidates = {
        profile(10, "high_value", 4, 3, 3),               // same scores, another tier
        profile(11, "potential", 2, 2, 2, 30, 2, 10000),  // same figures, scores 6 apart
        profile(12, "potential", 4, 3, 2, 300, 9, 90000), // one score apart, far figures
    };
    const ControlMatching m = ControlMatcher::match(targets, candidates);
    ASSERT_EQ(m.pairs.size(), 1u);
    EXPECT_EQ(m.pairs[0].targetId, 1);
    EXPECT_EQ(m.pairs[0].controlId, 12);
    EXPECT_EQ(m.pairs[0].scoreDistance, 1);
    EXPECT_TRUE(m.unmatched.empty());
}

TEST(ControlMatcherTest, FiguresBreakScoreTiesThenTheLowestId)
{
    const std::vector<MatchProfile> targets = {profile(1, "potential", 4, 3, 3, 40, 3, 20000)};
    const std::vector<MatchProfile> farther = {profile(21, "potential", 4, 3, 3, 80, 3, 20000),
                                               profile(22, "potential", 4, 3, 3, 45, 3, 20000)};
    EXPECT_EQ(ControlMatcher::match(targets, farther).pairs.at(0).controlId, 22);
    const std::vector<MatchProfile> twins = {profile(32, "potential", 4, 3, 3, 45, 3, 20000),
                                             profile(31, "potential", 4, 3, 3, 45, 3, 20000)};
    EXPECT_EQ(ControlMatcher::match(targets, twins).pairs.at(0).controlId, 31);
}

TEST(ControlMatcherTest, WithoutReplacementInTargetIdOrder)
{
    // Both targets want 50; the lower id gets it, the other the next best, the third none.
    const std::vector<MatchProfile> targets = {profile(3, "potential", 5, 5, 5),
                                               profile(2, "potential", 5, 5, 5),
                                               profile(4, "churn_risk", 1, 1, 1)};
    const std::vector<MatchProfile> candidates = {profile(50, "potential", 5, 5, 5),
                                                  profile(51, "potential", 5, 5, 4)};
    const ControlMatching m = ControlMatcher::match(targets, candidates);
    ASSERT_EQ(m.pairs.size(), 2u);
    EXPECT_EQ(m.pairs[0].targetId, 2);
    EXPECT_EQ(m.pairs[0].controlId, 50);
    EXPECT_EQ(m.pairs[1].targetId, 3);
    EXPECT_EQ(m.pairs[1].controlId, 51);
    EXPECT_EQ(m.unmatched, std::vector<qint64>{4});
}

TEST(ControlMatcherTest, TargetsAreNeverControls)
{
    const std::vector<MatchProfile> targets = {profile(1, "potential", 4, 4, 4),
                                               profile(2, "potential", 4, 4, 4)};
    // Target 2 is also offered as a candidate (a caller's slip): it must not be used.
    const std::vector<MatchProfile> candidates = {profile(2, "potential", 4, 4, 4),
                                                  profile(60, "potential", 1, 1, 1)};
    const ControlMatching m = ControlMatcher::match(targets, candidates);
    ASSERT_EQ(m.pairs.size(), 1u);
    EXPECT_EQ(m.pairs[0].controlId, 60);
    EXPECT_EQ(m.unmatched, std::vector<qint64>{2});
}

TEST(ControlMatcherTest, SamePairsWhateverTheInputOrder)
{
    std::vector<MatchProfile> targets, candidates;
    std::mt19937 random(7);
    std::uniform_int_distribution<int> score(1, 5);
    std::uniform_real_distribution<double> figure(0.0, 1000.0);
    const char* tiers[] = {"high_value", "potential", "low_value"};
    for (qint64 id = 1; id <= 200; ++id) {
        MatchProfile p = profile(id, tiers[id % 3], score(random), score(random), score(random),
                                 figure(random), figure(random), figure(random));
        (id % 4 == 0 ? targets : candidates).push_back(p);
    }
    const ControlMatching first = ControlMatcher::match(targets, candidates);
    EXPECT_EQ(first.pairs.size(), targets.size());
    for (int round = 0; round < 3; ++round) {
        std::shuffle(targets.begin(), targets.end(), random);
        std::shuffle(candidates.begin(), candidates.end(), random);
        const ControlMatching again = ControlMatcher::match(targets, candidates);
        ASSERT_EQ(again.pairs.size(), first.pairs.size());
        for (std::size_t i = 0; i < first.pairs.size(); ++i) {
            EXPECT_EQ(again.pairs[i].targetId, first.pairs[i].targetId);
            EXPECT_EQ(again.pairs[i].controlId, first.pairs[i].controlId);
        }
    }
    // Without replacement: every control used once.
    std::vector<qint64> controls;
    for (const ControlPair& p : first.pairs)
        controls.push_back(p.controlId);
    std::sort(controls.begin(), controls.end());
    EXPECT_EQ(std::adjacent_find(controls.begin(), controls.end()), controls.end());
}

} // namespace
