#include "analysis/AnalysisService.h"

#include "TestSupport.h"
#include "analytics/AnalysisPeriod.h"
#include "generator/SampleDatabaseWriter.h"
#include "storage/Database.h"
#include "storage/SnapshotStore.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>
#include <map>

using namespace clientele;

namespace {

constexpr int kWaitMs = 120000;

class AnalysisServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        writeSampleDatabase(db->connection(), db->dialect(), SampleSpec{240, 2400, 11, true});
    }

    // The engine run directly on the test's connection, with the service's options.
    AnalyticsEngine::Result engineResult(const AnalyticsEngine::Options& options) const
    {
        return AnalyticsEngine(db->connection(), db->dialect()).run(options);
    }

    static std::map<QString, int> tierCounts(const AnalyticsEngine::Result& result)
    {
        std::map<QString, int> counts;
        for (const CustomerAnalysis& c : result.customers)
            ++counts[c.tier.segment];
        return counts;
    }

    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
};

} // namespace

TEST_F(AnalysisServiceTest, RunsInTheBackgroundKeepsTheResultAndStoresTheCurrentSnapshot)
{
    AnalysisService service;
    QSignalSpy finished(&service, &AnalysisService::finished);
    QSignalSpy progress(&service, &AnalysisService::progress);
    service.setDatabase(db.get());
    EXPECT_TRUE(service.isRunning());
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_FALSE(service.isRunning());
    ASSERT_TRUE(service.result());
    ASSERT_TRUE(service.overview());

    const AnalyticsEngine::Result expected = engineResult(service.engineOptions());
    ASSERT_EQ(service.result()->customers.size(), expected.customers.size());
    EXPECT_EQ(service.result()->asOf, expected.asOf);
    EXPECT_EQ(tierCounts(*service.result()), tierCounts(expected));
    for (const auto& [tier, count] : tierCounts(expected))
        EXPECT_EQ(service.overview()->tierCount(tier), count) << tier.toStdString();

    // Progress climbs to the end.
    ASSERT_GE(progress.count(), 2);
    int last = -1;
    for (const QList<QVariant>& args : progress) {
        EXPECT_GE(args.at(0).toInt(), last);
        last = args.at(0).toInt();
    }
    EXPECT_EQ(last, 1000);

    // The snapshot the customer list joins holds every customer with the engine's tier.
    const SnapshotStore store(db->connection(), db->dialect());
    const auto info = store.info(QString::fromLatin1(SnapshotStore::kCurrentPeriod));
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->asOf, expected.asOf);
    EXPECT_EQ(info->customers, static_cast<qint64>(expected.customers.size()));
    std::map<qint64, QString> tiers;
    for (const CustomerAnalysis& c : expected.customers)
        tiers[c.figures.customerId] = c.tier.segment;
    const auto rows = store.read(QString::fromLatin1(SnapshotStore::kCurrentPeriod));
    ASSERT_EQ(rows.size(), expected.customers.size());
    for (const CustomerSnapshot& row : rows)
        EXPECT_EQ(row.tier, tiers[row.customerId]);
}

TEST_F(AnalysisServiceTest, CancelKeepsThePreviousResult)
{
    AnalysisService service;
    QSignalSpy finished(&service, &AnalysisService::finished);
    QSignalSpy cancelled(&service, &AnalysisService::cancelled);
    service.setDatabase(db.get());
    service.cancel(); // before the worker gets past reading
    ASSERT_TRUE(cancelled.wait(kWaitMs));
    EXPECT_EQ(finished.count(), 0);
    EXPECT_FALSE(service.result());
    EXPECT_FALSE(SnapshotStore(db->connection(), db->dialect()).info(QStringLiteral("current")).has_value());

    service.recompute();
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_TRUE(service.result());
}

TEST_F(AnalysisServiceTest, ARecomputeDuringARunStartsOverOnce)
{
    AnalysisService service;
    QSignalSpy started(&service, &AnalysisService::started);
    QSignalSpy finished(&service, &AnalysisService::finished);
    service.setDatabase(db.get());
    service.recompute();
    service.recompute();
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_EQ(started.count(), 2); // the first run cancelled, one more
    EXPECT_FALSE(service.isRunning());
    QTest::qWait(50);
    EXPECT_EQ(finished.count(), 1);
}

TEST_F(AnalysisServiceTest, KpisOfAPeriodAreTheCalculatorsAndComeFromAWorker)
{
    AnalysisService service;
    QSignalSpy finished(&service, &AnalysisService::finished);
    service.setDatabase(db.get());
    ASSERT_TRUE(finished.wait(kWaitMs));
    const QString period =
        AnalysisPeriod::containing(service.result()->asOf, AnalysisPeriod::Kind::Quarter).code();

    QSignalSpy ready(&service, &AnalysisService::kpisReady);
    service.requestKpis(period);
    ASSERT_TRUE(ready.wait(kWaitMs));
    const auto report = ready.takeFirst().at(0).value<KpiReport>();
    KpiCalculator::Options options;
    const KpiReport expected =
        KpiCalculator(db->connection(), db->dialect()).calculate(*AnalysisPeriod::parse(period), options);
    EXPECT_EQ(report.period, period);
    EXPECT_EQ(report.previousPeriod, expected.previousPeriod);
    ASSERT_EQ(report.rows.size(), expected.rows.size());
    for (std::size_t i = 0; i < report.rows.size(); ++i) {
        EXPECT_EQ(report.rows[i].code, expected.rows[i].code);
        EXPECT_EQ(report.rows[i].value, expected.rows[i].value) << report.rows[i].code.toStdString();
        EXPECT_EQ(report.rows[i].change, expected.rows[i].change) << report.rows[i].code.toStdString();
    }

    QSignalSpy failed(&service, &AnalysisService::requestFailed);
    service.requestKpis(QStringLiteral("2011Q9"));
    ASSERT_TRUE(failed.wait(kWaitMs));
    EXPECT_FALSE(failed.takeFirst().at(0).toString().isEmpty());
}

TEST_F(AnalysisServiceTest, MigrationNamesMissingSnapshotsThenCreatesThem)
{
    AnalysisService service;
    QSignalSpy finished(&service, &AnalysisService::finished);
    service.setDatabase(db.get());
    ASSERT_TRUE(finished.wait(kWaitMs));
    const AnalysisPeriod to =
        AnalysisPeriod::containing(service.result()->asOf, AnalysisPeriod::Kind::Quarter);
    const AnalysisPeriod from = to.previous();

    QSignalSpy ready(&service, &AnalysisService::migrationReady);
    service.requestMigration(from.code(), to.code(), false);
    ASSERT_TRUE(ready.wait(kWaitMs));
    TierMigration migration = ready.takeFirst().at(0).value<TierMigration>();
    EXPECT_EQ(migration.missingPeriods, QStringList({from.code(), to.code()}));
    EXPECT_TRUE(migration.isEmpty());

    service.requestMigration(from.code(), to.code(), true);
    ASSERT_TRUE(ready.wait(kWaitMs));
    migration = ready.takeFirst().at(0).value<TierMigration>();
    EXPECT_TRUE(migration.missingPeriods.isEmpty());
    const SnapshotStore store(db->connection(), db->dialect());
    ASSERT_TRUE(store.info(from.code()));
    ASSERT_TRUE(store.info(to.code()));
    EXPECT_EQ(store.info(to.code())->asOf, to.end());

    // Every customer of the later snapshot is counted once, in the row of their earlier tier.
    const auto before = store.read(from.code());
    const auto after = store.read(to.code());
    std::map<qint64, const CustomerSnapshot*> earlier;
    for (const CustomerSnapshot& row : before)
        earlier[row.customerId] = &row;
    std::map<std::pair<QString, QString>, int> expected;
    for (const CustomerSnapshot& row : after) {
        const auto it = earlier.find(row.customerId);
        ++expected[{it == earlier.end() ? QString() : it->second->tier, row.tier}];
    }
    int total = 0;
    for (const auto& [pair, count] : expected) {
        EXPECT_EQ(migration.cell(pair.first, pair.second).customers, count)
            << pair.first.toStdString() << " → " << pair.second.toStdString();
        total += count;
    }
    EXPECT_EQ(total, static_cast<int>(after.size()));
}

TEST_F(AnalysisServiceTest, AnotherDatabaseDropsTheRunningWork)
{
    AnalysisService service;
    QSignalSpy finished(&service, &AnalysisService::finished);
    service.setDatabase(db.get());
    service.setDatabase(nullptr);
    EXPECT_FALSE(service.isRunning());
    EXPECT_FALSE(service.hasDatabase());
    QTest::qWait(3000); // the dropped worker ends on its own; its result must not arrive
    EXPECT_EQ(finished.count(), 0);
    EXPECT_FALSE(service.result());
}
