#include "storage/BulkWriter.h"

#include "storage/SqlSupport.h"

#include <QDateTime>

namespace clientele {

namespace {

// About 256 MiB of page cache (negative = KiB): the customer and time indexes of a million order
// lines stay in memory, so inserts do not re-read pages they just wrote.
constexpr int kBulkCacheKiB = 256 * 1024;

QVariant id(std::int64_t value)
{
    return QVariant::fromValue<qint64>(value);
}

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

// The same text as QDateTime::toString(Qt::ISODate) gives for a local time, without its time-zone
// lookups (which cost more than the insert itself).
QString timestamp(const QDateTime& when)
{
    const QDate d = when.date();
    const QTime t = when.time();
    char text[20];
    const auto two = [&text](int at, int value) {
        text[at] = static_cast<char>('0' + value / 10);
        text[at + 1] = static_cast<char>('0' + value % 10);
    };
    const int year = d.year();
    two(0, year / 100);
    two(2, year % 100);
    text[4] = '-';
    two(5, d.month());
    text[7] = '-';
    two(8, d.day());
    text[10] = 'T';
    two(11, t.hour());
    text[13] = ':';
    two(14, t.minute());
    text[16] = ':';
    two(17, t.second());
    return QString::fromLatin1(text, 19);
}

// SQLite reports the new row id directly; RETURNING would cost it a temporary table per row (it
// dominated the profile). PostgreSQL has no row id, so it uses RETURNING.
QString returningId(const SqlDialect& dialect)
{
    return dialect.engine() == SqlDialect::Engine::Sqlite ? QString() : QStringLiteral(" RETURNING id");
}

std::int64_t insertedId(QSqlQuery& query, const SqlDialect& dialect)
{
    sql::exec(query);
    if (dialect.engine() == SqlDialect::Engine::Sqlite)
        return query.lastInsertId().toLongLong();
    query.next();
    const std::int64_t value = query.value(0).toLongLong();
    query.finish();
    return value;
}

} // namespace

BulkWriter::BulkWriter(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
    if (m_dialect.engine() == SqlDialect::Engine::Sqlite) {
        m_previousCacheSize = sql::scalar(m_db, QStringLiteral("PRAGMA cache_size"));
        sql::run(m_db, QStringLiteral("PRAGMA cache_size = -%1").arg(kBulkCacheKiB));
    }
    m_customer = sql::prepare(
        m_db,
        QStringLiteral("INSERT INTO customer (code, name, kind, industry, region, city, owner, email, phone,"
                       " wechat, address, marketing_consent, contact_limit_per_month, created_on, notes)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
            returningId(m_dialect));
    m_orderLine = sql::prepare(
        m_db,
        QStringLiteral("INSERT INTO order_line (customer_id, order_code, line_no, ordered_at, amount_minor,"
                       " currency, quantity, product_code, product_name, category, channel, status)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_interaction =
        sql::prepare(m_db, QStringLiteral("INSERT INTO interaction (customer_id, occurred_at, channel, type,"
                                          " summary, outcome, owner) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    m_survey = sql::prepare(m_db, QStringLiteral("INSERT INTO survey_response (customer_id, answered_at, nps,"
                                                 " satisfaction, comment) VALUES (?, ?, ?, ?, ?)"));
    m_findTag = sql::prepare(m_db, QStringLiteral("SELECT id FROM tag WHERE name = ?"));
    m_tag = sql::prepare(m_db, QStringLiteral("INSERT INTO tag (name, kind) VALUES (?, ?)") +
                                   returningId(m_dialect));
    m_customerTag = sql::prepare(
        m_db, QStringLiteral(
                  "INSERT INTO customer_tag (customer_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
}

BulkWriter::~BulkWriter()
{
    if (m_previousCacheSize.isValid()) {
        QSqlQuery restore(m_db); // best effort: the destructor may run while an error unwinds
        restore.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCacheSize.toLongLong()));
    }
}

std::int64_t BulkWriter::insertCustomer(const Customer& c)
{
    QSqlQuery& q = m_customer;
    q.bindValue(0, c.code);
    q.bindValue(1, c.name);
    q.bindValue(2, customerKindKey(c.kind));
    q.bindValue(3, sql::textOrNull(c.industry));
    q.bindValue(4, sql::textOrNull(c.region));
    q.bindValue(5, sql::textOrNull(c.city));
    q.bindValue(6, sql::textOrNull(c.owner));
    q.bindValue(7, sql::textOrNull(c.email));
    q.bindValue(8, sql::textOrNull(c.phone));
    q.bindValue(9, sql::textOrNull(c.wechat));
    q.bindValue(10, sql::textOrNull(c.address));
    q.bindValue(11, c.marketingConsent ? 1 : 0);
    q.bindValue(12, c.contactLimitPerMonth);
    q.bindValue(13, c.createdOn.toString(Qt::ISODate));
    q.bindValue(14, sql::textOrNull(c.notes));
    return insertedId(q, m_dialect);
}

void BulkWriter::insertOrderLine(const OrderLine& line)
{
    QSqlQuery& q = m_orderLine;
    q.bindValue(0, line.customerId > 0 ? id(line.customerId) : nullId());
    q.bindValue(1, line.orderCode);
    q.bindValue(2, line.lineNo);
    q.bindValue(3, timestamp(line.orderedAt));
    q.bindValue(4, QVariant::fromValue<qint64>(line.amount));
    q.bindValue(5, line.currency);
    q.bindValue(6, line.quantity);
    q.bindValue(7, sql::textOrNull(line.productCode));
    q.bindValue(8, sql::textOrNull(line.productName));
    q.bindValue(9, sql::textOrNull(line.category));
    q.bindValue(10, sql::textOrNull(line.channel));
    q.bindValue(11, orderStatusKey(line.status));
    sql::exec(q);
}

void BulkWriter::insertInteraction(const Interaction& interaction)
{
    QSqlQuery& q = m_interaction;
    q.bindValue(0, id(interaction.customerId));
    q.bindValue(1, timestamp(interaction.occurredAt));
    q.bindValue(2, interaction.channel);
    q.bindValue(3, sql::textOrNull(interaction.type));
    q.bindValue(4, sql::textOrNull(interaction.summary));
    q.bindValue(5, sql::textOrNull(interaction.outcome));
    q.bindValue(6, sql::textOrNull(interaction.owner));
    sql::exec(q);
}

void BulkWriter::insertSurveyResponse(const SurveyResponse& response)
{
    QSqlQuery& q = m_survey;
    q.bindValue(0, id(response.customerId));
    q.bindValue(1, timestamp(response.answeredAt));
    q.bindValue(2, response.nps ? QVariant(*response.nps) : QVariant(QMetaType::fromType<int>()));
    q.bindValue(3, response.satisfaction ? QVariant(*response.satisfaction)
                                         : QVariant(QMetaType::fromType<int>()));
    q.bindValue(4, sql::textOrNull(response.comment));
    sql::exec(q);
}

std::int64_t BulkWriter::ensureTag(const QString& name, TagKind kind)
{
    m_findTag.bindValue(0, name);
    sql::exec(m_findTag);
    if (m_findTag.next()) {
        const std::int64_t existing = m_findTag.value(0).toLongLong();
        m_findTag.finish();
        return existing;
    }
    m_findTag.finish();
    m_tag.bindValue(0, name);
    m_tag.bindValue(1, tagKindKey(kind));
    return insertedId(m_tag, m_dialect);
}

void BulkWriter::assignTag(std::int64_t customerId, std::int64_t tagId)
{
    m_customerTag.bindValue(0, id(customerId));
    m_customerTag.bindValue(1, id(tagId));
    sql::exec(m_customerTag);
}

} // namespace clientele
