#include "customers/InteractionTableModel.h"

namespace clientele {

void InteractionTableModel::setInteractions(const QList<Interaction>& interactions)
{
    beginResetModel();
    m_rows = interactions;
    endResetModel();
}

int InteractionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InteractionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InteractionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::DisplayRole)
        return {};
    const Interaction& i = m_rows.at(index.row());
    switch (index.column()) {
    case Date:
        return i.occurredAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Channel:
        return i.channel;
    case Type:
        return i.type;
    case Summary:
        return i.summary;
    case Outcome:
        return i.outcome;
    case Owner:
        return i.owner;
    default:
        return {};
    }
}

QVariant InteractionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Channel:
        return tr("Channel");
    case Type:
        return tr("Type");
    case Summary:
        return tr("Summary");
    case Outcome:
        return tr("Outcome");
    case Owner:
        return tr("Owner");
    default:
        return {};
    }
}

} // namespace clientele
