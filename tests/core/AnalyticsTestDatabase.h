#pragma once

#include "storage/Database.h"

#include <QDate>
#include <QString>

namespace clientele::test {

// Writes hand-made customers, orders, interactions and surveys into a real database, so the
// analytics tests can state their expected figures next to the data.
class AnalyticsTestDatabase
{
public:
    explicit AnalyticsTestDatabase(Database& db);

    qint64 customer(const QString& code,
                    const QString& name = {},
                    QDate createdOn = QDate(2020, 1, 1),
                    const QString& kind = QStringLiteral("toc"));
    // One order of `lines` equal lines summing to amountMinor; status "completed", "cancelled" or
    // "returned" (cancelled and returned amounts are stored negative, as the importer does).
    void order(qint64 customerId,
               const QString& orderCode,
               QDate date,
               qint64 amountMinor,
               const QString& status = QStringLiteral("completed"),
               int lines = 1);
    void interaction(qint64 customerId, QDate date);
    void survey(qint64 customerId, QDate date, int nps);

private:
    Database& m_db;
};

} // namespace clientele::test
