#include "storage/ActivityRepository.h"

#include "storage/SqlSupport.h"

#include <QSqlQuery>

namespace clientele {

namespace {

QVariant id(std::int64_t value)
{
    return QVariant::fromValue<qint64>(value);
}

QString timestamp(const QDateTime& when)
{
    return when.toString(Qt::ISODate);
}

QDateTime readTimestamp(const QVariant& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

QString limitClause(int limit)
{
    return limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString();
}

std::int64_t insertReturningId(QSqlQuery& q)
{
    sql::exec(q);
    q.next();
    return q.value(0).toLongLong();
}

} // namespace

ActivityRepository::ActivityRepository(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

void ActivityRepository::insertOrderLine(OrderLine& line)
{
    QSqlQuery q = sql::prepare(
        m_db,
        QStringLiteral("INSERT INTO order_line (customer_id, order_code, line_no, ordered_at, amount_minor,"
                       " currency, quantity, product_code, product_name, category, channel, status)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(line.customerId > 0 ? id(line.customerId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(line.orderCode);
    q.addBindValue(line.lineNo);
    q.addBindValue(timestamp(line.orderedAt));
    q.addBindValue(QVariant::fromValue<qint64>(line.amount));
    q.addBindValue(line.currency);
    q.addBindValue(line.quantity);
    q.addBindValue(sql::textOrNull(line.productCode));
    q.addBindValue(sql::textOrNull(line.productName));
    q.addBindValue(sql::textOrNull(line.category));
    q.addBindValue(sql::textOrNull(line.channel));
    q.addBindValue(orderStatusKey(line.status));
    line.id = insertReturningId(q);
}

void ActivityRepository::insertInteraction(Interaction& interaction)
{
    QSqlQuery q = sql::prepare(
        m_db, QStringLiteral("INSERT INTO interaction (customer_id, occurred_at, channel, type,"
                             " summary, outcome, owner) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(id(interaction.customerId));
    q.addBindValue(timestamp(interaction.occurredAt));
    q.addBindValue(interaction.channel);
    q.addBindValue(sql::textOrNull(interaction.type));
    q.addBindValue(sql::textOrNull(interaction.summary));
    q.addBindValue(sql::textOrNull(interaction.outcome));
    q.addBindValue(sql::textOrNull(interaction.owner));
    interaction.id = insertReturningId(q);
}

void ActivityRepository::insertSurveyResponse(SurveyResponse& response)
{
    QSqlQuery q =
        sql::prepare(m_db, QStringLiteral("INSERT INTO survey_response (customer_id, answered_at, nps,"
                                          " satisfaction, comment) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(id(response.customerId));
    q.addBindValue(timestamp(response.answeredAt));
    q.addBindValue(response.nps ? QVariant(*response.nps) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(response.satisfaction ? QVariant(*response.satisfaction)
                                         : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(sql::textOrNull(response.comment));
    response.id = insertReturningId(q);
}

void ActivityRepository::restoreInteraction(const Interaction& interaction)
{
    sql::run(m_db,
             QStringLiteral("INSERT INTO interaction (id, customer_id, occurred_at, channel, type, summary,"
                            " outcome, owner) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {id(interaction.id), id(interaction.customerId), timestamp(interaction.occurredAt),
              interaction.channel, sql::textOrNull(interaction.type), sql::textOrNull(interaction.summary),
              sql::textOrNull(interaction.outcome), sql::textOrNull(interaction.owner)});
}

bool ActivityRepository::removeInteraction(std::int64_t interactionId)
{
    return sql::run(m_db, QStringLiteral("DELETE FROM interaction WHERE id = ?"), {id(interactionId)})
               .numRowsAffected() > 0;
}

void ActivityRepository::restoreSurveyResponse(const SurveyResponse& response)
{
    sql::run(m_db,
             QStringLiteral("INSERT INTO survey_response (id, customer_id, answered_at, nps, satisfaction,"
                            " comment) VALUES (?, ?, ?, ?, ?, ?)"),
             {id(response.id), id(response.customerId), timestamp(response.answeredAt),
              response.nps ? QVariant(*response.nps) : QVariant(QMetaType::fromType<int>()),
              response.satisfaction ? QVariant(*response.satisfaction) : QVariant(QMetaType::fromType<int>()),
              sql::textOrNull(response.comment)});
}

bool ActivityRepository::removeSurveyResponse(std::int64_t responseId)
{
    return sql::run(m_db, QStringLiteral("DELETE FROM survey_response WHERE id = ?"), {id(responseId)})
               .numRowsAffected() > 0;
}

std::int64_t ActivityRepository::ensureTag(const QString& name, TagKind kind)
{
    const QVariant existing = sql::scalar(m_db, QStringLiteral("SELECT id FROM tag WHERE name = ?"), {name});
    if (existing.isValid())
        return existing.toLongLong();
    QSqlQuery q =
        sql::prepare(m_db, QStringLiteral("INSERT INTO tag (name, kind) VALUES (?, ?) RETURNING id"));
    q.addBindValue(name);
    q.addBindValue(tagKindKey(kind));
    return insertReturningId(q);
}

void ActivityRepository::assignTag(std::int64_t customerId, std::int64_t tagId)
{
    sql::run(
        m_db,
        QStringLiteral("INSERT INTO customer_tag (customer_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
        {id(customerId), id(tagId)});
}

void ActivityRepository::removeTag(std::int64_t customerId, std::int64_t tagId)
{
    sql::run(m_db, QStringLiteral("DELETE FROM customer_tag WHERE customer_id = ? AND tag_id = ?"),
             {id(customerId), id(tagId)});
}

QList<OrderLine> ActivityRepository::orderLinesOf(std::int64_t customerId, int limit) const
{
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT id, customer_id, order_code, line_no, ordered_at, amount_minor, currency,"
                       " quantity, product_code, product_name, category, channel, status"
                       " FROM order_line WHERE customer_id = ?"
                       " ORDER BY ordered_at DESC, order_code, line_no") +
            limitClause(limit),
        {id(customerId)});
    QList<OrderLine> lines;
    while (q.next()) {
        OrderLine l;
        l.id = q.value(0).toLongLong();
        l.customerId = q.value(1).toLongLong();
        l.orderCode = q.value(2).toString();
        l.lineNo = q.value(3).toInt();
        l.orderedAt = readTimestamp(q.value(4));
        l.amount = q.value(5).toLongLong();
        l.currency = q.value(6).toString();
        l.quantity = q.value(7).toInt();
        l.productCode = q.value(8).toString();
        l.productName = q.value(9).toString();
        l.category = q.value(10).toString();
        l.channel = q.value(11).toString();
        l.status = orderStatusFromKey(q.value(12).toString()).value_or(OrderStatus::Completed);
        lines.append(l);
    }
    return lines;
}

QList<Interaction> ActivityRepository::interactionsOf(std::int64_t customerId, int limit) const
{
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT id, customer_id, occurred_at, channel, type, summary, outcome, owner"
                       " FROM interaction WHERE customer_id = ? ORDER BY occurred_at DESC, id DESC") +
            limitClause(limit),
        {id(customerId)});
    QList<Interaction> result;
    while (q.next()) {
        Interaction i;
        i.id = q.value(0).toLongLong();
        i.customerId = q.value(1).toLongLong();
        i.occurredAt = readTimestamp(q.value(2));
        i.channel = q.value(3).toString();
        i.type = q.value(4).toString();
        i.summary = q.value(5).toString();
        i.outcome = q.value(6).toString();
        i.owner = q.value(7).toString();
        result.append(i);
    }
    return result;
}

QList<SurveyResponse> ActivityRepository::surveyResponsesOf(std::int64_t customerId, int limit) const
{
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT id, customer_id, answered_at, nps, satisfaction, comment"
                       " FROM survey_response WHERE customer_id = ? ORDER BY answered_at DESC, id DESC") +
            limitClause(limit),
        {id(customerId)});
    QList<SurveyResponse> result;
    while (q.next()) {
        SurveyResponse r;
        r.id = q.value(0).toLongLong();
        r.customerId = q.value(1).toLongLong();
        r.answeredAt = readTimestamp(q.value(2));
        if (!q.value(3).isNull())
            r.nps = q.value(3).toInt();
        if (!q.value(4).isNull())
            r.satisfaction = q.value(4).toInt();
        r.comment = q.value(5).toString();
        result.append(r);
    }
    return result;
}

QList<Tag> ActivityRepository::tagsOf(std::int64_t customerId) const
{
    QSqlQuery q = sql::run(
        m_db,
        QStringLiteral("SELECT t.id, t.name, t.kind FROM tag t JOIN customer_tag ct ON ct.tag_id = t.id"
                       " WHERE ct.customer_id = ? ORDER BY t.name"),
        {id(customerId)});
    QList<Tag> tags;
    while (q.next())
        tags.append({q.value(0).toLongLong(), q.value(1).toString(),
                     q.value(2).toString() == QLatin1String("dynamic") ? TagKind::Dynamic : TagKind::Static});
    return tags;
}

} // namespace clientele
