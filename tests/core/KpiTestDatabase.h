#pragma once

#include "storage/Database.h"

#include <QDate>
#include <QMap>
#include <QString>

namespace clientele::test {

// A small hand-made customer base whose KPIs for 2011Q3 (and 2011Q2) are worked out by hand in
// KpiCalculatorTest.cpp: customers A…L with orders, a cancellation, interactions, surveys and tags.
// Returns the customer ids by code.
QMap<QString, qint64> fillKpiTestDatabase(Database& db);

// Stores a snapshot header and one customer row per (code, tier, clv in minor units or -1 for none).
struct SnapshotRow
{
    QString code;
    QString tier;
    qint64 clvMinor = -1;
};
void writeTestSnapshot(Database& db,
                       const QMap<QString, qint64>& ids,
                       const QString& period,
                       QDate asOf,
                       const QList<SnapshotRow>& rows);

// The snapshots of 2011Q3 and 2011Q2 (tiers and CLV of A…L) that the by-tier KPIs and the goals
// measured in KpiCalculatorTest.cpp and GoalMeasurerTest.cpp are worked out from.
void writeKpiTestSnapshots(Database& db, const QMap<QString, qint64>& ids);

} // namespace clientele::test
