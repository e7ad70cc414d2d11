#pragma once

#include "storage/Database.h"
#include "storage/SnapshotStore.h"

#include <QDate>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace clientele::test {

// Hand-made customers, orders, interactions, surveys and snapshots for the planning-insight tests,
// written through the real repositories into a real SQLite file.
class PlanningTestDatabase
{
public:
    explicit PlanningTestDatabase(Database& db);

    struct CustomerSpec
    {
        QDate createdOn = QDate(2010, 1, 1);
        QString owner;
        bool marketingConsent = true;
        int contactLimitPerMonth = 0;
    };
    qint64 customer(const QString& code, const CustomerSpec& spec);
    qint64 customer(const QString& code) { return customer(code, CustomerSpec{}); }
    // One completed order (one line) of the customer on that day.
    void order(const QString& code, QDate day, qint64 amountMinor);
    void interaction(const QString& code, QDate day, const QString& owner = {});
    void survey(const QString& code, QDate day, int nps);

    // A snapshot row: tier, risk level and the figures the control matching uses.
    struct SnapshotRow
    {
        QString code;
        QString tier;
        QString riskLevel = QStringLiteral("low");
        int r = 3, f = 3, m = 3;
        int recencyDays = 30;
        double frequencyPerYear = 2.0;
        qint64 monetaryPerYearMinor = 10000;
        QString stage = QStringLiteral("active");
    };
    void snapshot(const QString& period,
                  QDate asOf,
                  const QList<SnapshotRow>& rows,
                  const QString& tierModel = QStringLiteral("seed4"));

    // A plan and an execution item written straight into the planning tables.
    qint64 plan(const QString& tierModel = QStringLiteral("seed4"));
    qint64 item(qint64 planId, QDate start, QDate end, const QString& status = QStringLiteral("done"));
    void itemCustomer(qint64 itemId, const QString& code, const QString& role = QStringLiteral("target"));

    qint64 id(const QString& code) const { return m_ids.value(code); }
    const QMap<QString, qint64>& ids() const { return m_ids; }

private:
    Database& m_db;
    QMap<QString, qint64> m_ids;
    int m_orders = 0;
};

} // namespace clientele::test
