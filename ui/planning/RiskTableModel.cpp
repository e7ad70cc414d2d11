#include "planning/RiskTableModel.h"

#include "planning/PlanningCodes.h"
#include "planning/PlanningValidator.h"

namespace clientele {

RiskTableModel::RiskTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RiskTableModel::setRisks(std::vector<RiskEntry> risks)
{
    beginResetModel();
    m_risks = std::move(risks);
    endResetModel();
}

const RiskEntry* RiskTableModel::riskAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_risks[static_cast<size_t>(row)] : nullptr;
}

int RiskTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_risks.size());
}

int RiskTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags RiskTableModel::flags(const QModelIndex& index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

QVariant RiskTableModel::data(const QModelIndex& index, int role) const
{
    const RiskEntry* r = riskAt(index.row());
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    if (role == Qt::EditRole && index.column() == StatusColumn)
        return static_cast<int>(r->status);
    if (role == Qt::ToolTipRole)
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case RiskColumn:
        return r->risk;
    case SignsColumn:
        return r->signs;
    case AvoidanceColumn:
        return r->avoidance;
    case OwnerColumn:
        return r->owner;
    case StatusColumn:
        return PlanningCodes::displayName(r->status);
    default:
        return {};
    }
}

QVariant RiskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RiskColumn:
        return tr("Risk");
    case SignsColumn:
        return tr("How it shows");
    case AvoidanceColumn:
        return tr("How to avoid it");
    case OwnerColumn:
        return tr("Owner");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

bool RiskTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const RiskEntry* r = riskAt(index.row());
    if (!r || role != Qt::EditRole)
        return false;
    RiskEntry after = *r;
    switch (index.column()) {
    case RiskColumn:
        after.risk = value.toString().trimmed();
        break;
    case SignsColumn:
        after.signs = value.toString().trimmed();
        break;
    case AvoidanceColumn:
        after.avoidance = value.toString().trimmed();
        break;
    case OwnerColumn:
        after.owner = value.toString().trimmed();
        break;
    case StatusColumn:
        after.status = static_cast<RiskStatus>(value.toInt());
        break;
    default:
        return false;
    }
    const std::vector<PlanningIssue> issues = PlanningValidator::check(after);
    if (!issues.empty()) {
        emit editRefused(PlanningError(issues).message());
        return false;
    }
    const RiskEntry before = *r;
    emit editRequested(before, after);
    return true;
}

} // namespace clientele
