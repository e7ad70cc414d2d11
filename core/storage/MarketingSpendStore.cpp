#include "storage/MarketingSpendStore.h"

#include "storage/SqlSupport.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>

namespace clientele {

namespace {

MarketingSpend spendFrom(const QSqlQuery& q)
{
    return {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()};
}

} // namespace

MarketingSpendStore::MarketingSpendStore(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

std::optional<MarketingSpend> MarketingSpendStore::find(const QString& period) const
{
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT period, amount_minor, currency, note FROM marketing_spend WHERE period = ?"),
        {period});
    if (!q.next())
        return std::nullopt;
    return spendFrom(q);
}

std::vector<MarketingSpend> MarketingSpendStore::all() const
{
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT period, amount_minor, currency, note FROM marketing_spend ORDER BY period"));
    std::vector<MarketingSpend> result;
    while (q.next())
        result.push_back(spendFrom(q));
    return result;
}

void MarketingSpendStore::save(const MarketingSpend& spend)
{
    if (spend.period.isEmpty())
        throw StorageError(StorageError::Kind::Validation, tr("Marketing spend needs a period."));
    if (spend.amount < 0)
        throw StorageError(StorageError::Kind::Validation,
                           tr("Marketing spend for %1 cannot be negative (%2).")
                               .arg(spend.period, formatMinorUnits(spend.amount)));
    const QString currency = spend.currency.isEmpty() ? QStringLiteral("CNY") : spend.currency;
    WriteTransaction transaction(m_db, m_dialect);
    const QVariant amount = QVariant::fromValue<qint64>(spend.amount);
    // UPDATE, then INSERT when there was nothing to update: the same on every SQL engine.
    QSqlQuery update =
        sql::run(m_db,
                 QStringLiteral(
                     "UPDATE marketing_spend SET amount_minor = ?, currency = ?, note = ? WHERE period = ?"),
                 {amount, currency, sql::textOrNull(spend.note), spend.period});
    if (update.numRowsAffected() < 1)
        sql::run(
            m_db,
            QStringLiteral(
                "INSERT INTO marketing_spend (period, amount_minor, currency, note) VALUES (?, ?, ?, ?)"),
            {spend.period, amount, currency, sql::textOrNull(spend.note)});
    transaction.commit();
}

bool MarketingSpendStore::remove(const QString& period)
{
    WriteTransaction transaction(m_db, m_dialect);
    QSqlQuery q = sql::run(m_db, QStringLiteral("DELETE FROM marketing_spend WHERE period = ?"), {period});
    const bool removed = q.numRowsAffected() > 0;
    transaction.commit();
    return removed;
}

} // namespace clientele
