#include "TierMap.h"

#include <algorithm>

namespace clientele {

namespace {

// Calls visit(cell) for every cell of the box until it returns false; returns whether none did.
template <typename Visit>
bool forEachCell(const TierModel& model, const TierModel::Rule& box, Visit visit)
{
    const size_t n = box.ranges.size();
    std::vector<int> levels(n);
    for (size_t d = 0; d < n; ++d)
        levels[d] = box.ranges[d].min;
    while (true) {
        if (!visit(model.cellOf(levels)))
            return false;
        size_t d = n;
        while (d-- > 0) {
            if (++levels[d] <= box.ranges[d].max)
                break;
            levels[d] = box.ranges[d].min;
        }
        if (d == static_cast<size_t>(-1))
            return true;
    }
}

} // namespace

TierMap::TierMap(TierModel model)
    : m_base(std::move(model))
{
    m_cells.resize(static_cast<size_t>(m_base.cellCount()));
    for (int cell = 0; cell < m_base.cellCount(); ++cell)
        m_cells[static_cast<size_t>(cell)] = m_base.segmentsCovering(cell);
}

void TierMap::setSegmentsAt(int cell, std::vector<int> segments)
{
    std::sort(segments.begin(), segments.end());
    segments.erase(std::unique(segments.begin(), segments.end()), segments.end());
    m_cells[static_cast<size_t>(cell)] = std::move(segments);
}

std::vector<int> TierMap::cellsPerSegment() const
{
    std::vector<int> counts(m_base.segments().size(), 0);
    for (const std::vector<int>& covering : m_cells)
        for (int s : covering)
            ++counts[static_cast<size_t>(s)];
    return counts;
}

TierModel TierMap::toModel() const
{
    const TierMap original(m_base);
    std::vector<TierModel::Segment> segments = m_base.segments();
    for (size_t s = 0; s < segments.size(); ++s) {
        std::vector<bool> mine(m_cells.size()), before(m_cells.size());
        for (size_t cell = 0; cell < m_cells.size(); ++cell) {
            const auto covers = [&](const std::vector<int>& list) {
                return std::find(list.begin(), list.end(), static_cast<int>(s)) != list.end();
            };
            mine[cell] = covers(m_cells[cell]);
            before[cell] = covers(original.m_cells[cell]);
        }
        if (mine != before) // rules as written stay readable; only a changed segment is redrawn
            segments[s].rules = boxes(m_base, mine);
    }
    return TierModel(m_base.code(), m_base.name(), m_base.kind(), m_base.dimensions(), std::move(segments),
                     m_base.unscoredSegment());
}

std::vector<TierModel::Rule> TierMap::boxes(const TierModel& model, const std::vector<bool>& cells)
{
    std::vector<bool> left = cells;
    const auto allLeft = [&](const TierModel::Rule& box) {
        return forEachCell(model, box,
                           [&](int cell) { return static_cast<bool>(left[static_cast<size_t>(cell)]); });
    };
    std::vector<TierModel::Rule> rules;
    for (int cell = 0; cell < model.cellCount(); ++cell) {
        if (!left[static_cast<size_t>(cell)])
            continue;
        // Grow a box from this cell, last dimension first, each as far as all its cells are left.
        TierModel::Rule box;
        for (int level : model.cellLevels(cell))
            box.ranges.push_back({level, level});
        for (size_t d = box.ranges.size(); d-- > 0;) {
            while (box.ranges[d].max < model.dimensions()[d].levels()) {
                ++box.ranges[d].max;
                if (!allLeft(box)) {
                    --box.ranges[d].max;
                    break;
                }
            }
        }
        forEachCell(model, box, [&](int covered) {
            left[static_cast<size_t>(covered)] = false;
            return true;
        });
        rules.push_back(std::move(box));
    }
    return rules;
}

} // namespace clientele
