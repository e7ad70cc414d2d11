// TierMap: a tier model's map as cells and back. The built-in maps survive the round trip cell for
// cell (and rule for rule when nothing changed), an edited cell is the only one that moves, the boxes
// cover exactly the cells asked for, and gaps and overlaps of a faulty map are kept as they are.
#include "analytics/TierMap.h"

#include "analytics/TierModelChecker.h"

#include <gtest/gtest.h>

using namespace clientele;

namespace {

// Cells covered by the rules, counted once per rule (so an overlap between two rules shows).
std::vector<int> coverCounts(const TierModel& model, const std::vector<TierModel::Rule>& rules)
{
    std::vector<int> counts(static_cast<size_t>(model.cellCount()), 0);
    for (int cell = 0; cell < model.cellCount(); ++cell)
        for (const TierModel::Rule& rule : rules)
            if (model.ruleCovers(rule, model.cellLevels(cell)))
                ++counts[static_cast<size_t>(cell)];
    return counts;
}

} // namespace

TEST(TierMapTest, BuiltInMapsComeBackUnchanged)
{
    for (const TierModel& model : TierModel::builtIns()) {
        const TierMap map(model);
        ASSERT_EQ(map.cellCount(), model.cellCount()) << model.code().toStdString();
        for (int cell = 0; cell < model.cellCount(); ++cell)
            EXPECT_EQ(map.segmentsAt(cell), std::vector<int>{model.segmentOfCell(cell)});
        EXPECT_EQ(map.toModel().toJson(), model.toJson()) << model.code().toStdString();
    }
}

TEST(TierMapTest, AnAssignedCellIsTheOnlyOneThatMoves)
{
    for (const TierModel& model : TierModel::builtIns()) {
        TierMap map(model);
        const int cell = model.cellCount() / 2 + 1;
        const int from = model.segmentOfCell(cell);
        const int to = (from + 1) % static_cast<int>(model.segments().size());
        map.assign(cell, to);
        const TierModel edited = map.toModel();
        EXPECT_TRUE(TierModelChecker::check(edited).isComplete()) << model.code().toStdString();
        for (int c = 0; c < model.cellCount(); ++c)
            EXPECT_EQ(edited.segmentOfCell(c), c == cell ? to : model.segmentOfCell(c))
                << model.code().toStdString() << " cell " << c;
        // Segments whose cells did not change keep their rules as written.
        for (size_t s = 0; s < model.segments().size(); ++s) {
            if (static_cast<int>(s) != from && static_cast<int>(s) != to) {
                EXPECT_EQ(edited.segments()[s].rules.size(), model.segments()[s].rules.size());
            }
        }
        // And the JSON round trip (what the store keeps) gives the same cells.
        const TierModel reread = TierModel::fromJson(edited.toJson());
        for (int c = 0; c < model.cellCount(); ++c)
            EXPECT_EQ(reread.segmentOfCell(c), edited.segmentOfCell(c));
    }
}

TEST(TierMapTest, BoxesCoverExactlyTheCellsAskedForOnce)
{
    const TierModel model = *TierModel::builtIn(QStringLiteral("seed4"));
    // A checkerboard in R × F at every M, plus one lone cell: the worst case for boxes.
    std::vector<bool> cells(static_cast<size_t>(model.cellCount()), false);
    for (int cell = 0; cell < model.cellCount(); ++cell) {
        const std::vector<int> l = model.cellLevels(cell);
        cells[static_cast<size_t>(cell)] = (l[0] + l[1]) % 2 == 0 || cell == 1;
    }
    const std::vector<TierModel::Rule> boxes = TierMap::boxes(model, cells);
    const std::vector<int> counts = coverCounts(model, boxes);
    for (int cell = 0; cell < model.cellCount(); ++cell)
        EXPECT_EQ(counts[static_cast<size_t>(cell)], cells[static_cast<size_t>(cell)] ? 1 : 0) << cell;
    // Each checkerboard square spans the whole M range in one box.
    EXPECT_LE(boxes.size(), 14u);

    // A whole grid is one box; no cells, no box.
    EXPECT_EQ(TierMap::boxes(model, std::vector<bool>(cells.size(), true)).size(), 1u);
    EXPECT_TRUE(TierMap::boxes(model, std::vector<bool>(cells.size(), false)).empty());
}

TEST(TierMapTest, GapsAndOverlapsAreKeptAndCanBeMended)
{
    const TierModel faulty(QStringLiteral("faulty"), QStringLiteral("Faulty"), TierModel::Kind::Rfm, {},
                           {{QStringLiteral("a"), QStringLiteral("A"), {{{{1, 3}, {1, 5}, {1, 5}}}}},
                            {QStringLiteral("b"), QStringLiteral("B"), {{{{3, 4}, {1, 5}, {1, 5}}}}}},
                           QStringLiteral("a"));
    TierMap map(faulty);
    const int overlap = faulty.cellOf({3, 1, 1});
    const int gap = faulty.cellOf({5, 2, 2});
    EXPECT_EQ(map.segmentsAt(overlap), (std::vector<int>{0, 1}));
    EXPECT_TRUE(map.segmentsAt(gap).empty());
    const TierModelChecker::Report before = TierModelChecker::check(map.toModel());
    EXPECT_EQ(before.gaps.size(), 25u);
    EXPECT_EQ(before.overlaps.size(), 25u);

    // Every R 3 cell to A, every R 5 cell to B: sound.
    for (int cell = 0; cell < map.cellCount(); ++cell) {
        const int r = faulty.cellLevels(cell)[0];
        if (r == 3)
            map.assign(cell, 0);
        else if (r == 5)
            map.assign(cell, 1);
    }
    EXPECT_TRUE(TierModelChecker::check(map.toModel()).isSound());
    EXPECT_EQ(map.cellsPerSegment(), (std::vector<int>{75, 50}));
}
