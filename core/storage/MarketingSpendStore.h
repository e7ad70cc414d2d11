#pragma once

#include "model/Money.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace clientele {

// Marketing spend entered by hand for a period (the CAC needs it).
struct MarketingSpend
{
    QString period; // an AnalysisPeriod code: "2011Q3", "2011-07", "2011"
    MinorUnits amount = 0;
    QString currency = QStringLiteral("CNY"); // empty is stored as CNY
    QString note;
};

// Reads and writes the marketing_spend table; one amount per period code.
class MarketingSpendStore
{
    Q_DECLARE_TR_FUNCTIONS(MarketingSpendStore)

public:
    MarketingSpendStore(const QSqlDatabase& db, const SqlDialect& dialect);

    std::optional<MarketingSpend> find(const QString& period) const;
    std::vector<MarketingSpend> all() const; // by period code
    // Enters or replaces the spend of spend.period. Throws StorageError (Validation) on a negative
    // amount or an empty period.
    void save(const MarketingSpend& spend);
    // True when there was a spend to remove.
    bool remove(const QString& period);

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace clientele
