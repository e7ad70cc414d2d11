// The reclassification preview against the engine itself: on a generated base in a real database
// file, the customers the preview says would change tier are exactly those whose tier differs
// between an engine run with the baseline rules and one with the candidate rules.
#include "analytics/ReclassificationPreview.h"

#include "TestSupport.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/AnalyticsRuleError.h"
#include "generator/SampleDatabaseWriter.h"
#include "storage/AnalyticsRuleStore.h"

#include <gtest/gtest.h>
#include <map>
#include <utility>

using namespace clientele;

namespace {

class ReclassificationPreviewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(writeSampleDatabase(db->connection(), db->dialect(), SampleSpec{400, 4000, 7, true}));
        baseline = run({}, {});
    }

    AnalyticsEngine::Result run(const QString& scheme, const QString& model) const
    {
        AnalyticsEngine::Options options;
        options.schemeCode = scheme;
        options.tierModelCode = model;
        options.explain = false;
        return AnalyticsEngine(db->connection(), db->dialect()).run(options);
    }

    ReclassificationPreview::Candidate candidate(const QString& scheme, const QString& model) const
    {
        const AnalyticsRuleStore rules(db->connection(), db->dialect());
        ReclassificationPreview::Candidate c;
        c.scheme = *rules.scheme(scheme);
        c.tierModelCode = model;
        for (const AnalyticsRuleStore::Entry& e : rules.tierModels())
            c.models.push_back(*rules.tierModel(e.code));
        return c;
    }

    // What the engine says moves: (from, to) → customers.
    std::map<std::pair<QString, QString>, int> engineMoves(const AnalyticsEngine::Result& candidate) const
    {
        std::map<std::pair<QString, QString>, int> moves;
        EXPECT_EQ(candidate.customers.size(), baseline.customers.size());
        for (size_t i = 0; i < baseline.customers.size(); ++i) {
            EXPECT_EQ(candidate.customers[i].figures.customerId, baseline.customers[i].figures.customerId);
            if (candidate.customers[i].tier.segment != baseline.customers[i].tier.segment)
                ++moves[{baseline.customers[i].tier.segment, candidate.customers[i].tier.segment}];
        }
        return moves;
    }

    void expectSameAsEngine(const QString& scheme, const QString& model)
    {
        const ReclassificationPreview preview(baseline.customers, baseline.totalNetAmountMinor);
        const ReclassificationPreview::Outcome outcome = preview.evaluate(candidate(scheme, model));
        const auto expected = engineMoves(run(scheme, model));
        int expectedChanged = 0;
        for (const auto& [fromTo, count] : expected)
            expectedChanged += count;
        EXPECT_FALSE(outcome.cancelled);
        EXPECT_EQ(outcome.customers, static_cast<int>(baseline.customers.size()));
        EXPECT_EQ(outcome.changed, expectedChanged) << scheme.toStdString() << " " << model.toStdString();
        std::map<std::pair<QString, QString>, int> got;
        for (const ReclassificationPreview::Move& m : outcome.moves)
            got[{m.from, m.to}] = m.customers;
        EXPECT_EQ(got, expected);
        for (size_t i = 1; i < outcome.moves.size(); ++i)
            EXPECT_GE(outcome.moves[i - 1].customers, outcome.moves[i].customers);
    }

    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
    AnalyticsEngine::Result baseline;
};

} // namespace

TEST_F(ReclassificationPreviewTest, TheSameRulesMoveNobody)
{
    ASSERT_GT(baseline.customers.size(), 300u);
    const ReclassificationPreview preview(baseline.customers, baseline.totalNetAmountMinor);
    const auto outcome = preview.evaluate(candidate(QStringLiteral("quintile"), QString()));
    EXPECT_EQ(outcome.changed, 0);
    EXPECT_TRUE(outcome.moves.empty());
    EXPECT_EQ(outcome.customers, static_cast<int>(baseline.customers.size()));
}

TEST_F(ReclassificationPreviewTest, ThresholdSchemesCountWhatTheEngineMoves)
{
    expectSameAsEngine(QStringLiteral("tob"), QString());
    expectSameAsEngine(QStringLiteral("toc"), QString());
}

TEST_F(ReclassificationPreviewTest, AnotherTierModelCountsWhatTheEngineMoves)
{
    expectSameAsEngine(QStringLiteral("quintile"), QStringLiteral("rfm11"));
    expectSameAsEngine(QStringLiteral("toc"), QStringLiteral("seed4"));
    expectSameAsEngine(QStringLiteral("quintile"), QStringLiteral("tob4"));
}

TEST_F(ReclassificationPreviewTest, AnEditedSchemeCountsWhatTheEngineMovesWithItStored)
{
    AnalyticsRuleStore rules(db->connection(), db->dialect());
    ScoringScheme edited = *rules.scheme(QStringLiteral("toc"));
    edited.code = QStringLiteral("toc_strict");
    edited.name = QStringLiteral("Strict ToC");
    edited.recencyDays = {7, 21, 60, 150};
    edited.amountPerYearMinor = {100000, 300000, 800000, 2000000};
    rules.saveScheme(edited);
    expectSameAsEngine(QStringLiteral("toc_strict"), QString());
    // Something really moves, or the comparison proves nothing.
    const ReclassificationPreview preview(baseline.customers, baseline.totalNetAmountMinor);
    EXPECT_GT(preview.evaluate(candidate(QStringLiteral("toc_strict"), QString())).changed, 0);
}

TEST_F(ReclassificationPreviewTest, AModelTheCandidateDoesNotCarryIsNamed)
{
    const ReclassificationPreview preview(baseline.customers, baseline.totalNetAmountMinor);
    ReclassificationPreview::Candidate c = candidate(QStringLiteral("quintile"), QStringLiteral("nope"));
    try {
        preview.evaluate(c);
        FAIL() << "no error for a missing model";
    } catch (const AnalyticsRuleError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("nope"))) << e.message().toStdString();
    }
}

TEST_F(ReclassificationPreviewTest, BoundariesOutOfOrderAreRefused)
{
    const ReclassificationPreview preview(baseline.customers, baseline.totalNetAmountMinor);
    ReclassificationPreview::Candidate c = candidate(QStringLiteral("tob"), QString());
    c.scheme.recencyDays = {30, 20, 120, 240};
    EXPECT_THROW(preview.evaluate(c), AnalyticsRuleError);
}

TEST_F(ReclassificationPreviewTest, ACancelledRunSaysSo)
{
    const ReclassificationPreview preview(baseline.customers, baseline.totalNetAmountMinor);
    const std::atomic<bool> cancel{true};
    const auto outcome = preview.evaluate(candidate(QStringLiteral("tob"), QString()), &cancel);
    EXPECT_TRUE(outcome.cancelled);
    EXPECT_EQ(outcome.changed, 0);
}
