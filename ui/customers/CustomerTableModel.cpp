#include "customers/CustomerTableModel.h"

#include "analytics/TierNames.h"
#include "customers/CustomerListLoader.h"
#include "segments/SegmentFormat.h"
#include "storage/Database.h"

#include <QLocale>

namespace clientele {

CustomerTableModel::CustomerTableModel(Database* db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_loader(new CustomerListLoader(this))
{
    connect(m_loader, &CustomerListLoader::listLoaded, this, &CustomerTableModel::onListLoaded);
    connect(m_loader, &CustomerListLoader::pageLoaded, this, &CustomerTableModel::onPageLoaded);
    connect(m_loader, &CustomerListLoader::analysesLoaded, this, &CustomerTableModel::onAnalysesLoaded);
    connect(m_loader, &CustomerListLoader::failed, this, &CustomerTableModel::onFailed);
    setDatabase(db);
}

CustomerTableModel::~CustomerTableModel() = default;

template <typename Change>
void CustomerTableModel::updateLoading(Change change)
{
    const bool before = isLoading();
    change();
    if (isLoading() != before)
        emit loadingChanged(isLoading());
}

void CustomerTableModel::setDatabase(Database* db)
{
    m_db = db;
    m_loader->setDatabase(db);
    // Rows of another database must not stay on screen (or be acted on) while the new ones are read.
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_unfiltered = 0;
    m_lastError.clear();
    endResetModel();
    if (m_db) {
        requestList(kPageSize);
        return;
    }
    updateLoading([this] {
        ++m_generation; // whatever was asked of the previous database is dropped
        m_listPending = false;
        m_pageOffset = -1;
        m_analysesPending = false;
    });
    emit listReset();
}

void CustomerTableModel::setSearch(const QString& text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    requestList(kPageSize);
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
    requestList(kPageSize);
}

void CustomerTableModel::reload()
{
    // A page on its way counts as loaded: the view asked for it.
    const int loaded = static_cast<int>(m_rows.size()) + (m_pageOffset >= 0 ? kPageSize : 0);
    requestList(std::max(kPageSize, loaded));
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
    updateLoading([this] { m_analysesPending = true; });
    m_loader->loadAnalyses(m_generation, ids);
    return false;
}

void CustomerTableModel::requestList(int rowsToLoad)
{
    if (!m_db)
        return;
    updateLoading([this] {
        ++m_generation;
        m_listPending = true;
        // A page or analysis of the previous query on its way is of no use now.
        m_pageOffset = -1;
        m_analysesPending = false;
    });
    m_loader->loadList(m_generation, m_query, rowsToLoad);
}

void CustomerTableModel::onListLoaded(const CustomerListResult& result)
{
    if (result.generation != m_generation || !m_listPending) {
        emit staleResultDropped();
        return;
    }
    beginResetModel();
    m_rows = result.rows;
    m_total = result.total;
    m_unfiltered = result.unfiltered;
    m_lastError.clear();
    endResetModel();
    updateLoading([this] { m_listPending = false; });
    emit listReset();
    emit queryFinished();
}

void CustomerTableModel::onPageLoaded(const CustomerPageResult& result)
{
    if (result.generation != m_generation || result.offset != m_pageOffset) {
        emit staleResultDropped();
        return;
    }
    updateLoading([this] { m_pageOffset = -1; });
    if (result.rows.isEmpty()) {
        // Rows were deleted behind our back: stop asking rather than loop.
        m_total = static_cast<int>(m_rows.size());
    } else {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(result.rows.size()) - 1);
        m_rows.append(result.rows);
        endInsertRows();
    }
    emit queryFinished();
}

void CustomerTableModel::onAnalysesLoaded(const CustomerAnalysesResult& result)
{
    if (result.generation != m_generation || !m_analysesPending) {
        emit staleResultDropped();
        return;
    }
    updateLoading([this] { m_analysesPending = false; });
    for (CustomerListRow& row : m_rows) {
        const auto it = result.analyses.constFind(row.customer.id);
        row.analysis = it == result.analyses.cend() ? std::nullopt : std::optional<CustomerSnapshot>(*it);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, kFirstAnalysisColumn),
                         index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
    emit queryFinished();
}

void CustomerTableModel::onFailed(quint64 generation, const QString& message)
{
    if (generation != m_generation) {
        emit staleResultDropped();
        return;
    }
    const bool listFailed = m_listPending;
    if (listFailed) {
        // The previous query's rows would claim to answer the new one.
        beginResetModel();
        m_rows.clear();
        m_total = 0;
        m_unfiltered = 0;
        endResetModel();
    }
    updateLoading([this] {
        m_listPending = false;
        m_pageOffset = -1;
        m_analysesPending = false;
    });
    m_lastError = message;
    if (listFailed)
        emit listReset();
    emit loadFailed(m_lastError);
    emit queryFinished();
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
    // Not while the list is read again or a page is on its way: the view asks again once rows arrive,
    // and the same page is never asked for twice.
    return !parent.isValid() && m_db && m_lastError.isEmpty() && !m_listPending && m_pageOffset < 0 &&
           m_rows.size() < m_total;
}

void CustomerTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const int offset = static_cast<int>(m_rows.size());
    updateLoading([this, offset] { m_pageOffset = offset; });
    m_loader->loadPage(m_generation, m_query, offset, kPageSize);
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
    requestList(kPageSize);
}

} // namespace clientele
