// Tier models: the seed example end to end from figures to tiers, the eleven-segment map's cells,
// the ToB tiers, customers who never bought, JSON as the stored form, and one tier per customer.
#include "analytics/TierModel.h"

#include "TestSupport.h"
#include "analytics/AnalyticsRuleError.h"
#include "analytics/RfmScorer.h"
#include "analytics/TierNames.h"
#include "import/Importer.h"
#include "storage/SqlSupport.h"

#include <QFile>
#include <QJsonArray>

#include <gtest/gtest.h>
#include <random>

using namespace clientele;

namespace {

CustomerFigures summaryRow(const char* code, int recencyDays, double ordersPerYear, qint64 amountPerYearYuan)
{
    CustomerFigures c;
    c.code = QString::fromLatin1(code);
    c.recencyDays = recencyDays;
    c.ordersPerYear = ordersPerYear;
    c.amountPerYearMinor = amountPerYearYuan * 100;
    c.fromSummaryRow = true;
    return c;
}

TierModel model(const char* code)
{
    const auto m = TierModel::builtIn(QString::fromLatin1(code));
    EXPECT_TRUE(m.has_value()) << code;
    return *m;
}

QString segmentAt(const TierModel& m, int r, int f, int mScore)
{
    return m.assign(CustomerFigures{}, RfmScore{r, f, mScore}, {}).segment;
}

// A ToB customer with the four inputs of seed 000's tiers.
CustomerFigures
tobCustomer(qint64 netAmountMinor, double years, std::optional<int> fit, std::optional<int> risk)
{
    CustomerFigures c;
    c.kind = QStringLiteral("tob");
    c.orders = netAmountMinor > 0 ? 3 : 0;
    c.netAmountMinor = netAmountMinor;
    c.tenureDays = years * 365.25;
    c.industryFit = fit;
    c.renewalRisk = risk;
    return c;
}

} // namespace

TEST(TierModel, SeedExampleGivesHighValueChurnRiskAndPotential)
{
    const CustomerFiguresList seed = {summaryRow("C001", 15, 12, 150'000), summaryRow("C002", 90, 3, 20'000),
                                      summaryRow("C003", 45, 6, 60'000)};
    const std::vector<RfmScoring> scored =
        RfmScorer::score(*ScoringScheme::builtIn(QStringLiteral("tob")), seed);
    const TierModel seed4 = model("seed4");
    const char* expected[] = {"high_value", "churn_risk", "potential"};
    for (size_t i = 0; i < seed.size(); ++i) {
        const TierAssignment tier = seed4.assign(seed[i], scored[i].score, {});
        EXPECT_EQ(tier.segment, QString::fromLatin1(expected[i])) << i;
        ASSERT_EQ(tier.reasons.size(), 1);
    }
    EXPECT_EQ(seed4.assign(seed[1], scored[1].score, {}).reasons.front(),
              QStringLiteral(
                  "Cell R 3 · F 2 · M 1 of the map “Four tiers (seed 001)” belongs to Churn-risk (rule 1 "
                  "of Churn-risk: R 3, F 2–5, M any)."));
}

// Seed 001's template 1 as a user would bring it: a Chinese CSV imported as summary rows. The
// stored rows (frequency in thousandths, amount in fen) are turned into figures the way a summary
// row gives them, then scored with `tob` and tiered with `seed4`.
TEST(TierModel, SeedTemplateImportedAsSummaryRowsGivesTheSeedsTiers)
{
    test::TempWorkspace ws;
    auto db = ws.openDatabase();
    const QString path = ws.path(QStringLiteral("template1.csv"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("ID,客户名称,最近消费时间(天),消费频率(次/年),消费金额(元/年)\n"
                               "C001,A公司,15,12,\"150,000\"\nC002,B公司,90,3,\"20,000\"\n"
                               "C003,C公司,45,6,\"60,000\"\n")
                    .toUtf8());
    }
    ImportOptions options;
    options.kind = ImportKind::Summary;
    options.summaryAsOf = QDate(2024, 3, 31);
    options.backupRoot = ws.backupRoot();
    ASSERT_TRUE(Importer::run(db->connection(), db->dialect(), path, options).committed);

    CustomerFiguresList figures;
    QSqlQuery q = sql::run(db->connection(),
                           QStringLiteral("SELECT c.code, s.recency_days, s.frequency_per_year_milli,"
                                          " s.amount_per_year_minor FROM customer_summary s"
                                          " JOIN customer c ON c.id = s.customer_id ORDER BY c.code"));
    while (q.next()) {
        CustomerFigures c;
        c.code = q.value(0).toString();
        c.recencyDays = q.value(1).toInt();
        c.ordersPerYear = q.value(2).toLongLong() / 1000.0;
        c.amountPerYearMinor = q.value(3).toLongLong();
        c.fromSummaryRow = true;
        figures.push_back(c);
    }
    ASSERT_EQ(figures.size(), 3u);
    const std::vector<RfmScoring> scored =
        RfmScorer::score(*ScoringScheme::builtIn(QStringLiteral("tob")), figures);
    const TierModel seed4 = model("seed4");
    EXPECT_EQ(scored[0].score.code() + QLatin1Char(' ') +
                  seed4.assign(figures[0], scored[0].score, {}).segment,
              QStringLiteral("555 high_value"));
    EXPECT_EQ(scored[1].score.code() + QLatin1Char(' ') +
                  seed4.assign(figures[1], scored[1].score, {}).segment,
              QStringLiteral("321 churn_risk"));
    EXPECT_EQ(scored[2].score.code() + QLatin1Char(' ') +
                  seed4.assign(figures[2], scored[2].score, {}).segment,
              QStringLiteral("433 potential"));
}

TEST(TierModel, SeedFourTiersReadRowByRowOfRecency)
{
    const TierModel m = model("seed4");
    EXPECT_EQ(segmentAt(m, 5, 5, 5), QStringLiteral("high_value"));
    EXPECT_EQ(segmentAt(m, 4, 4, 4), QStringLiteral("high_value"));
    EXPECT_EQ(segmentAt(m, 5, 5, 3), QStringLiteral("potential"));
    EXPECT_EQ(segmentAt(m, 4, 1, 3), QStringLiteral("potential"));
    EXPECT_EQ(segmentAt(m, 5, 2, 2), QStringLiteral("low_value"));
    EXPECT_EQ(segmentAt(m, 3, 5, 5), QStringLiteral("churn_risk")); // a top customer going quiet
    EXPECT_EQ(segmentAt(m, 3, 1, 2), QStringLiteral("churn_risk"));
    EXPECT_EQ(segmentAt(m, 3, 1, 1), QStringLiteral("low_value"));
    EXPECT_EQ(segmentAt(m, 1, 3, 1), QStringLiteral("churn_risk"));
    EXPECT_EQ(segmentAt(m, 2, 2, 2), QStringLiteral("low_value"));
    EXPECT_EQ(segmentAt(m, 1, 1, 1), QStringLiteral("low_value"));
}

TEST(TierModel, ElevenSegmentMapReachesEverySegmentAtTheDocumentedCells)
{
    const TierModel m = model("rfm11");
    const struct
    {
        int r, f, m;
        const char* segment;
    } cells[] = {
        {5, 5, 5, "champions"},
        {4, 4, 4, "champions"},
        {5, 5, 1, "loyal"},
        {3, 4, 1, "loyal"},
        {5, 2, 3, "potential_loyalist"},
        {4, 3, 5, "potential_loyalist"},
        {5, 1, 5, "new_customers"},
        {4, 1, 1, "promising"},
        {3, 3, 3, "need_attention"},
        {3, 2, 5, "about_to_sleep"},
        {2, 3, 5, "at_risk"},
        {1, 5, 3, "at_risk"},
        {1, 5, 5, "cant_lose"},
        {2, 4, 4, "cant_lose"},
        {2, 1, 5, "hibernating"},
        {1, 2, 5, "lost"},
        {1, 1, 1, "lost"},
    };
    QStringList seen;
    for (const auto& c : cells) {
        EXPECT_EQ(segmentAt(m, c.r, c.f, c.m), QString::fromLatin1(c.segment)) << c.r << c.f << c.m;
        seen << QString::fromLatin1(c.segment);
    }
    seen.removeDuplicates();
    EXPECT_EQ(seen.size(), 11);
    EXPECT_EQ(static_cast<int>(m.segments().size()), 11);
}

TEST(TierModel, EveryCellOfTheBuiltInMapsHasExactlyOneSegment)
{
    for (const TierModel& m : TierModel::builtIns()) {
        std::vector<int> cellsPerSegment(m.segments().size(), 0);
        for (int cell = 0; cell < m.cellCount(); ++cell) {
            ASSERT_EQ(m.segmentsCovering(cell).size(), 1u) << m.code().toStdString() << " cell " << cell;
            ASSERT_GE(m.segmentOfCell(cell), 0);
            ++cellsPerSegment[static_cast<size_t>(m.segmentOfCell(cell))];
        }
        for (size_t s = 0; s < cellsPerSegment.size(); ++s)
            EXPECT_GT(cellsPerSegment[s], 0)
                << m.code().toStdString() << " " << m.segments()[s].code.toStdString();
    }
    EXPECT_EQ(model("seed4").cellCount(), 125);
    EXPECT_EQ(model("tob4").cellCount(), 81);
}

TEST(TierModel, CustomersWhoNeverBoughtGetTheModelsDocumentedSegment)
{
    const CustomerFigures prospect;
    EXPECT_EQ(model("seed4").assign(prospect, {}, {}).segment, QStringLiteral("low_value"));
    EXPECT_EQ(model("rfm11").assign(prospect, {}, {}).segment, QStringLiteral("lost"));
    EXPECT_EQ(
        model("seed4").assign(prospect, {}, {}).reasons,
        QStringList{QStringLiteral("No purchase up to the analysis date: the map “Four tiers (seed 001)” "
                                   "puts customers who never bought in Low-value.")});
    // ToB: a prospect has no revenue and no relationship yet, so the grid makes it potential — or
    // risk once someone rates its renewal risk high.
    const TierContext context{100'000'000};
    EXPECT_EQ(model("tob4").assign(tobCustomer(0, 0, std::nullopt, std::nullopt), {}, context).segment,
              QStringLiteral("potential"));
    EXPECT_EQ(model("tob4").assign(tobCustomer(0, 0, 5, 5), {}, context).segment, QStringLiteral("risk"));
}

TEST(TierModel, ToBTiersFollowRevenueShareRelationshipFitAndRenewalRisk)
{
    const TierModel m = model("tob4");
    const TierContext context{100'000'000}; // the base's net amount: ¥1,000,000
    auto tier = [&](qint64 net, double years, std::optional<int> fit, std::optional<int> risk) {
        return m.assign(tobCustomer(net, years, fit, risk), {}, context).segment;
    };
    EXPECT_EQ(tier(10'000'000, 4, 5, 1), QStringLiteral("strategic")); // 10% share, 4 years
    EXPECT_EQ(tier(5'000'000, 1, 3, 2), QStringLiteral("strategic"));  // boundaries count upwards
    EXPECT_EQ(tier(10'000'000, 0.5, 5, 1), QStringLiteral("core"));    // high share, new relationship
    EXPECT_EQ(tier(10'000'000, 4, 1, 1), QStringLiteral("core"));      // high share, poor fit
    EXPECT_EQ(tier(2'000'000, 2, 5, 1), QStringLiteral("core"));       // 2% share held two years
    EXPECT_EQ(tier(2'000'000, 0.5, 5, 1), QStringLiteral("potential"));
    EXPECT_EQ(tier(500'000, 10, 5, 1), QStringLiteral("potential")); // 0.5% share
    EXPECT_EQ(tier(10'000'000, 4, 5, 4), QStringLiteral("risk"));    // renewal risk 4 decides alone
    EXPECT_EQ(tier(10'000'000, 4, std::nullopt, std::nullopt), QStringLiteral("strategic"));

    const TierAssignment a = m.assign(tobCustomer(10'000'000, 4, std::nullopt, 2), {}, context);
    EXPECT_EQ(
        a.reasons,
        QStringList({QStringLiteral("Revenue share 10% of the base's net amount: revenue share 3 of 3 (at "
                                    "least 5%)"),
                     QStringLiteral("Relationship of 4 years since the first purchase: relationship 3 of 3 "
                                    "(at least 3)"),
                     QStringLiteral("Industry fit not rated, counted as 3: industry fit 2 of 3 (at least 3, "
                                    "below 4)"),
                     QStringLiteral("Renewal risk rated 2: renewal risk 1 of 3 (below 3)"),
                     QStringLiteral("Cell revenue share 3 · relationship 3 · industry fit 2 · renewal risk 1 "
                                    "of the map “ToB tiers (seed 000)” belongs to Strategic (rule 1 of "
                                    "Strategic: revenue share 3, relationship 2–3, industry fit 2–3, "
                                    "renewal risk 1–2).")}));
}

// Property: every customer gets exactly one tier, one of the model's segments, under every
// built-in scheme and model; assignAll agrees with assign customer by customer.
TEST(TierModel, EveryCustomerGetsExactlyOneTier)
{
    std::mt19937 random(7);
    std::uniform_int_distribution<int> days(0, 700), rating(0, 5);
    std::uniform_real_distribution<double> perYear(0.0, 20.0), years(0.0, 8.0);
    std::uniform_int_distribution<qint64> amount(0, 50'000'000);
    CustomerFiguresList customers;
    qint64 total = 0;
    for (int i = 0; i < 600; ++i) {
        CustomerFigures c;
        if (i % 7 != 0) { // every seventh never bought
            c.orders = 1 + i % 5;
            c.recencyDays = days(random);
            c.ordersPerYear = perYear(random);
            c.amountPerYearMinor = amount(random);
            c.netAmountMinor = c.amountPerYearMinor * 2;
            c.tenureDays = years(random) * 365.25;
        }
        if (const int r = rating(random); r > 0)
            c.industryFit = r;
        if (const int r = rating(random); r > 0)
            c.renewalRisk = r;
        total += c.netAmountMinor;
        customers.push_back(c);
    }
    const TierContext context{total};
    for (const ScoringScheme& scheme : ScoringScheme::builtIns()) {
        const std::vector<RfmScoring> scored = RfmScorer::score(scheme, customers);
        std::vector<RfmScore> scores;
        for (const RfmScoring& s : scored)
            scores.push_back(s.score);
        for (const TierModel& m : TierModel::builtIns()) {
            const std::vector<TierAssignment> all = m.assignAll(customers, scores, context);
            const std::vector<TierAssignment> bare =
                m.assignAll(customers, scores, context, TierModel::Trace::Omit);
            ASSERT_EQ(all.size(), customers.size());
            ASSERT_EQ(bare.size(), customers.size());
            for (size_t i = 0; i < customers.size(); ++i) {
                const TierAssignment one = m.assign(customers[i], scores[i], context);
                ASSERT_GE(m.segmentIndex(one.segment), 0) << m.code().toStdString() << " customer " << i;
                ASSERT_EQ(all[i].segment, one.segment);
                ASSERT_EQ(all[i].reasons, one.reasons);
                ASSERT_EQ(bare[i].segment, one.segment);
                ASSERT_TRUE(bare[i].reasons.isEmpty());
                ASSERT_FALSE(one.reasons.isEmpty());
            }
        }
    }
}

TEST(TierModel, JsonIsTheStoredFormAndRoundTrips)
{
    for (const TierModel& m : TierModel::builtIns()) {
        const TierModel back = TierModel::fromJson(m.toJson());
        EXPECT_EQ(back.toJson(), m.toJson()) << m.code().toStdString();
        ASSERT_EQ(back.cellCount(), m.cellCount());
        for (int cell = 0; cell < m.cellCount(); ++cell)
            ASSERT_EQ(back.segmentOfCell(cell), m.segmentOfCell(cell));
    }
    // A single level is shorthand for [level, level]; left-out dimensions span everything.
    const QJsonObject json{
        {QStringLiteral("code"), QStringLiteral("two")},
        {QStringLiteral("name"), QStringLiteral("Two")},
        {QStringLiteral("kind"), QStringLiteral("rfm")},
        {QStringLiteral("unscored_segment"), QStringLiteral("rest")},
        {QStringLiteral("segments"),
         QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("top")},
                                {QStringLiteral("rules"), QJsonArray{QJsonObject{{QStringLiteral("r"), 5}}}}},
                    QJsonObject{{QStringLiteral("code"), QStringLiteral("rest")},
                                {QStringLiteral("rules"),
                                 QJsonArray{QJsonObject{{QStringLiteral("r"), QJsonArray{1, 4}}}}}}}},
    };
    const TierModel two = TierModel::fromJson(json);
    EXPECT_EQ(segmentAt(two, 5, 1, 1), QStringLiteral("top"));
    EXPECT_EQ(segmentAt(two, 4, 5, 5), QStringLiteral("rest"));
    EXPECT_EQ(two.segmentDisplayName(0), QStringLiteral("top")); // no name, not a built-in code
}

TEST(TierModel, BadDefinitionsAreRefusedNamingModelSegmentAndRule)
{
    QJsonObject json = model("seed4").toJson();
    QJsonArray segments = json.value(QStringLiteral("segments")).toArray();
    QJsonObject potential = segments[1].toObject();
    QJsonArray rules = potential.value(QStringLiteral("rules")).toArray();
    rules.append(QJsonObject{{QStringLiteral("f"), QJsonArray{0, 6}}});
    potential.insert(QStringLiteral("rules"), rules);
    segments[1] = potential;
    json.insert(QStringLiteral("segments"), segments);
    try {
        TierModel::fromJson(json);
        FAIL() << "a range outside 1–5 must be refused";
    } catch (const AnalyticsRuleError& e) {
        EXPECT_EQ(e.message(),
                  QStringLiteral("Tier model “seed4”, segment “potential”, rule 4: the range 0–6 of "
                                 "“f” is outside its levels 1–5."));
    }

    QJsonObject unknown = model("rfm11").toJson();
    unknown.insert(QStringLiteral("kind"), QStringLiteral("abc"));
    EXPECT_THROW(TierModel::fromJson(unknown), AnalyticsRuleError);
    QJsonObject noUnscored = model("rfm11").toJson();
    noUnscored.remove(QStringLiteral("unscored_segment"));
    EXPECT_THROW(TierModel::fromJson(noUnscored), AnalyticsRuleError);
    QJsonObject badDimension = model("tob4").toJson();
    QJsonArray dimensions = badDimension.value(QStringLiteral("dimensions")).toArray();
    dimensions[0] = QJsonObject{{QStringLiteral("code"), QStringLiteral("revenue_share")},
                                {QStringLiteral("boundaries"), QJsonArray{0.05, 0.01}}};
    badDimension.insert(QStringLiteral("dimensions"), dimensions);
    EXPECT_THROW(TierModel::fromJson(badDimension), AnalyticsRuleError);
}

TEST(TierModel, AGapGivesNoSegmentAndSaysSoRatherThanGuessing)
{
    QJsonObject json = model("seed4").toJson();
    QJsonArray segments = json.value(QStringLiteral("segments")).toArray();
    segments.removeAt(0); // high-value's cells become a gap
    json.insert(QStringLiteral("segments"), segments);
    const TierModel holed = TierModel::fromJson(json);
    const TierAssignment a = holed.assign(CustomerFigures{}, RfmScore{5, 5, 5}, {});
    EXPECT_TRUE(a.segment.isEmpty());
    EXPECT_EQ(a.reasons, QStringList{QStringLiteral("Cell R 5 · F 5 · M 5 of the map “Four tiers (seed 001)” "
                                                    "belongs to no segment: the map has a gap there.")});
}

TEST(TierNames, EveryBuiltInCodeHasAName)
{
    for (const TierModel& m : TierModel::builtIns())
        for (const TierModel::Segment& s : m.segments()) {
            EXPECT_TRUE(TierNames::knownCodes().contains(s.code)) << s.code.toStdString();
            EXPECT_EQ(TierNames::displayName(s.code), s.name) << "English name = stored name";
        }
    for (const char* code :
         {"prospect", "new", "active", "mature", "dormant", "churned", "won_back", "low", "medium", "high"})
        EXPECT_NE(TierNames::displayName(QString::fromLatin1(code)), QString::fromLatin1(code)) << code;
    EXPECT_EQ(TierNames::displayName(QStringLiteral("my_segment")), QStringLiteral("my_segment"));
}
