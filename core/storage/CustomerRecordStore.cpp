#include "storage/CustomerRecordStore.h"

#include "storage/ActivityRepository.h"
#include "storage/CustomerNoteStore.h"
#include "storage/CustomerRepository.h"
#include "storage/SqlSupport.h"

#include <QSqlQuery>

namespace clientele {

namespace {

QVariant id(std::int64_t value)
{
    return QVariant::fromValue<qint64>(value);
}

QVariant optionalInt(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

} // namespace

CustomerRecordStore::CustomerRecordStore(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

std::optional<CustomerRecord> CustomerRecordStore::capture(std::int64_t customerId) const
{
    const std::optional<Customer> customer = CustomerRepository(m_db, m_dialect).findById(customerId);
    if (!customer)
        return std::nullopt;
    const ActivityRepository activity(m_db, m_dialect);
    CustomerRecord record;
    record.customer = *customer;
    record.orderLines = activity.orderLinesOf(customerId);
    record.interactions = activity.interactionsOf(customerId);
    record.surveyResponses = activity.surveyResponsesOf(customerId);
    record.tags = activity.tagsOf(customerId);
    record.notes = CustomerNoteStore(m_db, m_dialect).notesOf(customerId);
    return record;
}

std::optional<CustomerRecord> CustomerRecordStore::take(std::int64_t customerId)
{
    std::optional<CustomerRecord> record = capture(customerId);
    if (record)
        CustomerRepository(m_db, m_dialect).remove(customerId);
    return record;
}

void CustomerRecordStore::restore(const CustomerRecord& record)
{
    CustomerRepository(m_db, m_dialect).restore(record.customer);
    const QVariant customerId = id(record.customer.id);

    QSqlQuery lines = sql::prepare(
        m_db, QStringLiteral(
                  "INSERT INTO order_line (id, customer_id, order_code, line_no, ordered_at, amount_minor,"
                  " currency, quantity, product_code, product_name, category, channel, status)"
                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const OrderLine& l : record.orderLines) {
        lines.addBindValue(id(l.id));
        lines.addBindValue(customerId);
        lines.addBindValue(l.orderCode);
        lines.addBindValue(l.lineNo);
        lines.addBindValue(l.orderedAt.toString(Qt::ISODate));
        lines.addBindValue(QVariant::fromValue<qint64>(l.amount));
        lines.addBindValue(l.currency);
        lines.addBindValue(l.quantity);
        lines.addBindValue(sql::textOrNull(l.productCode));
        lines.addBindValue(sql::textOrNull(l.productName));
        lines.addBindValue(sql::textOrNull(l.category));
        lines.addBindValue(sql::textOrNull(l.channel));
        lines.addBindValue(orderStatusKey(l.status));
        sql::exec(lines);
    }

    QSqlQuery interactions = sql::prepare(
        m_db, QStringLiteral("INSERT INTO interaction (id, customer_id, occurred_at, channel, type, summary,"
                             " outcome, owner) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Interaction& i : record.interactions) {
        interactions.addBindValue(id(i.id));
        interactions.addBindValue(customerId);
        interactions.addBindValue(i.occurredAt.toString(Qt::ISODate));
        interactions.addBindValue(i.channel);
        interactions.addBindValue(sql::textOrNull(i.type));
        interactions.addBindValue(sql::textOrNull(i.summary));
        interactions.addBindValue(sql::textOrNull(i.outcome));
        interactions.addBindValue(sql::textOrNull(i.owner));
        sql::exec(interactions);
    }

    QSqlQuery surveys =
        sql::prepare(m_db, QStringLiteral("INSERT INTO survey_response (id, customer_id, answered_at, nps,"
                                          " satisfaction, comment) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const SurveyResponse& r : record.surveyResponses) {
        surveys.addBindValue(id(r.id));
        surveys.addBindValue(customerId);
        surveys.addBindValue(r.answeredAt.toString(Qt::ISODate));
        surveys.addBindValue(optionalInt(r.nps));
        surveys.addBindValue(optionalInt(r.satisfaction));
        surveys.addBindValue(sql::textOrNull(r.comment));
        sql::exec(surveys);
    }

    ActivityRepository activity(m_db, m_dialect);
    for (const Tag& tag : record.tags)
        activity.assignTag(record.customer.id, activity.ensureTag(tag.name, tag.kind));
    CustomerNoteStore notes(m_db, m_dialect);
    for (const CustomerNote& note : record.notes)
        notes.restore(note);
}

} // namespace clientele
