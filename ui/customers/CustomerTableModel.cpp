#include "customers/CustomerTableModel.h"

#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

namespace clientele {

CustomerTableModel::CustomerTableModel(Database* db, QObject* parent)
    : QAbstractTableModel(parent)
{
    setDatabase(db);
}

void CustomerTableModel::setDatabase(Database* db)
{
    m_db = db;
    resetList(kPageSize);
}

void CustomerTableModel::setSearch(const QString& text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    resetList(kPageSize);
}

void CustomerTableModel::setFilter(const CustomerQuery& filter)
{
    if (filter.owner == m_query.owner && filter.tag == m_query.tag && filter.kind == m_query.kind &&
        filter.tier == m_query.tier && filter.stage == m_query.stage &&
        filter.riskLevel == m_query.riskLevel && filter.r == m_query.r && filter.f == m_query.f)
        return;
    m_query.owner = filter.owner;
    m_query.tag = filter.tag;
    m_query.kind = filter.kind;
    m_query.tier = filter.tier;
    m_query.stage = filter.stage;
    m_query.riskLevel = filter.riskLevel;
    m_query.r = filter.r;
    m_query.f = filter.f;
    resetList(kPageSize);
}

void CustomerTableModel::reload()
{
    resetList(std::max<int>(kPageSize, static_cast<int>(m_rows.size())));
}

void CustomerTableModel::resetList(int rowsToLoad)
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_lastError.clear();
    if (m_db) {
        try {
            m_total = CustomerRepository(m_db->connection(), m_db->dialect()).count(m_query);
            m_rows = readPage(0, std::min(rowsToLoad, m_total));
        } catch (const StorageError& e) {
            m_lastError = e.message();
            m_total = 0;
            m_rows.clear();
        }
    }
    endResetModel();
    emit listReset();
    if (!m_lastError.isEmpty())
        emit loadFailed(m_lastError);
}

QList<Customer> CustomerTableModel::readPage(int offset, int limit)
{
    if (limit <= 0)
        return {};
    return CustomerRepository(m_db->connection(), m_db->dialect()).page(m_query, offset, limit);
}

std::int64_t CustomerTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

const Customer* CustomerTableModel::customerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CustomerTableModel::rowOf(std::int64_t id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomerTableModel::kindLabel(CustomerKind kind)
{
    return kind == CustomerKind::Business ? tr("ToB") : tr("ToC");
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Customer& c = m_rows.at(index.row());
    if (role == IdRole)
        return QVariant::fromValue<qint64>(c.id);
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    const bool raw = role == RawValueRole;
    switch (index.column()) {
    case Code:
        return c.code;
    case Name:
        return c.name;
    case Kind:
        return raw ? customerKindKey(c.kind) : kindLabel(c.kind);
    case City:
        return c.city;
    case Region:
        return c.region;
    case Owner:
        return c.owner;
    case Industry:
        return c.industry;
    case Created:
        return c.createdOn.toString(Qt::ISODate);
    default:
        return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case City:
        return tr("City");
    case Region:
        return tr("Region");
    case Owner:
        return tr("Owner");
    case Industry:
        return tr("Industry");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

bool CustomerTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_db && m_lastError.isEmpty() && m_rows.size() < m_total;
}

void CustomerTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    QList<Customer> more;
    try {
        more = readPage(static_cast<int>(m_rows.size()), kPageSize);
    } catch (const StorageError& e) {
        m_lastError = e.message();
        emit loadFailed(m_lastError);
        return;
    }
    if (more.isEmpty()) {
        // Rows were deleted behind our back: stop asking rather than loop.
        m_total = static_cast<int>(m_rows.size());
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

CustomerQuery::SortKey CustomerTableModel::sortKeyOf(int column)
{
    switch (column) {
    case Code:
        return CustomerQuery::SortKey::Code;
    case Kind:
        return CustomerQuery::SortKey::Kind;
    case City:
        return CustomerQuery::SortKey::City;
    case Region:
        return CustomerQuery::SortKey::Region;
    case Owner:
        return CustomerQuery::SortKey::Owner;
    case Industry:
        return CustomerQuery::SortKey::Industry;
    case Created:
        return CustomerQuery::SortKey::CreatedOn;
    case Name:
    default:
        return CustomerQuery::SortKey::Name;
    }
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    const CustomerQuery::SortKey key = sortKeyOf(column);
    const bool ascending = order == Qt::AscendingOrder;
    if (key == m_query.sortKey && ascending == m_query.ascending)
        return;
    m_query.sortKey = key;
    m_query.ascending = ascending;
    resetList(kPageSize);
}

} // namespace clientele
