#include "storage/CustomerRepository.h"

#include "analytics/ChurnRisk.h"
#include "analytics/LifecycleStage.h"
#include "analytics/TierNames.h"
#include "model/CustomerValidator.h"
#include "storage/SnapshotStore.h"
#include "storage/SqlSupport.h"
#include "storage/StorageError.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

namespace clientele {

namespace {

const QString kColumns =
    QStringLiteral("c.id, c.code, c.name, c.kind, c.industry, c.region, c.city, c.owner, c.email, c.phone, "
                   "c.wechat, c.address,"
                   " c.marketing_consent, c.contact_limit_per_month, c.created_on, c.notes");

// The latest analysis of each listed customer, joined on the snapshot's key (period, customer_id):
// one primary-key lookup per row read. Its period is the first value bound.
const QString kAnalysisJoin =
    QStringLiteral(" LEFT JOIN customer_snapshot cs ON cs.period = ? AND cs.customer_id = c.id");
const QString kAnalysisColumns =
    QStringLiteral("cs.recency_days, cs.orders, cs.net_amount_minor, cs.frequency_per_year,"
                   " cs.monetary_per_year_minor, cs.r, cs.f, cs.m, cs.tier, cs.stage, cs.p_alive,"
                   " cs.expected_purchases_90d, cs.clv_minor, cs.risk_level");
constexpr int kCustomerColumnCount = 16;
constexpr int kAnalysisColumnCount = 14;

QString currentPeriod()
{
    return QString::fromLatin1(SnapshotStore::kCurrentPeriod);
}

template <typename T>
std::optional<T> optionalValue(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.value<T>();
}

// The kAnalysisColumns read from `first` on; none when the customer is not in the snapshot (tier is
// NOT NULL there, so a NULL tier means the join found no row).
std::optional<CustomerSnapshot> readAnalysis(const QSqlQuery& q, int first, std::int64_t customerId)
{
    if (q.value(first + 8).isNull())
        return std::nullopt;
    CustomerSnapshot s;
    s.customerId = customerId;
    s.recencyDays = optionalValue<int>(q.value(first));
    s.orders = q.value(first + 1).toInt();
    s.netAmountMinor = q.value(first + 2).toLongLong();
    s.frequencyPerYear = q.value(first + 3).toDouble();
    s.monetaryPerYearMinor = q.value(first + 4).toLongLong();
    s.r = q.value(first + 5).toInt();
    s.f = q.value(first + 6).toInt();
    s.m = q.value(first + 7).toInt();
    s.tier = q.value(first + 8).toString();
    s.stage = q.value(first + 9).toString();
    s.pAlive = optionalValue<double>(q.value(first + 10));
    s.expectedPurchases90d = optionalValue<double>(q.value(first + 11));
    s.clvMinor = optionalValue<qint64>(q.value(first + 12));
    s.riskLevel = q.value(first + 13).toString();
    return s;
}

Customer readCustomer(const QSqlQuery& q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.name = q.value(2).toString();
    c.kind = customerKindFromKey(q.value(3).toString()).value_or(CustomerKind::Consumer);
    c.industry = q.value(4).toString();
    c.region = q.value(5).toString();
    c.city = q.value(6).toString();
    c.owner = q.value(7).toString();
    c.email = q.value(8).toString();
    c.phone = q.value(9).toString();
    c.wechat = q.value(10).toString();
    c.address = q.value(11).toString();
    c.marketingConsent = q.value(12).toInt() != 0;
    c.contactLimitPerMonth = q.value(13).toInt();
    c.createdOn = QDate::fromString(q.value(14).toString(), Qt::ISODate);
    c.notes = q.value(15).toString();
    return c;
}

} // namespace

void CustomerRepository::bindFields(QSqlQuery& q, const Customer& c)
{
    q.addBindValue(c.code);
    q.addBindValue(c.name);
    q.addBindValue(customerKindKey(c.kind));
    q.addBindValue(sql::textOrNull(c.industry));
    q.addBindValue(sql::textOrNull(c.region));
    q.addBindValue(sql::textOrNull(c.city));
    q.addBindValue(sql::textOrNull(c.owner));
    q.addBindValue(sql::textOrNull(c.email));
    q.addBindValue(sql::textOrNull(c.phone));
    q.addBindValue(sql::textOrNull(c.wechat));
    q.addBindValue(sql::textOrNull(c.address));
    q.addBindValue(c.marketingConsent ? 1 : 0);
    q.addBindValue(c.contactLimitPerMonth);
    q.addBindValue(c.createdOn.toString(Qt::ISODate));
    q.addBindValue(sql::textOrNull(c.notes));
}

namespace {

// A code column sorted by its place in `codes` rather than alphabetically (the list shows translated
// names, so an order by code would look random); codes not in the list come after, NULL stays NULL.
// The codes are the program's own constants, written into the statement as literals.
QString rankOf(const QString& column, const QStringList& codes)
{
    QString expression = QStringLiteral("CASE WHEN %1 IS NULL THEN NULL").arg(column);
    for (qsizetype i = 0; i < codes.size(); ++i) {
        QString literal = codes.at(i);
        literal.replace(QLatin1Char('\''), QStringLiteral("''"));
        expression += QStringLiteral(" WHEN %1 = '%2' THEN %3").arg(column, literal).arg(i);
    }
    return expression + QStringLiteral(" ELSE %1 END").arg(codes.size());
}

QString sortColumn(CustomerQuery::SortKey key)
{
    switch (key) {
    case CustomerQuery::SortKey::Code:
        return QStringLiteral("c.code");
    case CustomerQuery::SortKey::Name:
        return QStringLiteral("c.name");
    case CustomerQuery::SortKey::Kind:
        return QStringLiteral("c.kind");
    case CustomerQuery::SortKey::Industry:
        return QStringLiteral("c.industry");
    case CustomerQuery::SortKey::Region:
        return QStringLiteral("c.region");
    case CustomerQuery::SortKey::City:
        return QStringLiteral("c.city");
    case CustomerQuery::SortKey::Owner:
        return QStringLiteral("c.owner");
    case CustomerQuery::SortKey::CreatedOn:
        return QStringLiteral("c.created_on");
    case CustomerQuery::SortKey::Tier:
        return rankOf(QStringLiteral("cs.tier"), TierNames::knownCodes());
    case CustomerQuery::SortKey::Stage: {
        QStringList stages;
        for (LifecycleStage stage : allLifecycleStages())
            stages << lifecycleStageCode(stage);
        return rankOf(QStringLiteral("cs.stage"), stages);
    }
    case CustomerQuery::SortKey::Rfm:
        return QStringLiteral("cs.r * 100 + cs.f * 10 + cs.m");
    case CustomerQuery::SortKey::Recency:
        return QStringLiteral("cs.recency_days");
    case CustomerQuery::SortKey::Orders:
        return QStringLiteral("cs.orders");
    case CustomerQuery::SortKey::Amount:
        return QStringLiteral("cs.net_amount_minor");
    case CustomerQuery::SortKey::PAlive:
        return QStringLiteral("cs.p_alive");
    case CustomerQuery::SortKey::Clv:
        return QStringLiteral("cs.clv_minor");
    case CustomerQuery::SortKey::RiskLevel:
        return rankOf(QStringLiteral("cs.risk_level"),
                      {churnRiskLevelCode(ChurnRiskLevel::Low), churnRiskLevelCode(ChurnRiskLevel::Medium),
                       churnRiskLevelCode(ChurnRiskLevel::High)});
    }
    return QStringLiteral("c.name");
}

// Escapes LIKE wildcards so a search for "50%" finds "50%", not everything.
QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

CustomerRepository::CustomerRepository(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

void CustomerRepository::checkValid(const Customer& customer, std::int64_t excludeId) const
{
    const QList<FieldProblem> problems = CustomerValidator::validate(customer);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const FieldProblem& p : problems)
            messages << p.message;
        throw StorageError(StorageError::Kind::Validation, messages.join(QLatin1Char('\n')));
    }
    const QVariant clash =
        sql::scalar(m_db, QStringLiteral("SELECT name FROM customer WHERE code = ? AND id <> ?"),
                    {customer.code, QVariant::fromValue<qint64>(excludeId)});
    if (clash.isValid())
        throw StorageError(
            StorageError::Kind::Validation,
            tr("The code %1 is already used by the customer \"%2\".").arg(customer.code, clash.toString()));
}

void CustomerRepository::insert(Customer& customer)
{
    if (!customer.createdOn.isValid())
        customer.createdOn = QDate::currentDate();
    checkValid(customer, 0);
    QSqlQuery q = sql::prepare(
        m_db,
        QStringLiteral("INSERT INTO customer (code, name, kind, industry, region, city, owner, email, phone,"
                       " wechat, address, marketing_consent, contact_limit_per_month, created_on, notes)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindFields(q, customer);
    sql::exec(q);
    q.next();
    customer.id = q.value(0).toLongLong();
}

void CustomerRepository::restore(const Customer& customer)
{
    checkValid(customer, customer.id);
    // Without AUTOINCREMENT SQLite hands a freed id to the next insert; say so rather than fail on the key.
    const QVariant holder = sql::scalar(m_db, QStringLiteral("SELECT name FROM customer WHERE id = ?"),
                                        {QVariant::fromValue<qint64>(customer.id)});
    if (holder.isValid())
        throw StorageError(StorageError::Kind::Validation,
                           tr("The customer %1 cannot be put back: its record is now used by \"%2\".")
                               .arg(customer.code, holder.toString()));
    QSqlQuery q = sql::prepare(
        m_db,
        QStringLiteral("INSERT INTO customer (code, name, kind, industry, region, city, owner, email, phone,"
                       " wechat, address, marketing_consent, contact_limit_per_month, created_on, notes, id)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindFields(q, customer);
    q.addBindValue(QVariant::fromValue<qint64>(customer.id));
    sql::exec(q);
}

void CustomerRepository::update(const Customer& customer)
{
    checkValid(customer, customer.id);
    QSqlQuery q = sql::prepare(
        m_db,
        QStringLiteral("UPDATE customer SET code = ?, name = ?, kind = ?, industry = ?, region = ?, city = ?,"
                       " owner = ?, email = ?, phone = ?, wechat = ?, address = ?, marketing_consent = ?,"
                       " contact_limit_per_month = ?, created_on = ?, notes = ? WHERE id = ?"));
    bindFields(q, customer);
    q.addBindValue(QVariant::fromValue<qint64>(customer.id));
    sql::exec(q);
    if (q.numRowsAffected() != 1)
        throw StorageError(StorageError::Kind::Validation,
                           tr("The customer %1 no longer exists.").arg(customer.code));
}

void CustomerRepository::remove(std::int64_t id)
{
    sql::run(m_db, QStringLiteral("DELETE FROM customer WHERE id = ?"), {QVariant::fromValue<qint64>(id)});
}

std::optional<Customer> CustomerRepository::findById(std::int64_t id) const
{
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT %1 FROM customer c WHERE c.id = ?").arg(kColumns),
                           {QVariant::fromValue<qint64>(id)});
    if (!q.next())
        return std::nullopt;
    return readCustomer(q);
}

std::optional<Customer> CustomerRepository::findByCode(const QString& code) const
{
    QSqlQuery q =
        sql::run(m_db, QStringLiteral("SELECT %1 FROM customer c WHERE c.code = ?").arg(kColumns), {code});
    if (!q.next())
        return std::nullopt;
    return readCustomer(q);
}

namespace {

// The WHERE clause of a list query and its values, in the order of their markers.
struct Condition
{
    QString where;
    QVariantList values;
};

Condition conditionOf(const CustomerQuery& query, const SqlDialect& dialect)
{
    QStringList terms;
    QVariantList values;
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        terms << dialect.expand(QStringLiteral(
            "(c.code {ci_like} ? ESCAPE '\\' OR c.name {ci_like} ? ESCAPE '\\' OR c.city "
            "{ci_like} ? ESCAPE '\\'"
            // Not a correlated EXISTS: the few matching tags are found once, not per customer.
            " OR c.id IN (SELECT ct.customer_id FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id"
            "   WHERE t.name {ci_like} ? ESCAPE '\\'))"));
        // Standard SQL has no reusable positional marker: the pattern goes in four times.
        const QString pattern = likePattern(search);
        for (int i = 0; i < 4; ++i)
            values << pattern;
    }
    if (query.owner) {
        if (query.owner->isEmpty()) {
            terms << QStringLiteral("c.owner IS NULL");
        } else {
            terms << QStringLiteral("c.owner = ?");
            values << *query.owner;
        }
    }
    if (query.kind) {
        terms << QStringLiteral("c.kind = ?");
        values << customerKindKey(*query.kind);
    }
    if (!query.tag.isEmpty()) {
        terms << QStringLiteral("c.id IN (SELECT ct.customer_id FROM customer_tag ct"
                                " JOIN tag t ON t.id = ct.tag_id WHERE t.name = ?)");
        values << query.tag;
    }
    if (query.hasSegmentFilter()) {
        // The latest analysis, kept by the GUI as a snapshot: one subquery on its (period, customer) key.
        QStringList snapshot{QStringLiteral("sf.period = ?")};
        values << QString::fromLatin1(SnapshotStore::kCurrentPeriod);
        const std::pair<const char*, QVariant> exact[] = {
            {"sf.tier = ?", query.tier},
            {"sf.stage = ?", query.stage},
            {"sf.risk_level = ?", query.riskLevel},
            {"sf.r = ?", query.r > 0 ? QVariant(query.r) : QVariant()},
            {"sf.f = ?", query.f > 0 ? QVariant(query.f) : QVariant()}};
        for (const auto& [term, value] : exact) {
            if (!value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
                continue;
            snapshot << QString::fromLatin1(term);
            values << value;
        }
        terms << QStringLiteral("c.id IN (SELECT sf.customer_id FROM customer_snapshot sf WHERE ") +
                     snapshot.join(QStringLiteral(" AND ")) + QLatin1Char(')');
    }
    if (terms.isEmpty())
        return {};
    return {QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND ")), values};
}

void bindAll(QSqlQuery& q, const QVariantList& values)
{
    for (const QVariant& value : values)
        q.addBindValue(value);
}

// The ORDER BY clause of a list query. Ties are broken by id, so pages never overlap.
QString orderOf(const CustomerQuery& query)
{
    const QString order = query.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    if (query.sortsByAnalysis()) {
        // Customers without the figure (not analysed yet, never bought) last whichever way: NULLS LAST
        // is standard SQL that SQLite (3.30+) and PostgreSQL both take, so no dialect difference.
        const QString nullsLast = order + QStringLiteral(" NULLS LAST");
        QString terms = sortColumn(query.sortKey) + nullsLast;
        if (query.sortKey == CustomerQuery::SortKey::Tier)
            terms += QStringLiteral(", cs.tier") + nullsLast; // codes outside the known ones, by code
        return QStringLiteral(" ORDER BY ") + terms + QStringLiteral(", c.id") + order;
    }
    // With a search, sort an expression rather than the column: walking the column's index in order and
    // testing every row (random reads) took ~1 s at 100,000 customers for a rare match; a plain scan and
    // a top-N sort takes ~60 ms whatever the match rate. Without a search the index is the fast path;
    // the filters are exact matches the planner serves from their own indexes.
    const QString sortTerm = query.search.trimmed().isEmpty()
                                 ? sortColumn(query.sortKey)
                                 : sortColumn(query.sortKey) + QStringLiteral(" || ''");
    return QStringLiteral(" ORDER BY ") + sortTerm + order + QStringLiteral(", c.id") + order;
}

// SELECT … FROM … WHERE … ORDER BY of a list query and its values. The analysis is joined when its
// columns are read or sorted on.
Condition listStatement(const CustomerQuery& query, const SqlDialect& dialect, bool withAnalysis)
{
    const bool join = withAnalysis || query.sortsByAnalysis();
    const Condition condition = conditionOf(query, dialect);
    Condition statement;
    statement.where = QStringLiteral("SELECT ") + kColumns +
                      (withAnalysis ? QStringLiteral(", ") + kAnalysisColumns : QString()) +
                      QStringLiteral(" FROM customer c") + (join ? kAnalysisJoin : QString()) +
                      condition.where + orderOf(query);
    if (join)
        statement.values << currentPeriod();
    statement.values << condition.values;
    return statement;
}

// One page of a list query. With the analysis, the page's ids are chosen first and only then its rows
// read and joined: the analysis is looked up for the page's rows only (not for each of the 51,825
// customers of a tier before they are sorted: 64 against 39 ms), and a sort on the analysis (which no
// index serves) carries a key and an id per customer instead of every column, which keeps a page deep
// in the list (a large OFFSET) at a third of the time.
//
// With `withTotal` each row also carries the number of rows the query matches (COUNT(*) OVER () on the
// ids), read in the same pass as the page rather than by a second COUNT(*) statement.
Condition pageStatement(const CustomerQuery& query,
                        const SqlDialect& dialect,
                        bool withAnalysis,
                        int offset,
                        int limit,
                        bool withTotal = false)
{
    if (!withAnalysis && !query.sortsByAnalysis() && !withTotal) {
        Condition statement = listStatement(query, dialect, false);
        statement.where += QStringLiteral(" LIMIT ? OFFSET ?");
        statement.values << limit << offset;
        return statement;
    }
    const Condition condition = conditionOf(query, dialect);
    const bool byAnalysis = query.sortsByAnalysis();
    const bool byTier = query.sortKey == CustomerQuery::SortKey::Tier;
    QString ids = QStringLiteral("SELECT c.id AS id");
    if (byAnalysis)
        ids += QStringLiteral(", ") + sortColumn(query.sortKey) + QStringLiteral(" AS sort_key") +
               (byTier ? QStringLiteral(", cs.tier AS sort_code") : QString());
    if (withTotal)
        ids += QStringLiteral(", COUNT(*) OVER () AS total");
    ids += QStringLiteral(" FROM customer c") + (byAnalysis ? kAnalysisJoin : QString()) + condition.where +
           orderOf(query) + QStringLiteral(" LIMIT ? OFFSET ?");
    // The page's own order again, on its few rows.
    QString order = orderOf(query);
    if (byAnalysis) {
        const QString direction = query.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
        const QString nullsLast = direction + QStringLiteral(" NULLS LAST");
        order = QStringLiteral(" ORDER BY p.sort_key") + nullsLast +
                (byTier ? QStringLiteral(", p.sort_code") + nullsLast : QString()) +
                QStringLiteral(", p.id") + direction;
    }
    Condition statement;
    statement.where = QStringLiteral("SELECT ") + kColumns +
                      (withAnalysis ? QStringLiteral(", ") + kAnalysisColumns : QString()) +
                      (withTotal ? QStringLiteral(", p.total") : QString()) + QStringLiteral(" FROM (") +
                      ids + QStringLiteral(") p JOIN customer c ON c.id = p.id") +
                      (withAnalysis ? kAnalysisJoin : QString()) + order;
    if (byAnalysis)
        statement.values << currentPeriod();
    statement.values << condition.values << limit << offset;
    if (withAnalysis)
        statement.values << currentPeriod();
    return statement;
}

} // namespace

int CustomerRepository::count(const CustomerQuery& query) const
{
    const Condition condition = conditionOf(query, m_dialect);
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("SELECT COUNT(*) FROM customer c") + condition.where);
    bindAll(q, condition.values);
    sql::exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

QList<Customer> CustomerRepository::page(const CustomerQuery& query, int offset, int limit) const
{
    const Condition statement = pageStatement(query, m_dialect, false, offset, limit);
    QSqlQuery q = sql::prepare(m_db, statement.where);
    bindAll(q, statement.values);
    sql::exec(q);
    QList<Customer> result;
    result.reserve(limit);
    while (q.next())
        result.append(readCustomer(q));
    return result;
}

QList<CustomerListRow> CustomerRepository::listPage(const CustomerQuery& query, int offset, int limit) const
{
    const Condition statement = pageStatement(query, m_dialect, true, offset, limit);
    QSqlQuery q = sql::prepare(m_db, statement.where);
    q.setForwardOnly(true);
    bindAll(q, statement.values);
    sql::exec(q);
    QList<CustomerListRow> result;
    result.reserve(limit);
    while (q.next()) {
        CustomerListRow row;
        row.customer = readCustomer(q);
        row.analysis = readAnalysis(q, kCustomerColumnCount, row.customer.id);
        result.append(std::move(row));
    }
    return result;
}

CustomerListSlice CustomerRepository::listStart(const CustomerQuery& query, int limit) const
{
    CustomerListSlice slice;
    if (query.search.trimmed().isEmpty()) {
        // Without a search the count and the page are each served by an index; a window count would
        // make the page read every matching row instead of stopping after `limit` of them.
        slice.total = count(query);
        slice.rows = listPage(query, 0, std::min(limit, slice.total));
        return slice;
    }
    // A search scans every customer (LIKE '%…%'): one scan gives both the count and the first rows.
    const Condition statement = pageStatement(query, m_dialect, true, 0, std::max(limit, 1), true);
    QSqlQuery q = sql::prepare(m_db, statement.where);
    q.setForwardOnly(true);
    bindAll(q, statement.values);
    sql::exec(q);
    while (q.next()) {
        slice.total = q.value(kCustomerColumnCount + kAnalysisColumnCount).toInt();
        CustomerListRow row;
        row.customer = readCustomer(q);
        row.analysis = readAnalysis(q, kCustomerColumnCount, row.customer.id);
        slice.rows.append(std::move(row));
    }
    return slice;
}

void CustomerRepository::forEach(const CustomerQuery& query,
                                 const std::function<bool(const Customer&)>& visit) const
{
    const Condition statement = listStatement(query, m_dialect, false);
    QSqlQuery q = sql::prepare(m_db, statement.where);
    // One pass over the result, not pages with OFFSET (which re-reads every skipped row).
    q.setForwardOnly(true);
    bindAll(q, statement.values);
    sql::exec(q);
    while (q.next())
        if (!visit(readCustomer(q)))
            return;
}

QHash<std::int64_t, CustomerSnapshot>
CustomerRepository::currentAnalyses(const QList<std::int64_t>& ids) const
{
    QHash<std::int64_t, CustomerSnapshot> analyses;
    analyses.reserve(ids.size());
    for (qsizetype start = 0; start < ids.size(); start += kIdsPerStatement) {
        const QList<std::int64_t> chunk = ids.mid(start, kIdsPerStatement);
        QSqlQuery q = sql::prepare(m_db, QStringLiteral("SELECT cs.customer_id, %1 FROM customer_snapshot cs"
                                                        " WHERE cs.period = ? AND cs.customer_id IN (%2)")
                                             .arg(kAnalysisColumns, markers(chunk.size())));
        q.setForwardOnly(true);
        q.addBindValue(currentPeriod());
        for (std::int64_t id : chunk)
            q.addBindValue(QVariant::fromValue<qint64>(id));
        sql::exec(q);
        while (q.next()) {
            const std::int64_t id = q.value(0).toLongLong();
            if (std::optional<CustomerSnapshot> analysis = readAnalysis(q, 1, id))
                analyses.insert(id, *analysis);
        }
    }
    return analyses;
}

CustomerAnalysisCodes CustomerRepository::currentAnalysisCodes() const
{
    // One pass over the snapshot's rows of the period (its key's range); DISTINCT rather than GROUP BY,
    // which sorted all of them first (27 against 84 ms CPU at 100,000 customers).
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT DISTINCT tier, stage, risk_level FROM customer_snapshot WHERE period = ?"),
        {currentPeriod()});
    QSet<QString> tiers, stages, risks;
    while (q.next()) {
        tiers.insert(q.value(0).toString());
        stages.insert(q.value(1).toString());
        if (!q.value(2).isNull())
            risks.insert(q.value(2).toString());
    }
    const auto sorted = [](const QSet<QString>& set) {
        QStringList list(set.cbegin(), set.cend());
        list.sort();
        return list;
    };
    return {sorted(tiers), sorted(stages), sorted(risks)};
}

QList<Customer> CustomerRepository::findByIds(const QList<std::int64_t>& ids) const
{
    QHash<std::int64_t, Customer> found;
    found.reserve(ids.size());
    for (qsizetype start = 0; start < ids.size(); start += kIdsPerStatement) {
        const QList<std::int64_t> chunk = ids.mid(start, kIdsPerStatement);
        QSqlQuery q = sql::prepare(m_db, QStringLiteral("SELECT %1 FROM customer c WHERE c.id IN (%2)")
                                             .arg(kColumns, markers(chunk.size())));
        for (std::int64_t id : chunk)
            q.addBindValue(QVariant::fromValue<qint64>(id));
        sql::exec(q);
        while (q.next()) {
            Customer c = readCustomer(q);
            found.insert(c.id, c);
        }
    }
    QList<Customer> result;
    result.reserve(found.size());
    for (std::int64_t id : ids)
        if (auto it = found.constFind(id); it != found.cend())
            result.append(*it);
    return result;
}

QHash<std::int64_t, QStringList> CustomerRepository::tagNames(const QList<std::int64_t>& ids) const
{
    QHash<std::int64_t, QStringList> names;
    for (qsizetype start = 0; start < ids.size(); start += kIdsPerStatement) {
        const QList<std::int64_t> chunk = ids.mid(start, kIdsPerStatement);
        QSqlQuery q = sql::prepare(
            m_db,
            QStringLiteral("SELECT ct.customer_id, t.name FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id"
                           " WHERE ct.customer_id IN (%1) ORDER BY ct.customer_id, t.name")
                .arg(markers(chunk.size())));
        for (std::int64_t id : chunk)
            q.addBindValue(QVariant::fromValue<qint64>(id));
        sql::exec(q);
        while (q.next())
            names[q.value(0).toLongLong()].append(q.value(1).toString());
    }
    return names;
}

QString CustomerRepository::markers(qsizetype count)
{
    QString text;
    text.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return text;
}

} // namespace clientele
