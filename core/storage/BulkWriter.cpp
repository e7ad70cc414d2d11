#include "storage/BulkWriter.h"

#include "storage/CustomerInsertColumns.h"
#include "storage/SqlSupport.h"
#include "storage/StoredDay.h"

#include <QDateTime>

namespace clientele {

namespace {

// "yyyy-MM-ddTHH:mm:ss" from the date and time fields as they are, whatever the time spec.
QString wallClockText(const QDateTime& when)
{
    char text[20];
    if (!writeStoredDate(when.date(), text))
        return when.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const QTime t = when.time();
    const auto two = [&text](int at, int value) {
        text[at] = static_cast<char>('0' + value / 10);
        text[at + 1] = static_cast<char>('0' + value % 10);
    };
    text[10] = 'T';
    two(11, t.hour());
    text[13] = ':';
    two(14, t.minute());
    text[16] = ':';
    two(17, t.second());
    return QString::fromLatin1(text, 19);
}

} // namespace

QString BulkWriter::timestampText(const QDateTime& when)
{
    if (!when.isValid() || (when.timeSpec() != Qt::LocalTime && when.timeSpec() != Qt::UTC))
        return when.toString(Qt::ISODate);
    return wallClockText(when);
}

BulkWriter::BulkWriter(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
    if (const QString read = m_dialect.readPageCacheSize(); !read.isEmpty())
        m_previousCacheSize = sql::scalar(m_db, read);
    for (const QString& statement : m_dialect.bulkWriteSetup())
        sql::run(m_db, statement);
    m_customer =
        BulkStatement::prepare(m_db, m_dialect,
                               QStringLiteral("INSERT INTO customer (%1) VALUES (%2)")
                                       .arg(CustomerInsertColumns::names(),
                                            QStringList(CustomerInsertColumns::kCount, QStringLiteral("?"))
                                                .join(QStringLiteral(", "))) +
                                   m_dialect.returningIdClause());
    m_orderLine = BulkStatement::prepare(
        m_db, m_dialect,
        QStringLiteral("INSERT INTO order_line (customer_id, order_code, line_no, ordered_at, amount_minor,"
                       " currency, quantity, product_code, product_name, category, channel, status)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_interaction = BulkStatement::prepare(m_db, m_dialect,
                                           QStringLiteral("INSERT INTO interaction (customer_id, occurred_at,"
                                                          " channel, type, summary, outcome, owner)"
                                                          " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    m_survey = BulkStatement::prepare(m_db, m_dialect,
                                      QStringLiteral("INSERT INTO survey_response (customer_id, answered_at,"
                                                     " nps, satisfaction, comment) VALUES (?, ?, ?, ?, ?)"));
    m_findTag = sql::prepare(m_db, QStringLiteral("SELECT id FROM tag WHERE name = ?"));
    m_tag = sql::prepare(m_db, QStringLiteral("INSERT INTO tag (name, kind) VALUES (?, ?)") +
                                   m_dialect.returningIdClause());
    m_customerTag = BulkStatement::prepare(
        m_db, m_dialect,
        QStringLiteral(
            "INSERT INTO customer_tag (customer_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
}

BulkWriter::~BulkWriter()
{
    // Finish the statements before the cache size is put back.
    m_customer.reset();
    m_orderLine.reset();
    m_interaction.reset();
    m_survey.reset();
    m_customerTag.reset();
    if (m_previousCacheSize.isValid()) {
        QSqlQuery restore(m_db); // best effort: the destructor may run while an error unwinds
        restore.exec(m_dialect.writePageCacheSize(m_previousCacheSize.toLongLong()));
    }
}

std::int64_t BulkWriter::insertCustomer(const Customer& c)
{
    CustomerInsertColumns::bind(*m_customer, c);
    return m_customer->execInsert();
}

void BulkWriter::insertOrderLine(const OrderLine& line)
{
    BulkStatement& q = *m_orderLine;
    q.bindIdOrNull(0, line.customerId);
    q.bindText(1, line.orderCode);
    q.bindInt64(2, line.lineNo);
    q.bindText(3, wallClockText(line.orderedAt));
    q.bindInt64(4, line.amount);
    q.bindText(5, line.currency);
    q.bindInt64(6, line.quantity);
    q.bindTextOrNull(7, line.productCode);
    q.bindTextOrNull(8, line.productName);
    q.bindTextOrNull(9, line.category);
    q.bindTextOrNull(10, line.channel);
    q.bindText(11, orderStatusKey(line.status));
    q.exec();
}

void BulkWriter::insertInteraction(const Interaction& interaction)
{
    BulkStatement& q = *m_interaction;
    q.bindInt64(0, interaction.customerId);
    q.bindText(1, wallClockText(interaction.occurredAt));
    q.bindText(2, interaction.channel);
    q.bindTextOrNull(3, interaction.type);
    q.bindTextOrNull(4, interaction.summary);
    q.bindTextOrNull(5, interaction.outcome);
    q.bindTextOrNull(6, interaction.owner);
    q.exec();
}

void BulkWriter::insertSurveyResponse(const SurveyResponse& response)
{
    BulkStatement& q = *m_survey;
    q.bindInt64(0, response.customerId);
    q.bindText(1, wallClockText(response.answeredAt));
    if (response.nps)
        q.bindInt64(2, *response.nps);
    else
        q.bindNull(2);
    if (response.satisfaction)
        q.bindInt64(3, *response.satisfaction);
    else
        q.bindNull(3);
    q.bindTextOrNull(4, response.comment);
    q.exec();
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
    return m_dialect.execInsert(m_tag);
}

void BulkWriter::assignTag(std::int64_t customerId, std::int64_t tagId)
{
    m_customerTag->bindInt64(0, customerId);
    m_customerTag->bindInt64(1, tagId);
    m_customerTag->exec();
}

} // namespace clientele
