#include "storage/SnapshotStore.h"

#include "storage/CustomerIndex.h"
#include "storage/DatabaseConnection.h"
#include "storage/MultiRowInsert.h"
#include "storage/RowScanner.h"
#include "storage/SqlSupport.h"
#include "storage/StoredDay.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

#include <cmath>
#include <future>
#include <unordered_map>

namespace clientele {

namespace {

QVariant id(qint64 value)
{
    return QVariant::fromValue<qint64>(value);
}

QDate dateOf(const QVariant& value)
{
    return value.typeId() == QMetaType::QString ? QDate::fromString(value.toString().left(10), Qt::ISODate)
                                                : value.toDate();
}

// Whether stored date text ("2024-03-05", possibly followed by a time) is the given date, without
// building a QDate or a QString per row.
bool sameDate(QByteArrayView text, QDate date)
{
    return storedDay(text) == date.toJulianDay();
}

template <typename T>
std::optional<T> optionalValue(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.value<T>();
}

// One customer_snapshot row as it is written, also to compare with a stored row.
struct SnapshotRow
{
    static constexpr int kColumns = 16;

    QByteArray period; // UTF-8, as the texts below
    qint64 customerId = 0;
    std::optional<int> recencyDays;
    int orders = 0;
    qint64 netAmountMinor = 0;
    double frequencyPerYear = 0.0;
    qint64 monetaryPerYearMinor = 0;
    int r = 0, f = 0, m = 0; // 0 = not scored, stored as NULL
    QByteArray tier;
    QByteArray stage;
    std::optional<double> pAlive;
    std::optional<double> expectedPurchases90d;
    std::optional<qint64> clvMinor;
    QByteArray riskLevel;

    // Binds the row's values from parameter `first` on, in the INSERT's column order.
    static void bind(BulkStatement& q, int first, const SnapshotRow& row)
    {
        const auto integerOrNull = [&q](int index, std::optional<qint64> value) {
            if (value)
                q.bindInt64(index, *value);
            else
                q.bindNull(index);
        };
        const auto realOrNull = [&q](int index, std::optional<double> value) {
            if (value)
                q.bindReal(index, *value);
            else
                q.bindNull(index);
        };
        const auto score = [&integerOrNull](int index, int value) {
            integerOrNull(index, value > 0 ? std::optional<qint64>(value) : std::nullopt);
        };
        q.bindUtf8(first, row.period);
        q.bindInt64(first + 1, row.customerId);
        integerOrNull(first + 2, row.recencyDays ? std::optional<qint64>(*row.recencyDays) : std::nullopt);
        q.bindInt64(first + 3, row.orders);
        q.bindInt64(first + 4, row.netAmountMinor);
        q.bindReal(first + 5, row.frequencyPerYear);
        q.bindInt64(first + 6, row.monetaryPerYearMinor);
        score(first + 7, row.r);
        score(first + 8, row.f);
        score(first + 9, row.m);
        q.bindUtf8(first + 10, row.tier);
        q.bindUtf8(first + 11, row.stage);
        realOrNull(first + 12, row.pAlive);
        realOrNull(first + 13, row.expectedPurchases90d);
        integerOrNull(first + 14, row.clvMinor);
        q.bindUtf8(first + 15, row.riskLevel);
    }

    // Whether a stored row (the columns from customer_id on, in the INSERT's order) holds these values.
    bool equals(const RowScanner& row) const
    {
        const auto integerIs = [&row](int column, std::optional<qint64> value) {
            return row.isNull(column) ? !value : value && row.integer(column) == *value;
        };
        const auto realIs = [&row](int column, std::optional<double> value) {
            return row.isNull(column) ? !value : value && row.real(column) == *value;
        };
        const auto scoreIs = [&integerIs](int column, int value) {
            return integerIs(column, value > 0 ? std::optional<qint64>(value) : std::nullopt);
        };
        return integerIs(1, recencyDays ? std::optional<qint64>(*recencyDays) : std::nullopt) &&
               integerIs(2, orders) && integerIs(3, netAmountMinor) && realIs(4, frequencyPerYear) &&
               integerIs(5, monetaryPerYearMinor) && scoreIs(6, r) && scoreIs(7, f) && scoreIs(8, m) &&
               !row.isNull(9) && row.text(9) == QByteArrayView(tier) && !row.isNull(10) &&
               row.text(10) == QByteArrayView(stage) && realIs(11, pAlive) &&
               realIs(12, expectedPurchases90d) && integerIs(13, clvMinor) && !row.isNull(14) &&
               row.text(14) == QByteArrayView(riskLevel);
    }
};

// Each stage's stored code as UTF-8, indexed by the stage: converted once per write, not per row.
std::vector<QByteArray> stageCodeTexts()
{
    std::vector<QByteArray> codes;
    for (LifecycleStage stage : allLifecycleStages()) {
        const auto index = static_cast<std::size_t>(stage);
        if (codes.size() <= index)
            codes.resize(index + 1);
        codes[index] = lifecycleStageCode(stage).toUtf8();
    }
    return codes;
}

// One customer_stage_history row; the stage code's text outlives it.
struct StageHistoryRow
{
    qint64 customerId = 0;
    QDate since;
    QByteArrayView stage;

    static void bind(BulkStatement& q, int first, const StageHistoryRow& row)
    {
        q.bindInt64(first, row.customerId);
        char text[10];
        if (writeStoredDate(row.since, text))
            q.bindUtf8(first + 1, QByteArrayView(text, sizeof text));
        else
            q.bindText(first + 1, row.since.toString(Qt::ISODate));
        q.bindUtf8(first + 2, row.stage);
    }
};

// Makes a customer's snapshot row when it is needed, so the rows of a large base are never all in
// memory at once (about 230 bytes each beside the analyses). The texts repeated on every row are
// converted to UTF-8 once each.
class SnapshotRowMaker
{
public:
    explicit SnapshotRowMaker(const QString& code)
        : m_period(code.toUtf8())
        , m_stageCodes(stageCodeTexts())
    {
    }

    SnapshotRow make(const CustomerAnalysis& c)
    {
        const auto finite = [](double value) {
            return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
        };
        const CustomerFigures& f = c.figures;
        SnapshotRow row;
        row.period = m_period;
        row.customerId = f.customerId;
        if (f.hasPurchased())
            row.recencyDays = f.recencyDays;
        row.orders = f.orders;
        row.netAmountMinor = f.netAmountMinor;
        row.frequencyPerYear = f.ordersPerYear;
        row.monetaryPerYearMinor = f.amountPerYearMinor;
        row.r = c.rfm.score.r;
        row.f = c.rfm.score.f;
        row.m = c.rfm.score.m;
        auto tier = m_tierUtf8.constFind(c.tier.segment);
        if (tier == m_tierUtf8.constEnd())
            tier = m_tierUtf8.insert(c.tier.segment, c.tier.segment.toUtf8());
        row.tier = *tier;
        row.stage = m_stageCodes[static_cast<std::size_t>(c.lifecycle.stage)];
        auto risk = m_riskUtf8.find(static_cast<int>(c.risk.level));
        if (risk == m_riskUtf8.end())
            risk =
                m_riskUtf8.emplace(static_cast<int>(c.risk.level), churnRiskLevelCode(c.risk.level).toUtf8())
                    .first;
        row.riskLevel = risk->second;
        row.pAlive = finite(c.pAlive);
        row.expectedPurchases90d = finite(c.expectedPurchases90d);
        if (std::isfinite(c.clvMinor))
            row.clvMinor = std::llround(c.clvMinor);
        return row;
    }

private:
    QByteArray m_period;
    std::vector<QByteArray> m_stageCodes; // by stage
    std::unordered_map<int, QByteArray> m_riskUtf8;
    QHash<QString, QByteArray> m_tierUtf8;
};

} // namespace

SnapshotStore::SnapshotStore(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

void SnapshotStore::write(const AnalysisPeriod& period, const AnalyticsEngine::Result& result)
{
    write(period.code(), result);
}

void SnapshotStore::write(const QString& code, const AnalyticsEngine::Result& result)
{
    // The write lock first: no other writer can change what the comparisons below read.
    WriteTransaction transaction(m_db, m_dialect);
    // The newest analysis knows the longest history; an older period's snapshot leaves it alone.
    const QVariant newest = sql::scalar(m_db, QStringLiteral("SELECT MAX(as_of) FROM analysis_snapshot"));
    const bool newestAnalysis = newest.isNull() || !newest.isValid() || dateOf(newest) <= result.asOf;
    const bool stored =
        sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM analysis_snapshot WHERE period = ?"), {code})
            .toLongLong() > 0;

    // Recomputing mostly gives the rows already stored, so both tables are compared with the new
    // rows and only what differs is written. The two comparisons are reads of what is committed:
    // on a SQLite file the stage history's runs on a second connection beside the snapshot's.
    std::future<StoredRowsComparison> historyComparison;
    if (newestAnalysis && DatabaseConnection::canShareReads(m_db, m_dialect))
        historyComparison = std::async(std::launch::async, [this, &result] {
            const DatabaseConnection connection(m_db.databaseName(), m_dialect,
                                                DatabaseConnection::Access::ReadOnly);
            return compareStageHistory(connection.handle(), result.customers);
        });
    const StoredRowsComparison rows =
        stored ? compareCustomerRows(code, result.customers) : StoredRowsComparison(result.customers.size());

    // The header is updated in place when there is one: deleting it would take the customer rows
    // with it (ON DELETE CASCADE), and those are kept where they did not change.
    sql::run(m_db,
             stored ? QStringLiteral("UPDATE analysis_snapshot SET as_of = ?, scheme = ?, tier_model = ?,"
                                     " customers = ? , created_at = ? WHERE period = ?")
                    : QStringLiteral("INSERT INTO analysis_snapshot (as_of, scheme, tier_model, customers,"
                                     " created_at, period) VALUES (?, ?, ?, ?, ?, ?)"),
             {result.asOf.toString(Qt::ISODate), result.schemeCode, result.tierModelCode,
              id(static_cast<qint64>(result.customers.size())),
              QDateTime::currentDateTimeUtc().toString(Qt::ISODate), code});
    writeCustomerRows(code, result.customers, rows);
    if (newestAnalysis)
        writeStageHistoryRows(result.customers, historyComparison.valid()
                                                    ? historyComparison.get()
                                                    : compareStageHistory(m_db, result.customers));
    transaction.commit();
}

SnapshotStore::StoredRowsComparison
SnapshotStore::compareCustomerRows(const QString& code, const CustomerAnalyses& customers) const
{
    StoredRowsComparison comparison(customers.size());
    SnapshotRowMaker rows(code);
    const CustomerIndex positionOf(customers);
    RowScanner row(m_db, m_dialect,
                   QStringLiteral("SELECT customer_id, recency_days, orders, net_amount_minor,"
                                  " frequency_per_year, monetary_per_year_minor, r, f, m, tier, stage,"
                                  " p_alive, expected_purchases_90d, clv_minor, risk_level"
                                  " FROM customer_snapshot WHERE period = ?"),
                   {code});
    while (row.next()) {
        ++comparison.storedCustomers;
        const qint64 customerId = row.integer(0);
        const int at = positionOf.find(customerId);
        const auto position = static_cast<std::size_t>(at);
        if (at >= 0 && !comparison.unchanged[position] && rows.make(customers[position]).equals(row))
            comparison.unchanged[position] = 1;
        else
            comparison.stale.push_back(customerId);
    }
    return comparison;
}

void SnapshotStore::writeCustomerRows(const QString& code,
                                      const CustomerAnalyses& customers,
                                      const StoredRowsComparison& comparison)
{
    SnapshotRowMaker rows(code);
    const bool rewriteAll = comparison.rewriteAll();
    if (rewriteAll) {
        sql::run(m_db, QStringLiteral("DELETE FROM customer_snapshot WHERE period = ?"), {code});
    } else if (!comparison.stale.empty()) {
        QSqlQuery remove = sql::prepare(
            m_db, QStringLiteral("DELETE FROM customer_snapshot WHERE period = ? AND customer_id = ?"));
        for (qint64 customerId : comparison.stale) {
            remove.bindValue(0, code);
            remove.bindValue(1, id(customerId));
            sql::exec(remove);
        }
    }
    MultiRowInsert<SnapshotRow> insert(
        m_db, m_dialect,
        QStringLiteral("INSERT INTO customer_snapshot (period, customer_id, recency_days,"
                       " orders, net_amount_minor, frequency_per_year,"
                       " monetary_per_year_minor, r, f, m, tier, stage, p_alive,"
                       " expected_purchases_90d, clv_minor, risk_level) VALUES "),
        SnapshotRow::kColumns, &SnapshotRow::bind);
    for (std::size_t i = 0; i < customers.size(); ++i)
        if (rewriteAll || !comparison.unchanged[i])
            insert.add(rows.make(customers[i]));
    insert.flush();
}

void SnapshotStore::writeStageHistory(const CustomerAnalyses& customers)
{
    WriteTransaction transaction(m_db, m_dialect);
    writeStageHistoryRows(customers, compareStageHistory(m_db, customers));
    transaction.commit();
}

SnapshotStore::StoredRowsComparison
SnapshotStore::compareStageHistory(const QSqlDatabase& db, const CustomerAnalyses& customers) const
{
    // A customer's history changes only with a new order or a silence threshold crossed, so from one
    // run to the next most stay as stored; rewriting all of them (about three rows per customer)
    // cost more than the rest of the snapshot. Compare with what is stored and rewrite only the
    // customers whose history differs (and remove those no longer analysed).
    const CustomerIndex positionOf(customers);
    const std::vector<QByteArray> stageCodes = stageCodeTexts();
    // Whether the stored rows equal the new history; no stored rows equal an empty history.
    StoredRowsComparison comparison(customers.size());
    std::vector<char>& unchanged = comparison.unchanged;
    for (std::size_t i = 0; i < customers.size(); ++i)
        unchanged[i] = customers[i].lifecycle.history.empty();
    {
        // In the table's own order: a customer's rows are written together and in date order, so
        // they come out next to each other, and the scan saves a table lookup per row against the
        // primary key's order. Rows that do not (a customer's rows apart or out of order) only make
        // that customer count as changed and be rewritten.
        RowScanner row(db, m_dialect,
                       QStringLiteral("SELECT customer_id, since, stage FROM customer_stage_history"));
        std::vector<char> seen(customers.size());
        qint64 current = 0;
        const StageHistory* history = nullptr;
        std::size_t at = 0;
        std::size_t matched = 0;
        bool matching = false;
        bool any = false;
        const auto finish = [&] {
            if (!any)
                return;
            ++comparison.storedCustomers;
            if (matching && matched == history->size())
                unchanged[at] = 1;
            else
                comparison.stale.push_back(current);
        };
        while (row.next()) {
            const qint64 id = row.integer(0);
            if (!any || id != current) {
                finish();
                any = true;
                current = id;
                matched = 0;
                const int found = positionOf.find(id);
                matching = found >= 0;
                if (matching) {
                    at = static_cast<std::size_t>(found);
                    history = &customers[at].lifecycle.history;
                    unchanged[at] = 0;
                    // A second group of rows of the same customer: rewrite them all.
                    matching = !seen[at];
                    seen[at] = 1;
                }
            }
            if (!matching)
                continue;
            if (matched < history->size() && sameDate(row.text(1), (*history)[matched].since) &&
                row.text(2) ==
                    QByteArrayView(stageCodes[static_cast<std::size_t>((*history)[matched].stage)]))
                ++matched;
            else
                matching = false;
        }
        finish();
    }

    return comparison;
}

void SnapshotStore::writeStageHistoryRows(const CustomerAnalyses& customers,
                                          const StoredRowsComparison& comparison)
{
    const std::vector<QByteArray> stageCodes = stageCodeTexts();
    const bool rewriteAll = comparison.rewriteAll();
    if (rewriteAll) {
        sql::run(m_db, QStringLiteral("DELETE FROM customer_stage_history"));
    } else if (!comparison.stale.empty()) {
        QSqlQuery remove =
            sql::prepare(m_db, QStringLiteral("DELETE FROM customer_stage_history WHERE customer_id = ?"));
        for (qint64 customerId : comparison.stale) {
            remove.bindValue(0, id(customerId));
            sql::exec(remove);
        }
    }
    MultiRowInsert<StageHistoryRow> rows(
        m_db, m_dialect,
        QStringLiteral("INSERT INTO customer_stage_history (customer_id, since, stage) VALUES "), 3,
        &StageHistoryRow::bind);
    for (std::size_t i = 0; i < customers.size(); ++i) {
        if (comparison.unchanged[i] && !rewriteAll)
            continue;
        const CustomerAnalysis& c = customers[i];
        for (const StageChange& change : c.lifecycle.history)
            rows.add({c.figures.customerId, change.since,
                      QByteArrayView(stageCodes[static_cast<std::size_t>(change.stage)])});
    }
    rows.flush();
}

std::optional<SnapshotInfo> SnapshotStore::info(const QString& periodCode) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT period, as_of, scheme, tier_model, customers"
                                          " FROM analysis_snapshot WHERE period = ?"),
                           {periodCode});
    if (!q.next())
        return std::nullopt;
    return SnapshotInfo{q.value(0).toString(), dateOf(q.value(1)), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toLongLong()};
}

std::vector<SnapshotInfo> SnapshotStore::list() const
{
    std::vector<SnapshotInfo> all;
    QSqlQuery q = sql::run(m_db, QStringLiteral("SELECT period, as_of, scheme, tier_model, customers"
                                                " FROM analysis_snapshot ORDER BY as_of, period"));
    while (q.next())
        all.push_back({q.value(0).toString(), dateOf(q.value(1)), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toLongLong()});
    return all;
}

std::vector<CustomerSnapshot> SnapshotStore::read(const QString& periodCode) const
{
    std::vector<CustomerSnapshot> rows;
    QSqlQuery q =
        sql::run(m_db,
                 QStringLiteral("SELECT customer_id, recency_days, orders, net_amount_minor,"
                                " frequency_per_year, monetary_per_year_minor, r, f, m, tier, stage,"
                                " p_alive, expected_purchases_90d, clv_minor, risk_level"
                                " FROM customer_snapshot WHERE period = ? ORDER BY customer_id"),
                 {periodCode});
    while (q.next()) {
        CustomerSnapshot& s = rows.emplace_back();
        s.customerId = q.value(0).toLongLong();
        s.recencyDays = optionalValue<int>(q.value(1));
        s.orders = q.value(2).toInt();
        s.netAmountMinor = q.value(3).toLongLong();
        s.frequencyPerYear = q.value(4).toDouble();
        s.monetaryPerYearMinor = q.value(5).toLongLong();
        s.r = q.value(6).toInt();
        s.f = q.value(7).toInt();
        s.m = q.value(8).toInt();
        s.tier = q.value(9).toString();
        s.stage = q.value(10).toString();
        s.pAlive = optionalValue<double>(q.value(11));
        s.expectedPurchases90d = optionalValue<double>(q.value(12));
        s.clvMinor = optionalValue<qint64>(q.value(13));
        s.riskLevel = q.value(14).toString();
    }
    return rows;
}

StageHistory SnapshotStore::stageHistory(qint64 customerId) const
{
    StageHistory history;
    QSqlQuery q =
        sql::run(m_db,
                 QStringLiteral(
                     "SELECT since, stage FROM customer_stage_history WHERE customer_id = ? ORDER BY since"),
                 {id(customerId)});
    while (q.next())
        if (const std::optional<LifecycleStage> stage = lifecycleStageFromCode(q.value(1).toString()))
            history.push_back({dateOf(q.value(0)), *stage});
    return history;
}

void SnapshotStore::remove(const QString& periodCode)
{
    WriteTransaction transaction(m_db, m_dialect);
    sql::run(m_db, QStringLiteral("DELETE FROM customer_snapshot WHERE period = ?"), {periodCode});
    sql::run(m_db, QStringLiteral("DELETE FROM analysis_snapshot WHERE period = ?"), {periodCode});
    transaction.commit();
}

} // namespace clientele
