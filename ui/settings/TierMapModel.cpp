#include "settings/TierMapModel.h"

#include "charts/ChartStyle.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace clientele {

TierMapModel::TierMapModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TierMapModel::setMap(const TierMap* map)
{
    beginResetModel();
    m_map = map;
    m_slice.clear();
    if (m_map)
        for (size_t d = 2; d < m_map->base().dimensions().size(); ++d)
            m_slice.push_back(1);
    endResetModel();
}

void TierMapModel::setSlice(const std::vector<int>& levels)
{
    if (!m_map || levels.size() != m_slice.size() || levels == m_slice)
        return;
    m_slice = levels;
    refresh();
}

void TierMapModel::refresh()
{
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int TierMapModel::levels(int dimension) const
{
    const auto& dimensions = m_map->base().dimensions();
    return dimension < static_cast<int>(dimensions.size())
               ? dimensions[static_cast<size_t>(dimension)].levels()
               : 1;
}

int TierMapModel::rowCount(const QModelIndex& parent) const
{
    return m_map && !parent.isValid() ? levels(0) : 0;
}

int TierMapModel::columnCount(const QModelIndex& parent) const
{
    return m_map && !parent.isValid() ? levels(1) : 0;
}

int TierMapModel::cellAt(const QModelIndex& index) const
{
    if (!m_map || !index.isValid())
        return -1;
    std::vector<int> cellLevels{levels(0) - index.row()};
    if (m_map->base().dimensions().size() > 1)
        cellLevels.push_back(index.column() + 1);
    cellLevels.insert(cellLevels.end(), m_slice.begin(), m_slice.end());
    return m_map->base().cellOf(cellLevels);
}

QModelIndex TierMapModel::indexOfCell(int cell) const
{
    if (!m_map || cell < 0 || cell >= m_map->cellCount())
        return {};
    const std::vector<int> cellLevels = m_map->base().cellLevels(cell);
    if (!std::equal(m_slice.begin(), m_slice.end(),
                    cellLevels.begin() + std::min<size_t>(2, cellLevels.size())))
        return {};
    return index(levels(0) - cellLevels[0], cellLevels.size() > 1 ? cellLevels[1] - 1 : 0);
}

QVariant TierMapModel::data(const QModelIndex& index, int role) const
{
    const int cell = cellAt(index);
    if (cell < 0)
        return {};
    const TierModel& model = m_map->base();
    const std::vector<int>& segments = m_map->segmentsAt(cell);
    const bool dark = ChartStyle::isDark(QGuiApplication::palette());
    switch (role) {
    case Qt::DisplayRole: {
        if (segments.empty())
            return tr("no segment");
        QStringList names;
        for (int s : segments)
            names << model.segmentDisplayName(s);
        return names.join(QStringLiteral(" + "));
    }
    case Qt::ToolTipRole: {
        const QString where = model.describeCell(model.cellLevels(cell));
        if (segments.empty())
            return tr("%1: no segment (a gap in the map)").arg(where);
        if (segments.size() > 1)
            return tr("%1: more than one segment (an overlap in the map)").arg(where);
        return tr("%1: %2").arg(where, model.segmentDisplayName(segments.front()));
    }
    case Qt::BackgroundRole:
        if (segments.empty())
            return QVariant();
        if (segments.size() > 1)
            return QBrush(QColor(0xc0, 0x39, 0x2b), Qt::BDiagPattern);
        return segmentColor(segments.front(), dark);
    case Qt::ForegroundRole:
        if (segments.size() != 1)
            return QColor(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc0, 0x39, 0x2b));
        return QColor(dark ? Qt::white : Qt::black);
    case Qt::TextAlignmentRole:
        return Qt::AlignCenter;
    case CellRole:
        return cell;
    default:
        return {};
    }
}

QVariant TierMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_map || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return QStringLiteral("%1 %2").arg(m_map->base().dimensionDisplayName(0)).arg(levels(0) - section);
    if (m_map->base().dimensions().size() < 2)
        return QString();
    return QStringLiteral("%1 %2").arg(m_map->base().dimensionDisplayName(1)).arg(section + 1);
}

QColor TierMapModel::segmentColor(int segment, bool dark)
{
    // Hues a golden angle apart never repeat, however many segments a map has.
    const int hue = static_cast<int>(segment * 137.508 + 200.0) % 360;
    return dark ? QColor::fromHsv(hue, 150, 120) : QColor::fromHsv(hue, 70, 245);
}

} // namespace clientele
