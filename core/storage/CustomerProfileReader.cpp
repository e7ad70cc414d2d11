#include "storage/CustomerProfileReader.h"

#include "storage/ActivityRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/SqlSupport.h"

namespace clientele {

CustomerProfileReader::CustomerProfileReader(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

std::optional<CustomerProfile> CustomerProfileReader::read(std::int64_t customerId, int limit) const
{
    const std::optional<Customer> customer = CustomerRepository(m_db, m_dialect).findById(customerId);
    if (!customer)
        return std::nullopt;
    // limit <= 0 would mean "all" to the repository; a display list is always bounded.
    const int bounded = limit > 0 ? limit : kDefaultActivityLimit;
    const ActivityRepository activity(m_db, m_dialect);
    CustomerProfile profile;
    profile.record.customer = *customer;
    profile.record.tags = activity.tagsOf(customerId);
    profile.record.orderLines = activity.orderLinesOf(customerId, bounded);
    profile.record.interactions = activity.interactionsOf(customerId, bounded);
    profile.record.surveyResponses = activity.surveyResponsesOf(customerId, bounded);
    profile.counts = counts(customerId);
    readProvenance(profile);
    return profile;
}

void CustomerProfileReader::readProvenance(CustomerProfile& profile) const
{
    const std::int64_t customerId = profile.record.customer.id;
    const QVariant id = QVariant::fromValue<qint64>(customerId);
    QSqlQuery created =
        sql::run(m_db, QStringLiteral("SELECT import_batch_id, source_row FROM customer WHERE id = ?"), {id});
    if (created.next() && !created.value(0).isNull())
        profile.createdBy = RowProvenance{created.value(0).toLongLong(), created.value(1).toLongLong()};

    QSqlQuery changes =
        sql::run(m_db,
                 QStringLiteral("SELECT c.batch_id, c.field FROM import_change c"
                                " JOIN import_batch b ON b.id = c.batch_id"
                                " WHERE c.customer_id = ? AND b.rolled_back_at IS NULL ORDER BY c.id"),
                 {id});
    while (changes.next()) {
        const std::int64_t batch = changes.value(0).toLongLong();
        if (profile.changedBy.isEmpty() || profile.changedBy.last().batchId != batch)
            profile.changedBy.append(ImportChangeSource{batch, {}});
        const QString field = changes.value(1).toString();
        if (!profile.changedBy.last().fields.contains(field))
            profile.changedBy.last().fields << field;
    }

    // The listed lines only (at most the activity limit): their ids go into one IN list.
    if (!profile.record.orderLines.isEmpty()) {
        QStringList placeholders;
        for (qsizetype i = 0; i < profile.record.orderLines.size(); ++i)
            placeholders << QStringLiteral("?");
        QSqlQuery lines =
            sql::prepare(m_db, QStringLiteral("SELECT id, import_batch_id, source_row FROM order_line"
                                              " WHERE import_batch_id IS NOT NULL AND id IN (%1)")
                                   .arg(placeholders.join(QStringLiteral(", "))));
        for (const OrderLine& line : std::as_const(profile.record.orderLines))
            lines.addBindValue(QVariant::fromValue<qint64>(line.id));
        sql::exec(lines);
        while (lines.next())
            profile.orderLineSources.insert(lines.value(0).toLongLong(),
                                            {lines.value(1).toLongLong(), lines.value(2).toLongLong()});
    }

    QList<std::int64_t> batches;
    if (profile.createdBy)
        batches << profile.createdBy->batchId;
    for (const ImportChangeSource& change : std::as_const(profile.changedBy))
        batches << change.batchId;
    for (const RowProvenance& source : std::as_const(profile.orderLineSources))
        batches << source.batchId;
    QSqlQuery batch = sql::prepare(
        m_db, QStringLiteral("SELECT file_name, sheet, started_at FROM import_batch WHERE id = ?"));
    for (const std::int64_t batchId : std::as_const(batches)) {
        if (profile.imports.contains(batchId))
            continue;
        batch.bindValue(0, QVariant::fromValue<qint64>(batchId));
        sql::exec(batch);
        if (batch.next())
            profile.imports.insert(batchId, {batchId, batch.value(0).toString(), batch.value(1).toString(),
                                             QDateTime::fromString(batch.value(2).toString(), Qt::ISODate)});
        batch.finish();
    }
}

ActivityCounts CustomerProfileReader::counts(std::int64_t customerId) const
{
    const QVariant id = QVariant::fromValue<qint64>(customerId);
    ActivityCounts counts;
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT COUNT(DISTINCT order_code), COUNT(*) FROM order_line WHERE customer_id = ?"),
        {id});
    if (q.next()) {
        counts.orders = q.value(0).toInt();
        counts.orderLines = q.value(1).toInt();
    }
    counts.interactions =
        sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM interaction WHERE customer_id = ?"), {id})
            .toInt();
    counts.surveyResponses =
        sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM survey_response WHERE customer_id = ?"), {id})
            .toInt();
    return counts;
}

} // namespace clientele
