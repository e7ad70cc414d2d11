#include "storage/ImportStore.h"

#include "storage/BulkWriter.h"
#include "storage/CustomerInsertColumns.h"
#include "storage/CustomerRepository.h"
#include "storage/SqlSupport.h"
#include "storage/StorageError.h"

#include <QSqlRecord>

namespace clientele {

namespace {

QVariant id(std::int64_t value)
{
    return value > 0 ? QVariant::fromValue<qint64>(value) : QVariant(QMetaType::fromType<qint64>());
}

QString stamp(const QDateTime& when)
{
    return when.isValid() ? when.toString(Qt::ISODate) : QString();
}

enum Slot
{
    InsertOrderLine,
    InsertOrderLines,
    InsertInteraction,
    InsertSurvey,
    InsertCustomer,
    UpsertSummary,
    LogChange,
    SlotCount
};

const QString kBatchColumns = QStringLiteral(
    "id, kind, file_name, file_hash, sheet, mapping, options, started_at, finished_at, rows_read, imported, "
    "duplicates, skipped, customers_created, customers_updated, imported_by, rolled_back_at");

ImportBatch readBatch(const QSqlQuery& q)
{
    ImportBatch b;
    b.id = q.value(0).toLongLong();
    b.kind = q.value(1).toString();
    b.fileName = q.value(2).toString();
    b.fileHash = q.value(3).toString();
    b.sheet = q.value(4).toString();
    b.mappingJson = q.value(5).toString();
    b.optionsJson = q.value(6).toString();
    b.startedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    b.finishedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    b.rowsRead = q.value(9).toLongLong();
    b.imported = q.value(10).toLongLong();
    b.duplicates = q.value(11).toLongLong();
    b.skipped = q.value(12).toLongLong();
    b.customersCreated = q.value(13).toLongLong();
    b.customersUpdated = q.value(14).toLongLong();
    b.importedBy = q.value(15).toString();
    b.rolledBackAt = QDateTime::fromString(q.value(16).toString(), Qt::ISODate);
    return b;
}

const QString kOrderLineInsert = QStringLiteral(
    "INSERT INTO order_line (customer_id, order_code, line_no, ordered_at, amount_minor, currency,"
    " quantity, product_code, product_name, category, channel, status, import_batch_id, source_row)"
    " VALUES ");
const QString kOrderLineValues = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kOrderLineConflict = QStringLiteral(" ON CONFLICT (order_code, line_no) DO NOTHING");
constexpr int kOrderLineColumns = 14;

// Binds one line's values from parameter `first` on (several lines share a multi-row INSERT).
void bindOrderLine(BulkStatement& q, int first, const OrderLine& line, std::int64_t batchId, qint64 sourceRow)
{
    q.bindIdOrNull(first, line.customerId);
    q.bindText(first + 1, line.orderCode);
    q.bindInt64(first + 2, line.lineNo);
    q.bindText(first + 3, BulkWriter::timestampText(line.orderedAt));
    q.bindInt64(first + 4, line.amount);
    q.bindText(first + 5, line.currency);
    q.bindInt64(first + 6, line.quantity);
    q.bindTextOrNull(first + 7, line.productCode);
    q.bindTextOrNull(first + 8, line.productName);
    q.bindTextOrNull(first + 9, line.category);
    q.bindTextOrNull(first + 10, line.channel);
    q.bindText(first + 11, orderStatusKey(line.status));
    q.bindIdOrNull(first + 12, batchId);
    q.bindInt64(first + 13, sourceRow);
}

} // namespace

ImportStore::ImportStore(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
    , m_statements(SlotCount)
    , m_bulkStatements(SlotCount)
{
}

ImportStore::~ImportStore() = default;

QSqlQuery& ImportStore::statement(int slot, const QString& sql)
{
    auto& q = m_statements[static_cast<size_t>(slot)];
    if (!q)
        q = std::make_unique<QSqlQuery>(sql::prepare(m_db, sql));
    return *q;
}

std::int64_t ImportStore::beginBatch(const ImportBatch& b)
{
    QSqlQuery q = sql::prepare(
        m_db, QStringLiteral("INSERT INTO import_batch (kind, file_name, file_hash, sheet, mapping,"
                             " options, started_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                             " RETURNING id"));
    q.addBindValue(b.kind);
    q.addBindValue(b.fileName);
    q.addBindValue(b.fileHash);
    q.addBindValue(sql::textOrNull(b.sheet));
    q.addBindValue(b.mappingJson);
    q.addBindValue(sql::textOrNull(b.optionsJson));
    q.addBindValue(stamp(b.startedAt));
    q.addBindValue(sql::textOrNull(b.importedBy));
    sql::exec(q);
    q.next();
    return q.value(0).toLongLong();
}

void ImportStore::finishBatch(const ImportBatch& b)
{
    sql::run(
        m_db,
        QStringLiteral("UPDATE import_batch SET finished_at = ?, rows_read = ?, imported = ?, duplicates = ?,"
                       " skipped = ?, customers_created = ?, customers_updated = ? WHERE id = ?"),
        {stamp(b.finishedAt), QVariant::fromValue<qint64>(b.rowsRead),
         QVariant::fromValue<qint64>(b.imported), QVariant::fromValue<qint64>(b.duplicates),
         QVariant::fromValue<qint64>(b.skipped), QVariant::fromValue<qint64>(b.customersCreated),
         QVariant::fromValue<qint64>(b.customersUpdated), QVariant::fromValue<qint64>(b.id)});
}

QList<ImportBatch> ImportStore::history() const
{
    QSqlQuery q =
        sql::run(m_db, QStringLiteral("SELECT %1 FROM import_batch ORDER BY id DESC").arg(kBatchColumns));
    QList<ImportBatch> list;
    while (q.next())
        list.append(readBatch(q));
    return list;
}

std::optional<ImportBatch> ImportStore::batch(std::int64_t batchId) const
{
    QSqlQuery q =
        sql::run(m_db, QStringLiteral("SELECT %1 FROM import_batch WHERE id = ?").arg(kBatchColumns),
                 {QVariant::fromValue<qint64>(batchId)});
    if (!q.next())
        return std::nullopt;
    return readBatch(q);
}

QHash<QString, QList<std::int64_t>> ImportStore::customerIdsBy(const QString& matchField) const
{
    QString expression = QStringLiteral("code");
    if (matchField == QLatin1String("email"))
        expression = QStringLiteral("lower(email)");
    else if (matchField == QLatin1String("phone"))
        expression = QStringLiteral("phone");
    else if (matchField == QLatin1String("name_city"))
        expression = QStringLiteral("name || '|' || COALESCE(city, '')");
    QSqlQuery q =
        sql::run(m_db, QStringLiteral("SELECT id, %1 FROM customer WHERE %1 IS NOT NULL").arg(expression));
    QHash<QString, QList<std::int64_t>> map;
    while (q.next())
        map[q.value(1).toString()].append(q.value(0).toLongLong());
    return map;
}

std::optional<Customer> ImportStore::customer(std::int64_t customerId) const
{
    return CustomerRepository(m_db, m_dialect).findById(customerId);
}

bool ImportStore::deferIndexesWhileEmpty(const QString& table)
{
    // Table names come from the importer's own list, never from the file.
    static const QStringList tables = {QStringLiteral("customer"), QStringLiteral("order_line"),
                                       QStringLiteral("interaction"), QStringLiteral("survey_response")};
    if (!tables.contains(table))
        throw StorageError(StorageError::Kind::Sql, tr("Unknown table %1").arg(table));
    if (sql::scalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table)).toInt() == 1)
        return false;
    QSqlQuery indexes = sql::run(m_db, m_dialect.droppableIndexes(), {table});
    QList<QPair<QString, QString>> found;
    while (indexes.next())
        found.append({indexes.value(0).toString(), indexes.value(1).toString()});
    indexes.finish();
    for (const auto& [name, create] : std::as_const(found)) {
        sql::run(m_db, QStringLiteral("DROP INDEX %1").arg(name));
        m_deferredIndexes.append({name, create});
    }
    return true;
}

void ImportStore::buildDeferredIndexes()
{
    if (m_deferredIndexes.isEmpty())
        return;
    for (const QString& statement : m_dialect.indexBuildSetup())
        sql::run(m_db, statement);
    for (const auto& [name, create] : std::as_const(m_deferredIndexes))
        sql::run(m_db, create);
    m_deferredIndexes.clear();
}

std::int64_t ImportStore::insertCustomer(const Customer& c, std::int64_t batchId, qint64 sourceRow)
{
    BulkStatement& q = bulkStatement(
        InsertCustomer, QStringLiteral("INSERT INTO customer (%1, import_batch_id, source_row) VALUES (%2)")
                                .arg(CustomerInsertColumns::names(),
                                     QStringList(CustomerInsertColumns::kCount + 2, QStringLiteral("?"))
                                         .join(QStringLiteral(", "))) +
                            m_dialect.returningIdClause());
    CustomerInsertColumns::bind(q, c);
    q.bindIdOrNull(CustomerInsertColumns::kCount, batchId);
    q.bindInt64(CustomerInsertColumns::kCount + 1, sourceRow);
    return q.execInsert();
}

void ImportStore::updateCustomer(std::int64_t customerId,
                                 const QList<QPair<QString, QVariant>>& changes,
                                 const QHash<QString, QString>& oldValues,
                                 std::int64_t batchId)
{
    if (changes.isEmpty())
        return;
    static const QStringList allowed = {QStringLiteral("name"),
                                        QStringLiteral("kind"),
                                        QStringLiteral("industry"),
                                        QStringLiteral("region"),
                                        QStringLiteral("city"),
                                        QStringLiteral("owner"),
                                        QStringLiteral("email"),
                                        QStringLiteral("phone"),
                                        QStringLiteral("wechat"),
                                        QStringLiteral("address"),
                                        QStringLiteral("marketing_consent"),
                                        QStringLiteral("contact_limit_per_month"),
                                        QStringLiteral("created_on"),
                                        QStringLiteral("notes")};
    QStringList assignments;
    for (const auto& [column, value] : changes) {
        if (!allowed.contains(column)) // column names are never taken from the file
            throw StorageError(StorageError::Kind::Sql, tr("Unknown customer field %1").arg(column));
        assignments << column + QStringLiteral(" = ?");
    }
    QSqlQuery q = sql::prepare(
        m_db,
        QStringLiteral("UPDATE customer SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", "))));
    for (const auto& change : changes)
        q.addBindValue(change.second);
    q.addBindValue(QVariant::fromValue<qint64>(customerId));
    sql::exec(q);

    QSqlQuery& log =
        statement(LogChange, QStringLiteral("INSERT INTO import_change (batch_id, customer_id, field,"
                                            " old_value, new_value) VALUES (?, ?, ?, ?, ?)"));
    for (const auto& [column, value] : changes) {
        log.addBindValue(QVariant::fromValue<qint64>(batchId));
        log.addBindValue(QVariant::fromValue<qint64>(customerId));
        log.addBindValue(column);
        log.addBindValue(oldValues.contains(column) ? QVariant(oldValues.value(column))
                                                    : QVariant(QMetaType::fromType<QString>()));
        log.addBindValue(value.toString());
        sql::exec(log);
    }
}

BulkStatement& ImportStore::bulkStatement(int slot, const QString& sql)
{
    auto& q = m_bulkStatements[static_cast<size_t>(slot)];
    if (!q)
        q = BulkStatement::prepare(m_db, m_dialect, sql);
    return *q;
}

bool ImportStore::insertOrderLine(const OrderLine& line, std::int64_t batchId, qint64 sourceRow)
{
    BulkStatement& q =
        bulkStatement(InsertOrderLine, kOrderLineInsert + kOrderLineValues + kOrderLineConflict);
    bindOrderLine(q, 0, line, batchId, sourceRow);
    return q.exec() > 0;
}

std::int64_t ImportStore::queueOrderLine(const OrderLine& line, std::int64_t batchId, qint64 sourceRow)
{
    // Other engines keep one row per statement (the multi-row path is measured on SQLite only).
    if (m_dialect.engine() != SqlDialect::Engine::Sqlite)
        return insertOrderLine(line, batchId, sourceRow) ? 0 : 1;
    m_queuedOrderLines.push_back({line, batchId, sourceRow});
    if (m_queuedOrderLines.size() < static_cast<size_t>(kOrderLinesPerInsert))
        return 0;
    QStringList values;
    BulkStatement* q = m_bulkStatements[InsertOrderLines].get();
    if (!q) {
        for (int i = 0; i < kOrderLinesPerInsert; ++i)
            values << kOrderLineValues;
        q = &bulkStatement(InsertOrderLines,
                           kOrderLineInsert + values.join(QLatin1Char(',')) + kOrderLineConflict);
    }
    // The rows are inserted in order, so a key repeated within the statement is skipped as a conflict
    // just as it is between single-row statements: the rows not changed are exactly the duplicates.
    for (int i = 0; i < kOrderLinesPerInsert; ++i) {
        const QueuedOrderLine& queued = m_queuedOrderLines[static_cast<size_t>(i)];
        bindOrderLine(*q, i * kOrderLineColumns, queued.line, queued.batchId, queued.sourceRow);
    }
    m_queuedOrderLines.clear();
    return kOrderLinesPerInsert - q->exec();
}

std::int64_t ImportStore::flushOrderLines()
{
    std::int64_t duplicates = 0;
    for (const QueuedOrderLine& queued : m_queuedOrderLines)
        if (!insertOrderLine(queued.line, queued.batchId, queued.sourceRow))
            ++duplicates;
    m_queuedOrderLines.clear();
    return duplicates;
}

void ImportStore::insertInteraction(const Interaction& i, std::int64_t batchId, qint64 sourceRow)
{
    BulkStatement& q = bulkStatement(
        InsertInteraction,
        QStringLiteral("INSERT INTO interaction (customer_id, occurred_at, channel, type, summary,"
                       " outcome, owner, import_batch_id, source_row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindInt64(0, i.customerId);
    q.bindText(1, BulkWriter::timestampText(i.occurredAt));
    q.bindText(2, i.channel);
    q.bindTextOrNull(3, i.type);
    q.bindTextOrNull(4, i.summary);
    q.bindTextOrNull(5, i.outcome);
    q.bindTextOrNull(6, i.owner);
    q.bindIdOrNull(7, batchId);
    q.bindInt64(8, sourceRow);
    q.exec();
}

void ImportStore::insertSurveyResponse(const SurveyResponse& r, std::int64_t batchId, qint64 sourceRow)
{
    BulkStatement& q = bulkStatement(
        InsertSurvey,
        QStringLiteral("INSERT INTO survey_response (customer_id, answered_at, nps, satisfaction,"
                       " comment, import_batch_id, source_row) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bindInt64(0, r.customerId);
    q.bindText(1, BulkWriter::timestampText(r.answeredAt));
    if (r.nps)
        q.bindInt64(2, *r.nps);
    else
        q.bindNull(2);
    if (r.satisfaction)
        q.bindInt64(3, *r.satisfaction);
    else
        q.bindNull(3);
    q.bindTextOrNull(4, r.comment);
    q.bindIdOrNull(5, batchId);
    q.bindInt64(6, sourceRow);
    q.exec();
}

bool ImportStore::upsertSummary(std::int64_t customerId,
                                const QDate& asOf,
                                int recencyDays,
                                std::int64_t frequencyPerYearMilli,
                                MinorUnits amountPerYear,
                                std::int64_t batchId,
                                qint64 sourceRow)
{
    const QVariant same = sql::scalar(
        m_db,
        QStringLiteral(
            "SELECT 1 FROM customer_summary WHERE customer_id = ? AND as_of = ? AND recency_days = ?"
            " AND frequency_per_year_milli = ? AND amount_per_year_minor = ?"),
        {QVariant::fromValue<qint64>(customerId), asOf.toString(Qt::ISODate), recencyDays,
         QVariant::fromValue<qint64>(frequencyPerYearMilli), QVariant::fromValue<qint64>(amountPerYear)});
    if (same.isValid())
        return false;
    QSqlQuery& q = statement(
        UpsertSummary,
        QStringLiteral(
            "INSERT INTO customer_summary (customer_id, as_of, recency_days, frequency_per_year_milli,"
            " amount_per_year_minor, import_batch_id, source_row) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (customer_id) DO UPDATE SET as_of = excluded.as_of,"
            " recency_days = excluded.recency_days,"
            " frequency_per_year_milli = excluded.frequency_per_year_milli,"
            " amount_per_year_minor = excluded.amount_per_year_minor,"
            " import_batch_id = excluded.import_batch_id, source_row = excluded.source_row"));
    q.addBindValue(QVariant::fromValue<qint64>(customerId));
    q.addBindValue(asOf.toString(Qt::ISODate));
    q.addBindValue(recencyDays);
    q.addBindValue(QVariant::fromValue<qint64>(frequencyPerYearMilli));
    q.addBindValue(QVariant::fromValue<qint64>(amountPerYear));
    q.addBindValue(id(batchId));
    q.addBindValue(QVariant::fromValue<qint64>(sourceRow));
    sql::exec(q);
    return true;
}

ImportStore::RollbackResult ImportStore::rollback(std::int64_t batchId)
{
    const auto info = batch(batchId);
    if (!info)
        throw StorageError(StorageError::Kind::Validation, tr("There is no import number %1.").arg(batchId));
    if (info->rolledBackAt.isValid())
        throw StorageError(
            StorageError::Kind::Validation,
            tr("The import of %1 was already rolled back on %2.")
                .arg(info->fileName, QLocale().toString(info->rolledBackAt, QLocale::ShortFormat)));
    const QVariant batch = QVariant::fromValue<qint64>(batchId);
    RollbackResult result;
    for (const char* table : {"order_line", "interaction", "survey_response", "customer_summary"}) {
        QSqlQuery q = sql::run(
            m_db, QStringLiteral("DELETE FROM %1 WHERE import_batch_id = ?").arg(QLatin1String(table)),
            {batch});
        result.rowsDeleted += q.numRowsAffected();
    }
    // Restore changed fields, newest change first, so a field changed twice gets its first value back.
    QSqlQuery changes = sql::run(m_db,
                                 QStringLiteral("SELECT customer_id, field, old_value FROM import_change"
                                                " WHERE batch_id = ? ORDER BY id DESC"),
                                 {batch});
    QList<std::tuple<qint64, QString, QVariant>> restores;
    while (changes.next())
        restores.append({changes.value(0).toLongLong(), changes.value(1).toString(), changes.value(2)});
    for (const auto& [customerId, field, oldValue] : restores) {
        sql::run(m_db, QStringLiteral("UPDATE customer SET %1 = ? WHERE id = ?").arg(field),
                 {oldValue, QVariant::fromValue<qint64>(customerId)});
        ++result.fieldsRestored;
    }
    // Customers the import created go, unless rows of other imports or hand-made data now hang on them.
    const QString inUse =
        QStringLiteral("EXISTS (SELECT 1 FROM order_line o WHERE o.customer_id = customer.id)"
                       " OR EXISTS (SELECT 1 FROM interaction i WHERE i.customer_id = customer.id)"
                       " OR EXISTS (SELECT 1 FROM survey_response s WHERE s.customer_id = customer.id)"
                       " OR EXISTS (SELECT 1 FROM customer_summary m WHERE m.customer_id = customer.id)");
    result.customersKept =
        sql::scalar(
            m_db,
            QStringLiteral("SELECT COUNT(*) FROM customer WHERE import_batch_id = ? AND (%1)").arg(inUse),
            {batch})
            .toLongLong();
    QSqlQuery deleted = sql::run(
        m_db, QStringLiteral("DELETE FROM customer WHERE import_batch_id = ? AND NOT (%1)").arg(inUse),
        {batch});
    result.customersDeleted = deleted.numRowsAffected();
    sql::run(m_db, QStringLiteral("UPDATE import_batch SET rolled_back_at = ? WHERE id = ?"),
             {QDateTime::currentDateTime().toString(Qt::ISODate), batch});
    return result;
}

void ImportStore::saveProfile(const QString& name,
                              const QString& kind,
                              const QString& headerSignature,
                              const QString& mappingJson,
                              const QString& optionsJson)
{
    sql::run(m_db,
             QStringLiteral("INSERT INTO import_profile (name, kind, header_signature, mapping, options) "
                            "VALUES (?, ?, ?, ?, ?)"
                            " ON CONFLICT (name) DO UPDATE SET kind = excluded.kind,"
                            " header_signature = excluded.header_signature, mapping = excluded.mapping,"
                            " options = excluded.options"),
             {name, kind, headerSignature, mappingJson, sql::textOrNull(optionsJson)});
}

namespace {

ImportStore::Profile readProfile(const QSqlQuery& q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString()};
}

} // namespace

std::optional<ImportStore::Profile> ImportStore::profileByName(const QString& name) const
{
    QSqlQuery q =
        sql::run(m_db,
                 QStringLiteral("SELECT name, kind, header_signature, mapping, options FROM import_profile"
                                " WHERE name = ?"),
                 {name});
    if (!q.next())
        return std::nullopt;
    return readProfile(q);
}

std::optional<ImportStore::Profile> ImportStore::profileForHeader(const QString& headerSignature) const
{
    QSqlQuery q =
        sql::run(m_db,
                 QStringLiteral("SELECT name, kind, header_signature, mapping, options FROM import_profile"
                                " WHERE header_signature = ? ORDER BY id DESC LIMIT 1"),
                 {headerSignature});
    if (!q.next())
        return std::nullopt;
    return readProfile(q);
}

QList<ImportStore::Profile> ImportStore::profiles() const
{
    QSqlQuery q = sql::run(
        m_db, QStringLiteral("SELECT name, kind, header_signature, mapping, options FROM import_profile"
                             " ORDER BY name"));
    QList<Profile> list;
    while (q.next())
        list.append(readProfile(q));
    return list;
}

} // namespace clientele
