#include "storage/BulkWriter.h"

#include "storage/SqlSupport.h"

#include <QDateTime>

namespace clientele {

namespace {

// Rows per multi-row INSERT: enough to spread the per-statement cost, few enough that the statement
// stays far below SQLite's 32,766 host parameters.
constexpr int kRowsPerBatch = 64;

QVariant id(std::int64_t value)
{
    return QVariant::fromValue<qint64>(value);
}

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

} // namespace

// One table's multi-row INSERT: values are bound straight into the prepared statement of
// kRowsPerBatch rows; a last, partial batch gets a statement of its own size.
class BulkWriter::Batch
{
public:
    Batch(const QSqlDatabase& db, QString head, int columns, QString tail = QString())
        : m_db(db)
        , m_head(std::move(head))
        , m_tail(std::move(tail))
        , m_columns(columns)
        , m_full(sql::prepare(m_db, statementText(kRowsPerBatch)))
    {
    }

    void bind(int column, const QVariant& value) { m_full.bindValue(m_rows * m_columns + column, value); }

    void rowDone()
    {
        if (++m_rows < kRowsPerBatch)
            return;
        sql::exec(m_full);
        m_rows = 0;
    }

    void flush()
    {
        if (m_rows == 0)
            return;
        QSqlQuery partial = sql::prepare(m_db, statementText(m_rows));
        for (int i = 0; i < m_rows * m_columns; ++i)
            partial.bindValue(i, m_full.boundValue(i));
        m_rows = 0;
        sql::exec(partial);
    }

private:
    QString statementText(int rows) const
    {
        QString tuple = QStringLiteral("(?");
        for (int c = 1; c < m_columns; ++c)
            tuple += QStringLiteral(", ?");
        tuple += QLatin1Char(')');
        QString text = m_head;
        text.reserve(m_head.size() + rows * (tuple.size() + 2) + m_tail.size());
        for (int r = 0; r < rows; ++r) {
            if (r > 0)
                text += QStringLiteral(", ");
            text += tuple;
        }
        return text + m_tail;
    }

    QSqlDatabase m_db;
    QString m_head;
    QString m_tail;
    int m_columns;
    QSqlQuery m_full;
    int m_rows = 0;
};

namespace {

// "yyyy-MM-ddTHH:mm:ss" from the date and time fields as they are, whatever the time spec.
QString wallClockText(const QDateTime& when)
{
    const QDate d = when.date();
    const int year = d.year();
    if (year < 1000 || year > 9999)
        return when.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const QTime t = when.time();
    char text[20];
    const auto two = [&text](int at, int value) {
        text[at] = static_cast<char>('0' + value / 10);
        text[at + 1] = static_cast<char>('0' + value % 10);
    };
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

} // namespace

QString BulkWriter::timestampText(const QDateTime& when)
{
    // Other time specs carry an offset ("Z", "+08:00") in the ISO text.
    if (!when.isValid() || when.timeSpec() != Qt::LocalTime)
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
    m_customer = sql::prepare(
        m_db,
        QStringLiteral("INSERT INTO customer (code, name, kind, industry, region, city, owner, email, phone,"
                       " wechat, address, marketing_consent, contact_limit_per_month, created_on, notes)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
            m_dialect.returningIdClause());
    m_orderLines = std::make_unique<Batch>(
        m_db,
        QStringLiteral("INSERT INTO order_line (customer_id, order_code, line_no, ordered_at, amount_minor,"
                       " currency, quantity, product_code, product_name, category, channel, status) VALUES "),
        12);
    m_interactions =
        std::make_unique<Batch>(m_db,
                                QStringLiteral("INSERT INTO interaction (customer_id, occurred_at,"
                                               " channel, type, summary, outcome, owner) VALUES "),
                                7);
    m_surveys =
        std::make_unique<Batch>(m_db,
                                QStringLiteral("INSERT INTO survey_response (customer_id, answered_at,"
                                               " nps, satisfaction, comment) VALUES "),
                                5);
    m_findTag = sql::prepare(m_db, QStringLiteral("SELECT id FROM tag WHERE name = ?"));
    m_tag = sql::prepare(m_db, QStringLiteral("INSERT INTO tag (name, kind) VALUES (?, ?)") +
                                   m_dialect.returningIdClause());
    m_customerTags = std::make_unique<Batch>(
        m_db, QStringLiteral("INSERT INTO customer_tag (customer_id, tag_id) VALUES "), 2,
        QStringLiteral(" ON CONFLICT DO NOTHING"));
}

BulkWriter::~BulkWriter()
{
    if (m_previousCacheSize.isValid()) {
        QSqlQuery restore(m_db); // best effort: the destructor may run while an error unwinds
        restore.exec(m_dialect.writePageCacheSize(m_previousCacheSize.toLongLong()));
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
    return m_dialect.execInsert(q);
}

void BulkWriter::insertOrderLine(const OrderLine& line)
{
    Batch& q = *m_orderLines;
    q.bind(0, line.customerId > 0 ? id(line.customerId) : nullId());
    q.bind(1, line.orderCode);
    q.bind(2, line.lineNo);
    q.bind(3, wallClockText(line.orderedAt));
    q.bind(4, QVariant::fromValue<qint64>(line.amount));
    q.bind(5, line.currency);
    q.bind(6, line.quantity);
    q.bind(7, sql::textOrNull(line.productCode));
    q.bind(8, sql::textOrNull(line.productName));
    q.bind(9, sql::textOrNull(line.category));
    q.bind(10, sql::textOrNull(line.channel));
    q.bind(11, orderStatusKey(line.status));
    q.rowDone();
}

void BulkWriter::insertInteraction(const Interaction& interaction)
{
    Batch& q = *m_interactions;
    q.bind(0, id(interaction.customerId));
    q.bind(1, wallClockText(interaction.occurredAt));
    q.bind(2, interaction.channel);
    q.bind(3, sql::textOrNull(interaction.type));
    q.bind(4, sql::textOrNull(interaction.summary));
    q.bind(5, sql::textOrNull(interaction.outcome));
    q.bind(6, sql::textOrNull(interaction.owner));
    q.rowDone();
}

void BulkWriter::insertSurveyResponse(const SurveyResponse& response)
{
    Batch& q = *m_surveys;
    q.bind(0, id(response.customerId));
    q.bind(1, wallClockText(response.answeredAt));
    q.bind(2, response.nps ? QVariant(*response.nps) : QVariant(QMetaType::fromType<int>()));
    q.bind(3,
           response.satisfaction ? QVariant(*response.satisfaction) : QVariant(QMetaType::fromType<int>()));
    q.bind(4, sql::textOrNull(response.comment));
    q.rowDone();
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
    m_customerTags->bind(0, id(customerId));
    m_customerTags->bind(1, id(tagId));
    m_customerTags->rowDone();
}

void BulkWriter::flush()
{
    m_orderLines->flush();
    m_interactions->flush();
    m_surveys->flush();
    m_customerTags->flush();
}

} // namespace clientele
