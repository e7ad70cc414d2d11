#include "storage/TrackingStore.h"

#include "analytics/AnalysisPeriod.h"
#include "storage/SqlSupport.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>

#include <cmath>

namespace clientele {

TrackingStore::TrackingStore(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

void TrackingStore::checkKey(const QString& period, const QString& tier) const
{
    QString why;
    if (!AnalysisPeriod::parse(period, &why))
        throw StorageError(StorageError::Kind::Validation,
                           tr("Tracking period '%1' is not a period: %2").arg(period, why));
    if (tier.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Validation,
                           tr("A tracking entry of %1 needs a tier.").arg(period));
}

void TrackingStore::setOverride(const TrackingOverride& entry)
{
    checkKey(entry.period, entry.tier);
    const QString metric = trackingMetricCode(entry.metric);
    double low = 0.0, high = 100.0;
    if (entry.metric == TrackingMetric::Nps)
        low = -100.0;
    else if (entry.metric == TrackingMetric::Ltv)
        high = INFINITY;
    if (!std::isfinite(entry.value) || entry.value < low || entry.value > high)
        throw StorageError(StorageError::Kind::Validation,
                           tr("The %1 of %2 / %3 must lie between %4 and %5; %6 was entered.")
                               .arg(metric, entry.period, entry.tier)
                               .arg(low)
                               .arg(std::isfinite(high) ? QString::number(high) : tr("any amount"))
                               .arg(entry.value));
    const QDateTime when = entry.enteredAt.isValid() ? entry.enteredAt : QDateTime::currentDateTime();
    const QString whenText = when.toString(Qt::ISODate);
    WriteTransaction transaction(m_db, m_dialect);
    // UPDATE, then INSERT when there was nothing to update: the same on every SQL engine.
    QSqlQuery update = sql::run(m_db,
                                QStringLiteral("UPDATE tracking_override SET value = ?, entered_at = ?"
                                               " WHERE period = ? AND tier = ? AND metric = ?"),
                                {entry.value, whenText, entry.period, entry.tier, metric});
    if (update.numRowsAffected() < 1)
        sql::run(m_db,
                 QStringLiteral("INSERT INTO tracking_override (period, tier, metric, value, entered_at)"
                                " VALUES (?, ?, ?, ?, ?)"),
                 {entry.period, entry.tier, metric, entry.value, whenText});
    transaction.commit();
}

bool TrackingStore::removeOverride(const QString& period, const QString& tier, TrackingMetric metric)
{
    WriteTransaction transaction(m_db, m_dialect);
    QSqlQuery q = sql::run(
        m_db, QStringLiteral("DELETE FROM tracking_override WHERE period = ? AND tier = ? AND metric = ?"),
        {period, tier, trackingMetricCode(metric)});
    const bool removed = q.numRowsAffected() > 0;
    transaction.commit();
    return removed;
}

std::vector<TrackingOverride> TrackingStore::overrides(const QString& period) const
{
    QSqlQuery q = sql::run(m_db,
                           QStringLiteral("SELECT tier, metric, value, entered_at FROM tracking_override"
                                          " WHERE period = ? ORDER BY tier, metric"),
                           {period});
    std::vector<TrackingOverride> result;
    while (q.next()) {
        const std::optional<TrackingMetric> metric = trackingMetricFromCode(q.value(1).toString());
        if (!metric)
            continue; // the table's CHECK allows only the four codes
        result.push_back({period, q.value(0).toString(), *metric, q.value(2).toDouble(),
                          QDateTime::fromString(q.value(3).toString(), Qt::ISODate)});
    }
    return result;
}

void TrackingStore::setSuggestion(const QString& period, const QString& tier, const QString& suggestion)
{
    checkKey(period, tier);
    const QString text = suggestion.trimmed();
    WriteTransaction transaction(m_db, m_dialect);
    if (text.isEmpty()) {
        sql::run(m_db, QStringLiteral("DELETE FROM tracking_suggestion WHERE period = ? AND tier = ?"),
                 {period, tier});
    } else {
        QSqlQuery update = sql::run(
            m_db,
            QStringLiteral("UPDATE tracking_suggestion SET suggestion = ? WHERE period = ? AND tier = ?"),
            {text, period, tier});
        if (update.numRowsAffected() < 1)
            sql::run(
                m_db,
                QStringLiteral("INSERT INTO tracking_suggestion (period, tier, suggestion) VALUES (?, ?, ?)"),
                {period, tier, text});
    }
    transaction.commit();
}

QMap<QString, QString> TrackingStore::suggestions(const QString& period) const
{
    QSqlQuery q = sql::run(
        m_db, QStringLiteral("SELECT tier, suggestion FROM tracking_suggestion WHERE period = ?"), {period});
    QMap<QString, QString> result;
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toString());
    return result;
}

} // namespace clientele
