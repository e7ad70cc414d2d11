#include "ImportReportModel.h"

#include <QBrush>
#include <QColor>

namespace clientele {

ImportReportModel::ImportReportModel(Content content, QObject* parent)
    : QAbstractTableModel(parent)
    , m_content(content)
{
}

void ImportReportModel::setReport(const ImportReport& report)
{
    beginResetModel();
    m_actions = report.actions;
    m_issues = report.issues;
    m_rejectedRows.clear();
    for (const ImportIssue& issue : report.issues)
        m_rejectedRows.insert(issue.row);
    for (const ImportRowAction& action : report.actions)
        if (action.kind == ImportRowAction::Kind::Reject)
            m_rejectedRows.insert(action.row);
    endResetModel();
}

void ImportReportModel::clear()
{
    setReport(ImportReport());
}

QString ImportReportModel::actionName(ImportRowAction::Kind kind)
{
    switch (kind) {
    case ImportRowAction::Kind::Create:
        return tr("New");
    case ImportRowAction::Kind::Update:
        return tr("Update");
    case ImportRowAction::Kind::Duplicate:
        return tr("Duplicate");
    case ImportRowAction::Kind::Reject:
        return tr("Rejected");
    case ImportRowAction::Kind::NoCustomer:
        return tr("New, no customer");
    case ImportRowAction::Kind::Unchanged:
        return tr("Unchanged");
    }
    return {};
}

int ImportReportModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(m_content == Content::Actions ? m_actions.size() : m_issues.size());
}

int ImportReportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : (m_content == Content::Actions ? 3 : 4);
}

QVariant ImportReportModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const qint64 sourceRow = m_content == Content::Actions ? m_actions.at(row).row : m_issues.at(row).row;
    const bool rejected =
        m_content == Content::Issues ? true : m_actions.at(row).kind == ImportRowAction::Kind::Reject;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return sourceRow;
        if (m_content == Content::Actions) {
            const ImportRowAction& a = m_actions.at(row);
            return index.column() == 1 ? actionName(a.kind) : a.detail;
        } else {
            const ImportIssue& i = m_issues.at(row);
            return index.column() == 1 ? i.column : index.column() == 2 ? i.value : i.reason;
        }
    case Qt::BackgroundRole:
        return rejected ? QBrush(QColor(255, 228, 228)) : QVariant();
    case Qt::ForegroundRole:
        return rejected ? QBrush(QColor(120, 0, 0)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == 0 ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case RejectedRole:
        return rejected;
    default:
        return {};
    }
}

QVariant ImportReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Row");
    if (m_content == Content::Actions)
        return section == 1 ? tr("What") : tr("Detail");
    return section == 1 ? tr("Column") : section == 2 ? tr("Value") : tr("Reason");
}

} // namespace clientele
