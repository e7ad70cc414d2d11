#include "customers/SurveyResponseTableModel.h"

namespace clientele {

void SurveyResponseTableModel::setResponses(const QList<SurveyResponse>& responses)
{
    beginResetModel();
    m_rows = responses;
    endResetModel();
}

int SurveyResponseTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SurveyResponseTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SurveyResponseTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SurveyResponse& r = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Nps || index.column() == Satisfaction ? QVariant(Qt::AlignCenter)
                                                                       : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return r.answeredAt.toString(QStringLiteral("yyyy-MM-dd"));
    case Nps:
        return r.nps ? QVariant(*r.nps) : QVariant(QStringLiteral("–"));
    case Satisfaction:
        return r.satisfaction ? QVariant(tr("%1 / 5").arg(*r.satisfaction)) : QVariant(QStringLiteral("–"));
    case Comment:
        return r.comment;
    default:
        return {};
    }
}

QVariant SurveyResponseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Nps:
        return tr("NPS");
    case Satisfaction:
        return tr("Satisfaction");
    case Comment:
        return tr("Comment");
    default:
        return {};
    }
}

} // namespace clientele
