#include "planning/ItemFilterProxy.h"

#include "planning/ItemTableModel.h"

namespace clientele {

ItemFilterProxy::ItemFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ItemTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ItemFilterProxy::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void ItemFilterProxy::setStatus(std::optional<int> status)
{
    m_status = status;
    invalidateFilter();
}

bool ItemFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    if (m_status &&
        model->index(sourceRow, ItemTableModel::StatusColumn, sourceParent).data(Qt::EditRole).toInt() !=
            *m_status)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column)
        if (model->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace clientele
