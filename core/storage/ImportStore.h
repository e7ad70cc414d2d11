#pragma once

#include "model/Customer.h"
#include "model/Interaction.h"
#include "model/OrderLine.h"
#include "model/SurveyResponse.h"
#include "storage/BulkStatement.h"
#include "storage/ImportBatch.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdint>
#include <memory>
#include <optional>

namespace clientele {

// The storage side of imports: the history, provenance of every row written, the change log that
// lets an import be rolled back, and fast statement reuse for bulk rows. The caller owns the
// transaction (an import is one WriteTransaction).
class ImportStore
{
    Q_DECLARE_TR_FUNCTIONS(ImportStore)

public:
    ImportStore(const QSqlDatabase& db, const SqlDialect& dialect);
    ~ImportStore();

    std::int64_t beginBatch(const ImportBatch& batch);
    void finishBatch(const ImportBatch& batch);
    QList<ImportBatch> history() const;
    std::optional<ImportBatch> batch(std::int64_t id) const;

    // Every customer's id by the value of a match field: "code", "email", "phone" or "name_city".
    QHash<QString, QList<std::int64_t>> customerIdsBy(const QString& matchField) const;
    std::optional<Customer> customer(std::int64_t id) const;

    // For a bulk load into an empty table: drops the table's secondary indexes now, for
    // buildDeferredIndexes() to create again once the rows are in. Building an index over all rows at
    // once costs less than keeping it up to date row by row. Both run inside the import's transaction,
    // so a rollback (a cancel, an error, a killed process) brings the indexes back with the rows.
    // Returns whether the table was empty.
    bool deferIndexesWhileEmpty(const QString& table);
    void buildDeferredIndexes();

    std::int64_t insertCustomer(const Customer& customer, std::int64_t batchId, qint64 sourceRow);
    // Writes the changed fields (column name -> new value) and logs their old values for rollback.
    void updateCustomer(std::int64_t customerId,
                        const QList<QPair<QString, QVariant>>& changes,
                        const QHash<QString, QString>& oldValues,
                        std::int64_t batchId);

    // False when an order line with the same order code and line number exists (a duplicate).
    bool insertOrderLine(const OrderLine& line, std::int64_t batchId, qint64 sourceRow);
    // The same for bulk loads: lines are written kOrderLinesPerInsert at a time (one multi-row INSERT
    // costs about what one single-row INSERT does). Returns how many of the lines this call wrote were
    // duplicates (0 while the line only waits). Call flushOrderLines() before anything reads
    // order_line and before the transaction commits; lines still waiting are dropped with the store.
    std::int64_t queueOrderLine(const OrderLine& line, std::int64_t batchId, qint64 sourceRow);
    // Writes the waiting lines; returns how many of them were duplicates.
    std::int64_t flushOrderLines();
    static constexpr int kOrderLinesPerInsert = 64;
    void insertInteraction(const Interaction& interaction, std::int64_t batchId, qint64 sourceRow);
    void insertSurveyResponse(const SurveyResponse& response, std::int64_t batchId, qint64 sourceRow);
    // False when the same summary is already stored for the customer.
    bool upsertSummary(std::int64_t customerId,
                       const QDate& asOf,
                       int recencyDays,
                       std::int64_t frequencyPerYearMilli,
                       MinorUnits amountPerYear,
                       std::int64_t batchId,
                       qint64 sourceRow);

    struct RollbackResult
    {
        std::int64_t rowsDeleted = 0;
        std::int64_t customersDeleted = 0;
        std::int64_t customersKept = 0; // created by the import but used by a later one since
        std::int64_t fieldsRestored = 0;
    };
    // Undoes an import: deletes its rows and the customers it created (unless later data uses them)
    // and restores the customer fields it changed. Throws StorageError if already rolled back.
    RollbackResult rollback(std::int64_t batchId);

    // Mapping profiles, offered again for files with the same header.
    void saveProfile(const QString& name,
                     const QString& kind,
                     const QString& headerSignature,
                     const QString& mappingJson,
                     const QString& optionsJson);
    struct Profile
    {
        QString name;
        QString kind;
        QString headerSignature;
        QString mappingJson;
        QString optionsJson;
    };
    std::optional<Profile> profileByName(const QString& name) const;
    std::optional<Profile> profileForHeader(const QString& headerSignature) const;
    QList<Profile> profiles() const;

private:
    struct QueuedOrderLine
    {
        OrderLine line;
        std::int64_t batchId = 0;
        qint64 sourceRow = 0;
    };

    QSqlQuery& statement(int slot, const QString& sql);
    BulkStatement& bulkStatement(int slot, const QString& sql);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    std::vector<std::unique_ptr<QSqlQuery>> m_statements;         // prepared once, reused for every row
    std::vector<std::unique_ptr<BulkStatement>> m_bulkStatements; // the same, for the rows of the file
    std::vector<QueuedOrderLine> m_queuedOrderLines;
    QList<QPair<QString, QString>> m_deferredIndexes; // name, CREATE statement
};

} // namespace clientele
