// Scoring schemes and tier models stored in a real database file.
#include "storage/AnalyticsRuleStore.h"

#include "TestSupport.h"
#include "analytics/AnalyticsRuleError.h"
#include "analytics/TierModelChecker.h"
#include "storage/SqlSupport.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

qint64 rows(const Database& db, const char* table)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
        .toLongLong();
}

QStringList codes(const QList<AnalyticsRuleStore::Entry>& entries)
{
    QStringList c;
    for (const auto& e : entries)
        c << e.code;
    return c;
}

} // namespace

TEST(AnalyticsRuleStore, ReadingANewDatabaseGivesTheBuiltInsWithoutWriting)
{
    test::TempWorkspace ws;
    auto db = ws.openDatabase();
    AnalyticsRuleStore store(db->connection(), db->dialect());
    EXPECT_EQ(codes(store.schemes()), QStringList({"quintile", "tob", "toc"}));
    EXPECT_EQ(codes(store.tierModels()), QStringList({"seed4", "rfm11", "tob4"}));
    EXPECT_EQ(store.scheme(QStringLiteral("tob"))->toJson(),
              ScoringScheme::builtIn(QStringLiteral("tob"))->toJson());
    EXPECT_EQ(store.tierModel(QStringLiteral("rfm11"))->toJson(),
              TierModel::builtIn(QStringLiteral("rfm11"))->toJson());
    EXPECT_FALSE(store.scheme(QStringLiteral("nope")).has_value());
    EXPECT_FALSE(store.tierModel(QStringLiteral("nope")).has_value());
    EXPECT_EQ(rows(*db, "scoring_scheme"), 0);
    EXPECT_EQ(rows(*db, "tier_model"), 0);

    store.ensureBuiltIns();
    store.ensureBuiltIns();
    EXPECT_EQ(rows(*db, "scoring_scheme"), 3);
    EXPECT_EQ(rows(*db, "tier_model"), 3);
    EXPECT_EQ(
        sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM tier_model WHERE built_in = 1"))
            .toInt(),
        3);
    EXPECT_EQ(sql::scalar(db->connection(), QStringLiteral("SELECT kind FROM tier_model WHERE code = 'tob4'"))
                  .toString(),
              QStringLiteral("tob"));
}

TEST(AnalyticsRuleStore, EditsAreKeptAcrossReopeningAndResetPutsTheShippedDefinitionsBack)
{
    test::TempWorkspace ws;
    {
        auto db = ws.openDatabase();
        AnalyticsRuleStore store(db->connection(), db->dialect());
        ScoringScheme tob = *ScoringScheme::builtIn(QStringLiteral("tob"));
        tob.recencyDays = {20, 40, 80, 160};
        store.saveScheme(tob);

        ScoringScheme mine;
        mine.code = QStringLiteral("retail");
        mine.name = QStringLiteral("Our shops");
        mine.method = ScoringScheme::Method::Thresholds;
        mine.recencyDays = {7, 14, 30, 60};
        mine.ordersPerYear = {1, 2, 4, 8};
        mine.amountPerYearMinor = {10'000, 20'000, 40'000, 80'000};
        store.saveScheme(mine);

        // A user-made map: seed4 with high-value renamed and narrowed to R 5 (R 4 cells go to potential).
        QJsonObject json = TierModel::builtIn(QStringLiteral("seed4"))->toJson();
        json.insert(QStringLiteral("code"), QStringLiteral("strict4"));
        json.insert(QStringLiteral("name"), QStringLiteral("Strict four"));
        QJsonArray segments = json.value(QStringLiteral("segments")).toArray();
        QJsonObject high = segments[0].toObject();
        high.insert(QStringLiteral("rules"),
                    QJsonArray{QJsonObject{{QStringLiteral("r"), 5},
                                           {QStringLiteral("f"), QJsonArray{4, 5}},
                                           {QStringLiteral("m"), QJsonArray{4, 5}}}});
        segments[0] = high;
        QJsonObject potential = segments[1].toObject();
        QJsonArray rules = potential.value(QStringLiteral("rules")).toArray();
        rules.append(QJsonObject{{QStringLiteral("r"), 4},
                                 {QStringLiteral("f"), QJsonArray{4, 5}},
                                 {QStringLiteral("m"), QJsonArray{4, 5}}});
        potential.insert(QStringLiteral("rules"), rules);
        segments[1] = potential;
        json.insert(QStringLiteral("segments"), segments);
        store.saveTierModel(TierModel::fromJson(json));
    }
    auto db = ws.openDatabase();
    AnalyticsRuleStore store(db->connection(), db->dialect());
    EXPECT_EQ(store.scheme(QStringLiteral("tob"))->recencyDays, (std::array<int, 4>{20, 40, 80, 160}));
    EXPECT_EQ(store.scheme(QStringLiteral("retail"))->amountPerYearMinor,
              (std::array<qint64, 4>{10'000, 20'000, 40'000, 80'000}));
    EXPECT_EQ(codes(store.schemes()), QStringList({"quintile", "tob", "toc", "retail"}));
    const TierModel strict = *store.tierModel(QStringLiteral("strict4"));
    EXPECT_EQ(strict.assign(CustomerFigures{}, RfmScore{4, 5, 5}, {}).segment, QStringLiteral("potential"));
    EXPECT_EQ(strict.assign(CustomerFigures{}, RfmScore{5, 5, 5}, {}).segment, QStringLiteral("high_value"));
    EXPECT_EQ(sql::scalar(db->connection(),
                          QStringLiteral("SELECT built_in FROM scoring_scheme WHERE code = 'tob'"))
                  .toInt(),
              1)
        << "an edited built-in stays a built-in";

    store.resetBuiltIns();
    EXPECT_EQ(store.scheme(QStringLiteral("tob"))->recencyDays, (std::array<int, 4>{30, 60, 120, 240}));
    EXPECT_TRUE(store.scheme(QStringLiteral("retail")).has_value()) << "reset leaves the user's own schemes";
}

TEST(AnalyticsRuleStore, RefusesAMapWithGapsOrOverlapsAndBuiltInRemoval)
{
    test::TempWorkspace ws;
    auto db = ws.openDatabase();
    AnalyticsRuleStore store(db->connection(), db->dialect());
    QJsonObject json = TierModel::builtIn(QStringLiteral("seed4"))->toJson();
    json.insert(QStringLiteral("code"), QStringLiteral("holed"));
    QJsonArray segments = json.value(QStringLiteral("segments")).toArray();
    segments.removeAt(0);
    json.insert(QStringLiteral("segments"), segments);
    try {
        store.saveTierModel(TierModel::fromJson(json));
        FAIL() << "a map with a gap must not be saved";
    } catch (const AnalyticsRuleError& e) {
        EXPECT_TRUE(e.message().startsWith(QStringLiteral("The tier model “holed” was not saved: ")))
            << e.what();
        EXPECT_TRUE(e.message().contains(QStringLiteral("R 4 · F 4 · M 4"))) << e.what();
    }
    EXPECT_FALSE(store.tierModel(QStringLiteral("holed")).has_value());

    EXPECT_THROW(store.removeScheme(QStringLiteral("quintile")), AnalyticsRuleError);
    EXPECT_THROW(store.removeTierModel(QStringLiteral("rfm11")), AnalyticsRuleError);
    EXPECT_THROW(store.removeTierModel(QStringLiteral("nope")), AnalyticsRuleError);

    ScoringScheme bad = *ScoringScheme::builtIn(QStringLiteral("toc"));
    bad.code = QStringLiteral("bad");
    bad.ordersPerYear = {4, 2, 6, 12};
    EXPECT_THROW(store.saveScheme(bad), AnalyticsRuleError);
    EXPECT_FALSE(store.scheme(QStringLiteral("bad")).has_value());

    ScoringScheme ok = *ScoringScheme::builtIn(QStringLiteral("toc"));
    ok.code = QStringLiteral("ok");
    store.saveScheme(ok);
    store.removeScheme(QStringLiteral("ok"));
    EXPECT_FALSE(store.scheme(QStringLiteral("ok")).has_value());
}

TEST(AnalyticsRuleStore, ADamagedStoredDefinitionIsReportedByCode)
{
    test::TempWorkspace ws;
    auto db = ws.openDatabase();
    AnalyticsRuleStore store(db->connection(), db->dialect());
    store.ensureBuiltIns();
    sql::run(db->connection(),
             QStringLiteral("UPDATE tier_model SET definition = '{not json' WHERE code = 'rfm11'"));
    try {
        store.tierModel(QStringLiteral("rfm11"));
        FAIL() << "a damaged definition must be reported";
    } catch (const AnalyticsRuleError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("“rfm11”"))) << e.what();
        EXPECT_TRUE(e.message().contains(QStringLiteral("tier_model"))) << e.what();
    }
}
