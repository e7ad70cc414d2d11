// ChurnRiskAssessor: which signals raise the risk, how they add up, and the reasons in words.
#include "analytics/ChurnRiskAssessor.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

// A repeat buyer with a 30-day rhythm, last seen 10 days ago, steady in the last 180 days.
CustomerFigures steady()
{
    CustomerFigures f;
    f.code = QStringLiteral("C1");
    f.orders = 8;
    f.recencyDays = 10;
    f.typicalGapDays = 30.0;
    f.ordersLast90 = 3;
    f.ordersPrevious90 = 3;
    f.amountLast90Minor = 30000;
    f.amountPrevious90Minor = 30000;
    f.interactionsLast90 = 2;
    f.interactionsPrevious90 = 2;
    f.summary.x = 7;
    return f;
}

bool mentions(const ChurnRisk& risk, const char* text)
{
    return risk.reasons.join(QLatin1Char('|')).contains(QLatin1String(text));
}

const ChurnRiskAssessor assessor;

} // namespace

TEST(ChurnRiskAssessor, LevelCodesRoundTrip)
{
    for (ChurnRiskLevel level : {ChurnRiskLevel::Low, ChurnRiskLevel::Medium, ChurnRiskLevel::High})
        EXPECT_EQ(churnRiskLevelFromCode(churnRiskLevelCode(level)), level);
    EXPECT_EQ(churnRiskLevelCode(ChurnRiskLevel::Medium), QStringLiteral("medium"));
}

TEST(ChurnRiskAssessor, ASteadyCustomerIsLowRisk)
{
    const ChurnRisk risk = assessor.assess(steady(), LifecycleStage::Mature, 0.95);
    EXPECT_EQ(risk.level, ChurnRiskLevel::Low);
    EXPECT_EQ(risk.reasons, QStringList{QStringLiteral("No warning signal.")});
}

TEST(ChurnRiskAssessor, ProspectsAndChurnedCustomersAreDecidedByTheirStage)
{
    CustomerFigures none;
    EXPECT_EQ(assessor.assess(none, LifecycleStage::Prospect).level, ChurnRiskLevel::Low);
    CustomerFigures gone = steady();
    gone.recencyDays = 400;
    const ChurnRisk churned = assessor.assess(gone, LifecycleStage::Churned, 0.9);
    EXPECT_EQ(churned.level, ChurnRiskLevel::High);
    EXPECT_TRUE(mentions(churned, "400 days"));
}

TEST(ChurnRiskAssessor, FallingFrequencyAndAmountMakeMediumWithAFallingPAliveHigh)
{
    CustomerFigures f = steady();
    f.ordersLast90 = 1;          // 1 < 0.7 × 3
    f.amountLast90Minor = 10000; // 100.00 < 0.7 × 300.00
    const ChurnRisk medium = assessor.assess(f, LifecycleStage::Active, 0.8);
    EXPECT_EQ(medium.level, ChurnRiskLevel::Medium);
    ASSERT_EQ(medium.reasons.size(), 2);
    EXPECT_TRUE(mentions(medium, "Purchase frequency falling: 1 orders in the last 90 days against 3"));
    EXPECT_TRUE(mentions(medium, "Amount falling: 100.00 in the last 90 days against 300.00"));

    const ChurnRisk high = assessor.assess(f, LifecycleStage::Active, 0.2);
    EXPECT_EQ(high.level, ChurnRiskLevel::High);
    EXPECT_EQ(high.reasons.size(), 3);
    EXPECT_TRUE(mentions(high, "Only 20 % likely"));
}

TEST(ChurnRiskAssessor, OneSignalAloneStaysLowButIsListed)
{
    CustomerFigures f = steady();
    f.interactionsLast90 = 0;
    const ChurnRisk risk = assessor.assess(f, LifecycleStage::Active, 0.9);
    EXPECT_EQ(risk.level, ChurnRiskLevel::Low);
    EXPECT_TRUE(mentions(risk, "Interactions falling: 0 in the last 90 days against 2"));
}

TEST(ChurnRiskAssessor, SilentLongerThanUsualAndDormant)
{
    CustomerFigures f = steady();
    f.recencyDays = 50; // > 1.5 × 30
    const ChurnRisk overdue = assessor.assess(f, LifecycleStage::Active, 0.5);
    EXPECT_EQ(overdue.level, ChurnRiskLevel::Medium); // 1 (overdue) + 1 (P(alive) < 0.6)
    EXPECT_TRUE(mentions(overdue, "longer than usual (typical gap 30 days)"));

    f.recencyDays = 100;
    const ChurnRisk dormant = assessor.assess(f, LifecycleStage::Dormant, 0.9);
    EXPECT_EQ(dormant.level, ChurnRiskLevel::Medium);
    EXPECT_TRUE(mentions(dormant, "Dormant: no purchase for 100 days"));
}

TEST(ChurnRiskAssessor, PAliveOfAOneTimeBuyerIsNotASignal)
{
    // BG/NBD says 1 for x = 0 by definition; silence is judged by the stage instead.
    CustomerFigures f;
    f.orders = 1;
    f.recencyDays = 30;
    EXPECT_EQ(assessor.assess(f, LifecycleStage::New, 1.0).level, ChurnRiskLevel::Low);
    EXPECT_EQ(assessor.assess(f, LifecycleStage::New, 0.1).level, ChurnRiskLevel::Low);
}

TEST(ChurnRiskAssessor, SettingsMoveTheLevels)
{
    CustomerFigures f = steady();
    f.interactionsLast90 = 0;
    ChurnRiskSettings settings;
    settings.mediumPoints = 1;
    EXPECT_EQ(ChurnRiskAssessor(settings).assess(f, LifecycleStage::Active, 0.9).level,
              ChurnRiskLevel::Medium);
}

TEST(ChurnRiskAssessor, NumbersInTheReasonsFollowTheLocale)
{
    const QLocale before;
    CustomerFigures f = steady();
    f.recencyDays = 1600; // > 1.5 × 1,000
    f.typicalGapDays = 1000.0;
    f.amountPrevious90Minor = 123456789; // 1,234,567.89
    f.amountLast90Minor = 10050;         // 100.50

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const ChurnRisk english = assessor.assess(f, LifecycleStage::Active, 0.9);
    EXPECT_TRUE(mentions(english, "Silent for 1,600 days, longer than usual (typical gap 1,000 days)"))
        << english.reasons.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(mentions(english, "Amount falling: 100.50 in the last 90 days against 1,234,567.89"));

    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const ChurnRisk german = assessor.assess(f, LifecycleStage::Active, 0.9);
    EXPECT_TRUE(mentions(german, "Silent for 1.600 days"));
    EXPECT_TRUE(mentions(german, "Amount falling: 100,50 in the last 90 days against 1.234.567,89"));

    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const ChurnRisk dormant = assessor.assess(f, LifecycleStage::Dormant, 0.9);
    EXPECT_TRUE(mentions(dormant, "Dormant: no purchase for 1,600 days"));
    QLocale::setDefault(before);
}

TEST(ChurnRiskAssessor, WithoutReasonsTheLevelsAreTheSame)
{
    const ChurnRiskAssessor levelsOnly({}, ChurnRiskAssessor::Reasons::Omit);
    CustomerFigures falling = steady();
    falling.ordersLast90 = 1;
    falling.amountLast90Minor = 10000;
    CustomerFigures gone = steady();
    gone.recencyDays = 400;
    const struct
    {
        CustomerFigures figures;
        LifecycleStage stage;
        double pAlive;
    } cases[] = {{steady(), LifecycleStage::Mature, 0.95},
                 {falling, LifecycleStage::Active, 0.8},
                 {falling, LifecycleStage::Active, 0.2},
                 {gone, LifecycleStage::Churned, 0.9},
                 {CustomerFigures(), LifecycleStage::Prospect, 0.5},
                 {gone, LifecycleStage::Dormant, 0.1}};
    int levelsSeen[3] = {};
    for (const auto& c : cases) {
        const ChurnRisk full = assessor.assess(c.figures, c.stage, c.pAlive);
        const ChurnRisk bare = levelsOnly.assess(c.figures, c.stage, c.pAlive);
        EXPECT_EQ(bare.level, full.level);
        EXPECT_FALSE(full.reasons.isEmpty());
        EXPECT_TRUE(bare.reasons.isEmpty());
        ++levelsSeen[static_cast<int>(full.level)];
    }
    EXPECT_GT(levelsSeen[0], 0); // every level among the cases
    EXPECT_GT(levelsSeen[1], 0);
    EXPECT_GT(levelsSeen[2], 0);
}
