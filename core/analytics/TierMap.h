#pragma once

#include "TierModel.h"

#include <vector>

namespace clientele {

// A tier model's map as cells, for editing it cell by cell: which segments cover each cell of the
// grid (one when the map is sound; none for a gap, several for an overlap, so a map with faults can
// be shown and mended). toModel() turns the cells back into a TierModel whose rules are boxes of
// the grid; segments whose cells were not changed keep their rules exactly as they were written.
class TierMap
{
public:
    TierMap() = default;
    explicit TierMap(TierModel model);

    // The model the map was made from (its segments, dimensions and rules as written).
    const TierModel& base() const { return m_base; }
    int cellCount() const { return static_cast<int>(m_cells.size()); }
    // Segment indexes into base().segments(), ascending.
    const std::vector<int>& segmentsAt(int cell) const { return m_cells[static_cast<size_t>(cell)]; }
    void setSegmentsAt(int cell, std::vector<int> segments);
    // The cell belongs to `segment` alone from now on.
    void assign(int cell, int segment) { setSegmentsAt(cell, {segment}); }
    // The number of cells each segment covers.
    std::vector<int> cellsPerSegment() const;

    // The model with the cells as they are now. Never throws for a map made from a valid model.
    TierModel toModel() const;
    // Same cells as `other` (and made from a model with the same segments).
    bool sameCells(const TierMap& other) const { return m_cells == other.m_cells; }

    // The fewest boxes a greedy sweep finds that cover exactly the cells marked true, with the first
    // dimension varying slowest as in TierModel's cell numbering.
    static std::vector<TierModel::Rule> boxes(const TierModel& model, const std::vector<bool>& cells);

private:
    TierModel m_base;
    std::vector<std::vector<int>> m_cells;
};

} // namespace clientele
