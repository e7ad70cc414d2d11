#include "storage/SnapshotStore.h"

#include "storage/SqlSupport.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>
#include <QSqlQuery>

#include <cmath>

namespace clientele {

namespace {

constexpr int kRowsPerStatement = 64;

// A multi-row INSERT of a fixed shape: rows are bound as they come and sent kRowsPerStatement at a
// time (one statement run instead of one per row); a last, partial batch gets its own statement.
class MultiRowInsert
{
public:
    MultiRowInsert(const QSqlDatabase& db, QString head, int columns)
        : m_db(db)
        , m_head(std::move(head))
        , m_columns(columns)
        , m_full(sql::prepare(db, statement(kRowsPerStatement)))
    {
        m_values.reserve(static_cast<std::size_t>(kRowsPerStatement * columns));
    }

    void add(std::initializer_list<QVariant> row)
    {
        m_values.insert(m_values.end(), row.begin(), row.end());
        if (++m_rows == kRowsPerStatement)
            send(m_full);
    }

    void flush()
    {
        if (m_rows == 0)
            return;
        QSqlQuery partial = sql::prepare(m_db, statement(m_rows));
        send(partial);
    }

private:
    QString statement(int rows) const
    {
        QString one =
            QStringLiteral("(") + QStringLiteral("?, ").repeated(m_columns - 1) + QStringLiteral("?)");
        QStringList all;
        for (int i = 0; i < rows; ++i)
            all << one;
        return m_head + all.join(QStringLiteral(", "));
    }

    void send(QSqlQuery& query)
    {
        for (const QVariant& value : m_values)
            query.addBindValue(value);
        sql::exec(query);
        m_values.clear();
        m_rows = 0;
    }

    QSqlDatabase m_db;
    QString m_head;
    int m_columns;
    QSqlQuery m_full;
    std::vector<QVariant> m_values;
    int m_rows = 0;
};

QVariant nullable(double value)
{
    return std::isfinite(value) ? QVariant(value) : QVariant(QMetaType::fromType<double>());
}

QVariant score(int value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType::fromType<int>());
}

QVariant id(qint64 value)
{
    return QVariant::fromValue<qint64>(value);
}

QDate dateOf(const QVariant& value)
{
    return value.typeId() == QMetaType::QString ? QDate::fromString(value.toString().left(10), Qt::ISODate)
                                                : value.toDate();
}

template <typename T>
std::optional<T> optionalValue(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.value<T>();
}

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
    WriteTransaction transaction(m_db, m_dialect);
    // The newest analysis knows the longest history; an older period's snapshot leaves it alone.
    const QVariant newest = sql::scalar(m_db, QStringLiteral("SELECT MAX(as_of) FROM analysis_snapshot"));
    const bool newestAnalysis = newest.isNull() || !newest.isValid() || dateOf(newest) <= result.asOf;

    sql::run(m_db, QStringLiteral("DELETE FROM customer_snapshot WHERE period = ?"), {code});
    sql::run(m_db, QStringLiteral("DELETE FROM analysis_snapshot WHERE period = ?"), {code});
    sql::run(m_db,
             QStringLiteral("INSERT INTO analysis_snapshot (period, as_of, scheme, tier_model, customers,"
                            " created_at) VALUES (?, ?, ?, ?, ?, ?)"),
             {code, result.asOf.toString(Qt::ISODate), result.schemeCode, result.tierModelCode,
              id(static_cast<qint64>(result.customers.size())),
              QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    {
        MultiRowInsert rows(m_db,
                            QStringLiteral("INSERT INTO customer_snapshot (period, customer_id, recency_days,"
                                           " orders, net_amount_minor, frequency_per_year,"
                                           " monetary_per_year_minor, r, f, m, tier, stage, p_alive,"
                                           " expected_purchases_90d, clv_minor, risk_level) VALUES "),
                            16);
        for (const CustomerAnalysis& c : result.customers) {
            const CustomerFigures& f = c.figures;
            const bool bought = f.hasPurchased();
            rows.add({code, id(f.customerId),
                      bought ? QVariant(f.recencyDays) : QVariant(QMetaType::fromType<int>()), f.orders,
                      id(f.netAmountMinor), f.ordersPerYear, id(f.amountPerYearMinor), score(c.rfm.score.r),
                      score(c.rfm.score.f), score(c.rfm.score.m), c.tier.segment,
                      lifecycleStageCode(c.lifecycle.stage), nullable(c.pAlive),
                      nullable(c.expectedPurchases90d),
                      std::isfinite(c.clvMinor) ? id(std::llround(c.clvMinor))
                                                : QVariant(QMetaType::fromType<qint64>()),
                      churnRiskLevelCode(c.risk.level)});
        }
        rows.flush();
    }
    if (newestAnalysis)
        writeStageHistoryRows(result.customers);
    transaction.commit();
}

void SnapshotStore::writeStageHistory(const CustomerAnalyses& customers)
{
    WriteTransaction transaction(m_db, m_dialect);
    writeStageHistoryRows(customers);
    transaction.commit();
}

void SnapshotStore::writeStageHistoryRows(const CustomerAnalyses& customers)
{
    sql::run(m_db, QStringLiteral("DELETE FROM customer_stage_history"));
    MultiRowInsert rows(
        m_db, QStringLiteral("INSERT INTO customer_stage_history (customer_id, since, stage) VALUES "), 3);
    for (const CustomerAnalysis& c : customers)
        for (const StageChange& change : c.lifecycle.history)
            rows.add({id(c.figures.customerId), change.since.toString(Qt::ISODate),
                      lifecycleStageCode(change.stage)});
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
