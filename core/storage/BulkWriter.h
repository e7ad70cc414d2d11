#pragma once

#include "model/Customer.h"
#include "model/Interaction.h"
#include "model/OrderLine.h"
#include "model/SurveyResponse.h"
#include "model/Tag.h"
#include "storage/BulkStatement.h"
#include "storage/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdint>
#include <memory>

namespace clientele {

// Fast inserts for large loads (sample data): every INSERT is prepared once as a BulkStatement (SQLite's
// C API on SQLite) and run once per row with typed values. It does not open a transaction: wrap the
// whole load in one WriteTransaction. While it lives, the page cache is enlarged
// (SqlDialect::bulkWriteSetup()) so index pages stay in memory; the destructor restores it.
class BulkWriter
{
public:
    BulkWriter(const QSqlDatabase& db, const SqlDialect& dialect);
    ~BulkWriter();
    BulkWriter(const BulkWriter&) = delete;
    BulkWriter& operator=(const BulkWriter&) = delete;

    // "yyyy-MM-ddTHH:mm:ss" for a wall-clock time (model/WallClock.h) or a local one, without the
    // time-zone lookups toString() costs a local time; other specs keep their offset in ISO text.
    static QString timestampText(const QDateTime& when);

    // Returns the new customer's id.
    std::int64_t insertCustomer(const Customer& customer);
    // customerId 0 is stored as NULL (a row without a customer).
    void insertOrderLine(const OrderLine& line);
    void insertInteraction(const Interaction& interaction);
    void insertSurveyResponse(const SurveyResponse& response);
    // Returns the tag's id, creating the tag when it is new.
    std::int64_t ensureTag(const QString& name, TagKind kind);
    void assignTag(std::int64_t customerId, std::int64_t tagId);

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
    QVariant m_previousCacheSize;
    std::unique_ptr<BulkStatement> m_customer;
    QSqlQuery m_findTag;
    QSqlQuery m_tag;
    std::unique_ptr<BulkStatement> m_orderLine;
    std::unique_ptr<BulkStatement> m_interaction;
    std::unique_ptr<BulkStatement> m_survey;
    std::unique_ptr<BulkStatement> m_customerTag;
};

} // namespace clientele
