#include "planning/ItemTableModel.h"

#include "planning/PlanningCodes.h"
#include "planning/PlanningFormat.h"
#include "planning/PlanningValidator.h"
#include "segments/SegmentFormat.h"

#include <QStringList>

namespace clientele {

ItemTableModel::ItemTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ItemTableModel::setItems(std::vector<ExecutionItem> items, QHash<qint64, ItemCustomerCounts> counts)
{
    beginResetModel();
    m_items = std::move(items);
    m_counts = std::move(counts);
    endResetModel();
}

const ExecutionItem* ItemTableModel::itemAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_items[static_cast<size_t>(row)] : nullptr;
}

int ItemTableModel::rowOf(qint64 itemId) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (m_items[static_cast<size_t>(row)].id == itemId)
            return row;
    return -1;
}

int ItemTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ItemTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ItemTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    switch (index.column()) {
    case StrategyColumn:
    case OwnerColumn:
    case StartColumn:
    case EndColumn:
    case StatusColumn:
        f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

QVariant ItemTableModel::data(const QModelIndex& index, int role) const
{
    const ExecutionItem* item = itemAt(index.row());
    if (!item)
        return {};
    if (role == IdRole)
        return item->id;
    const ItemCustomerCounts counts = m_counts.value(item->id);
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case StrategyColumn:
            return item->strategy;
        case OwnerColumn:
            return item->owner;
        case StartColumn:
            return item->startsOn;
        case EndColumn:
            return item->endsOn;
        case StatusColumn:
            return static_cast<int>(item->status);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case StartColumn:
            return item->startsOn;
        case EndColumn:
            return item->endsOn;
        case BudgetColumn:
            return item->budgetMinor ? static_cast<qlonglong>(*item->budgetMinor) : -1LL;
        case StatusColumn:
            return static_cast<int>(item->status);
        case CustomersColumn:
            return counts.targets;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == StrategyColumn && !item->measures.isEmpty())
            return item->measures;
        if (index.column() == CustomersColumn)
            return tr("%1 target and %2 control (held-out) customers")
                .arg(counts.targets)
                .arg(counts.controls);
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == BudgetColumn || index.column() == CustomersColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SegmentColumn:
        return PlanningFormat::segment(item->segmentKind, item->segment);
    case StrategyColumn:
        return item->strategy;
    case OwnerColumn:
        return item->owner;
    case StartColumn:
        return item->startsOn.toString(Qt::ISODate);
    case EndColumn:
        return item->endsOn.toString(Qt::ISODate);
    case BudgetColumn:
        return item->budgetMinor ? SegmentFormat::money(*item->budgetMinor) : QString();
    case StatusColumn:
        return PlanningCodes::displayName(item->status);
    case CustomersColumn:
        return counts.controls > 0 ? tr("%1 + %2 held out").arg(counts.targets).arg(counts.controls)
                                   : QString::number(counts.targets);
    case EffectColumn:
        return item->expectedEffect;
    default:
        return {};
    }
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SegmentColumn:
        return tr("Tier / segment");
    case StrategyColumn:
        return tr("Strategy");
    case OwnerColumn:
        return tr("Owner");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case BudgetColumn:
        return tr("Budget");
    case StatusColumn:
        return tr("Status");
    case CustomersColumn:
        return tr("Customers");
    case EffectColumn:
        return tr("Expected effect");
    default:
        return {};
    }
}

bool ItemTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const ExecutionItem* item = itemAt(index.row());
    if (!item || role != Qt::EditRole)
        return false;
    ExecutionItem after = *item;
    switch (index.column()) {
    case StrategyColumn:
        after.strategy = value.toString().trimmed();
        break;
    case OwnerColumn:
        after.owner = value.toString().trimmed();
        break;
    case StartColumn:
        after.startsOn = value.toDate();
        break;
    case EndColumn:
        after.endsOn = value.toDate();
        break;
    case StatusColumn:
        after.status = static_cast<ItemStatus>(value.toInt());
        break;
    default:
        return false;
    }
    const std::vector<PlanningIssue> issues = PlanningValidator::check(after);
    if (!issues.empty()) {
        QStringList lines;
        for (const PlanningIssue& issue : issues)
            lines << issue.message;
        emit editRefused(lines.join(QLatin1Char('\n')));
        return false;
    }
    if (after.strategy == item->strategy && after.owner == item->owner && after.startsOn == item->startsOn &&
        after.endsOn == item->endsOn && after.status == item->status)
        return false;
    const ExecutionItem before = *item;
    emit editRequested(before, after);
    return true;
}

} // namespace clientele
