#pragma once

#include "model/Customer.h"
#include "model/Interaction.h"
#include "model/OrderLine.h"
#include "model/SurveyResponse.h"
#include "model/Tag.h"
#include "storage/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdint>

namespace clientele {

// Fast inserts for large loads (sample data, imports): every INSERT is prepared once and reused.
// It does not open a transaction: wrap the whole load in one WriteTransaction. While it lives, the
// SQLite page cache is enlarged so index pages stay in memory; the destructor restores it.
class BulkWriter
{
public:
    BulkWriter(const QSqlDatabase& db, const SqlDialect& dialect);
    ~BulkWriter();
    BulkWriter(const BulkWriter&) = delete;
    BulkWriter& operator=(const BulkWriter&) = delete;

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
    QSqlQuery m_customer;
    QSqlQuery m_orderLine;
    QSqlQuery m_interaction;
    QSqlQuery m_survey;
    QSqlQuery m_findTag;
    QSqlQuery m_tag;
    QSqlQuery m_customerTag;
};

} // namespace clientele
