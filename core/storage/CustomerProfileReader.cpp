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
    return profile;
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
