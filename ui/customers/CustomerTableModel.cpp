#include "customers/CustomerTableModel.h"

#include "analytics/TierNames.h"
#include "segments/SegmentFormat.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QLocale>

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

bool CustomerTableModel::refreshAnalysis()
{
    if (!m_db)
        return false;
    if (m_query.sortsByAnalysis() || m_query.hasSegmentFilter()) {
        reload();
        return true;
    }
    QList<std::int64_t> ids;
    ids.reserve(m_rows.size());
    for (const CustomerListRow& row : std::as_const(m_rows))
        ids << row.customer.id;
    try {
        const QHash<std::int64_t, CustomerSnapshot> analyses =
            CustomerRepository(m_db->connection(), m_db->dialect()).currentAnalyses(ids);
        for (CustomerListRow& row : m_rows) {
            const auto it = analyses.constFind(row.customer.id);
            row.analysis = it == analyses.cend() ? std::nullopt : std::optional<CustomerSnapshot>(*it);
        }
    } catch (const StorageError& e) {
        m_lastError = e.message();
        emit loadFailed(m_lastError);
        return false;
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, kFirstAnalysisColumn),
                         index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
    return false;
}

void CustomerTableModel::resetList(int rowsToLoad)
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_unfiltered = 0;
    m_lastError.clear();
    if (m_db) {
        try {
            const CustomerRepository repository(m_db->connection(), m_db->dialect());
            m_total = repository.count(m_query);
            const bool filtered = m_query.hasFilter() || !m_query.search.trimmed().isEmpty();
            m_unfiltered = filtered ? repository.count({}) : m_total;
            m_rows = readPage(0, std::min(rowsToLoad, m_total));
        } catch (const StorageError& e) {
            m_lastError = e.message();
            m_total = 0;
            m_unfiltered = 0;
            m_rows.clear();
        }
    }
    endResetModel();
    emit listReset();
    if (!m_lastError.isEmpty())
        emit loadFailed(m_lastError);
}

QList<CustomerListRow> CustomerTableModel::readPage(int offset, int limit)
{
    if (limit <= 0)
        return {};
    return CustomerRepository(m_db->connection(), m_db->dialect()).listPage(m_query, offset, limit);
}

std::int64_t CustomerTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).customer.id : 0;
}

const Customer* CustomerTableModel::customerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).customer : nullptr;
}

const CustomerSnapshot* CustomerTableModel::analysisAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).analysis)
        return nullptr;
    return &*m_rows.at(row).analysis;
}

int CustomerTableModel::rowOf(std::int64_t id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).customer.id == id)
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
    const CustomerListRow& listRow = m_rows.at(index.row());
    const Customer& c = listRow.customer;
    if (role == IdRole)
        return QVariant::fromValue<qint64>(c.id);
    if (isAnalysisColumn(index.column()))
        return listRow.analysis ? analysisData(*listRow.analysis, index.column(), role) : QVariant();
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

QVariant CustomerTableModel::analysisData(const CustomerSnapshot& a, int column, int role) const
{
    if (role == Qt::TextAlignmentRole) {
        const bool number = column != Tier && column != Stage && column != Risk;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    const bool raw = role == RawValueRole;
    const QLocale locale;
    switch (column) {
    case Tier:
        return raw ? a.tier : TierNames::displayName(a.tier);
    case Stage:
        return raw ? a.stage : TierNames::displayName(a.stage);
    case Rfm:
        // Not scored (never bought): no code.
        if (a.r <= 0 || a.f <= 0 || a.m <= 0)
            return {};
        return QStringLiteral("%1%2%3").arg(a.r).arg(a.f).arg(a.m);
    case Recency:
        if (!a.recencyDays)
            return {};
        return raw ? QVariant(*a.recencyDays) : QVariant(locale.toString(*a.recencyDays));
    case Orders:
        return raw ? QVariant(a.orders) : QVariant(locale.toString(a.orders));
    case Amount:
        return raw ? QVariant::fromValue<qint64>(a.netAmountMinor)
                   : QVariant(SegmentFormat::money(a.netAmountMinor));
    case PAlive:
        if (!a.pAlive)
            return {};
        return raw ? QVariant(*a.pAlive) : QVariant(SegmentFormat::probability(*a.pAlive));
    case Clv:
        if (!a.clvMinor)
            return {};
        return raw ? QVariant::fromValue<qint64>(*a.clvMinor) : QVariant(SegmentFormat::money(*a.clvMinor));
    case Risk:
        if (a.riskLevel.isEmpty())
            return {};
        return raw ? a.riskLevel : TierNames::displayName(a.riskLevel);
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
    case Tier:
        return tr("Tier");
    case Stage:
        return tr("Stage");
    case Rfm:
        return tr("RFM");
    case Recency:
        return tr("Recency (days)");
    case Orders:
        return tr("Orders");
    case Amount:
        return tr("Amount");
    case PAlive:
        return tr("P(alive)");
    case Clv:
        return tr("CLV");
    case Risk:
        return tr("Risk");
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
    QList<CustomerListRow> more;
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
    case Tier:
        return CustomerQuery::SortKey::Tier;
    case Stage:
        return CustomerQuery::SortKey::Stage;
    case Rfm:
        return CustomerQuery::SortKey::Rfm;
    case Recency:
        return CustomerQuery::SortKey::Recency;
    case Orders:
        return CustomerQuery::SortKey::Orders;
    case Amount:
        return CustomerQuery::SortKey::Amount;
    case PAlive:
        return CustomerQuery::SortKey::PAlive;
    case Clv:
        return CustomerQuery::SortKey::Clv;
    case Risk:
        return CustomerQuery::SortKey::RiskLevel;
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
