#pragma once

#include "analytics/TierMap.h"

#include <QAbstractTableModel>
#include <QColor>

#include <vector>

namespace clientele {

// One slice of a tier map as a table: rows are the levels of the map's first dimension (highest at
// the top: R 5 first), columns the levels of its second, the levels of the other dimensions fixed by
// setSlice() (M for an RFM map). A cell shows the segment it belongs to in that segment's colour, "no
// segment" for a gap and the segments' names joined for an overlap.
class TierMapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        CellRole = Qt::UserRole // the cell's number in the whole grid (TierModel numbering)
    };

    explicit TierMapModel(QObject* parent = nullptr);

    // The map is not owned; null shows nothing. Call refresh() after changing its cells.
    void setMap(const TierMap* map);
    // Levels of the dimensions after the first two, in their order (empty for a two-dimension map).
    void setSlice(const std::vector<int>& levels);
    const std::vector<int>& slice() const { return m_slice; }
    void refresh();

    int cellAt(const QModelIndex& index) const;
    QModelIndex indexOfCell(int cell) const; // invalid when the cell is not in the slice shown

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A colour per segment, distinct for any number of them, lighter on a light palette.
    static QColor segmentColor(int segment, bool dark);

private:
    int levels(int dimension) const;

    const TierMap* m_map = nullptr;
    std::vector<int> m_slice;
};

} // namespace clientele
