// LifecycleClassifier: stages and stage histories of hand-made timelines, thresholds relative to the
// customer's own rhythm, and the property that every customer is in exactly one stage.
#include "analytics/LifecycleClassifier.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

CustomerActivity withPurchases(const std::vector<QDate>& dates)
{
    CustomerActivity a;
    a.code = QStringLiteral("C");
    for (const QDate& d : dates)
        a.orders.push_back({d.toJulianDay(), 1000, true});
    return a;
}

std::vector<std::pair<QDate, QString>> history(const LifecycleAssessment& assessment)
{
    std::vector<std::pair<QDate, QString>> out;
    for (const StageChange& change : assessment.history)
        out.emplace_back(change.since, lifecycleStageCode(change.stage));
    return out;
}

using Changes = std::vector<std::pair<QDate, QString>>;

const LifecycleClassifier classifier;

} // namespace

TEST(LifecycleClassifier, StageCodesRoundTrip)
{
    QStringList codes;
    for (LifecycleStage stage : allLifecycleStages()) {
        codes << lifecycleStageCode(stage);
        EXPECT_EQ(lifecycleStageFromCode(lifecycleStageCode(stage)), stage);
    }
    EXPECT_EQ(codes.join(QLatin1Char(',')),
              QStringLiteral("prospect,new,active,mature,dormant,churned,won_back"));
    EXPECT_FALSE(lifecycleStageFromCode(QStringLiteral("loyal")).has_value());
}

TEST(LifecycleClassifier, ProspectUntilTheFirstPurchase)
{
    CustomerActivity a;
    a.createdOn = QDate(2024, 1, 1);
    a.orders.push_back({QDate(2024, 2, 1).toJulianDay(), -100, false}); // a cancellation is no purchase
    const LifecycleAssessment result = classifier.assess(a, QDate(2024, 3, 1));
    EXPECT_EQ(result.stage, LifecycleStage::Prospect);
    EXPECT_EQ(history(result), (Changes{{QDate(2024, 1, 1), QStringLiteral("prospect")}}));
    EXPECT_FALSE(result.reasons.isEmpty());
}

TEST(LifecycleClassifier, AOneTimeBuyerIsNewThenDormantThenChurned)
{
    const CustomerActivity a = withPurchases({QDate(2023, 1, 1)});
    EXPECT_EQ(classifier.assess(a, QDate(2023, 1, 31)).stage, LifecycleStage::New);
    EXPECT_EQ(classifier.assess(a, QDate(2023, 4, 1)).stage, LifecycleStage::New);     // day 90
    EXPECT_EQ(classifier.assess(a, QDate(2023, 4, 2)).stage, LifecycleStage::Dormant); // day 91
    const LifecycleAssessment late = classifier.assess(a, QDate(2024, 6, 1));
    EXPECT_EQ(late.stage, LifecycleStage::Churned);
    EXPECT_EQ(history(late), (Changes{{QDate(2023, 1, 1), QStringLiteral("new")},
                                      {QDate(2023, 4, 2), QStringLiteral("dormant")},
                                      {QDate(2024, 1, 2), QStringLiteral("churned")}})); // day 366
}

TEST(LifecycleClassifier, SilenceIsJudgedAgainstTheCustomersOwnRhythm)
{
    // Every 100 days: dormant only after 2 × 100 days, not after the 90-day minimum.
    std::vector<QDate> dates;
    for (int i = 0; i < 4; ++i)
        dates.push_back(QDate(2022, 1, 1).addDays(100 * i));
    const CustomerActivity slow = withPurchases(dates);
    const QDate last = dates.back();
    EXPECT_EQ(classifier.assess(slow, last.addDays(150)).stage, LifecycleStage::Active);
    EXPECT_EQ(classifier.assess(slow, last.addDays(201)).stage, LifecycleStage::Dormant);
    // 4 × 100 = 400 days > the 365-day minimum.
    EXPECT_EQ(classifier.assess(slow, last.addDays(380)).stage, LifecycleStage::Dormant);
    EXPECT_EQ(classifier.assess(slow, last.addDays(401)).stage, LifecycleStage::Churned);

    // Monthly for two years: mature; silent for 100 days (> max(2 × 30, 90)): dormant.
    std::vector<QDate> monthly;
    for (int i = 0; i < 24; ++i)
        monthly.push_back(QDate(2022, 1, 1).addDays(30 * i));
    const CustomerActivity loyal = withPurchases(monthly);
    EXPECT_EQ(classifier.assess(loyal, monthly.back().addDays(20)).stage, LifecycleStage::Mature);
    const LifecycleAssessment silent = classifier.assess(loyal, monthly.back().addDays(100));
    EXPECT_EQ(silent.stage, LifecycleStage::Dormant); // backwards from mature
    EXPECT_EQ(silent.history.back().since, monthly.back().addDays(91));
    EXPECT_EQ(silent.history[silent.history.size() - 2].stage, LifecycleStage::Mature);
}

TEST(LifecycleClassifier, AChurnedCustomerWhoBuysAgainIsWonBackThenActive)
{
    const CustomerActivity a =
        withPurchases({QDate(2022, 1, 1), QDate(2022, 2, 1), QDate(2023, 6, 1)}); // 485 silent days
    EXPECT_EQ(classifier.assess(a, QDate(2023, 5, 31)).stage, LifecycleStage::Churned);
    const LifecycleAssessment back = classifier.assess(a, QDate(2023, 6, 20));
    EXPECT_EQ(back.stage, LifecycleStage::WonBack);
    // Gaps 31 and 485: typical gap 258, so 122 silent days later the customer is simply active.
    const LifecycleAssessment later = classifier.assess(a, QDate(2023, 10, 1));
    EXPECT_EQ(later.stage, LifecycleStage::Active);
    EXPECT_EQ(history(later), (Changes{{QDate(2022, 1, 1), QStringLiteral("new")},
                                       {QDate(2022, 2, 1), QStringLiteral("active")},
                                       {QDate(2022, 5, 3), QStringLiteral("dormant")},
                                       {QDate(2023, 2, 2), QStringLiteral("churned")},
                                       {QDate(2023, 6, 1), QStringLiteral("won_back")},
                                       {QDate(2023, 8, 31), QStringLiteral("active")}}));
}

TEST(LifecycleClassifier, ADormantCustomerWhoBuysAgainIsAwakeNotWonBack)
{
    const CustomerActivity a = withPurchases({QDate(2022, 1, 1), QDate(2022, 1, 31), QDate(2022, 7, 1)});
    EXPECT_EQ(classifier.assess(a, QDate(2022, 6, 30)).stage, LifecycleStage::Dormant);
    EXPECT_EQ(classifier.assess(a, QDate(2022, 7, 2)).stage, LifecycleStage::Active);
}

TEST(LifecycleClassifier, LaterPurchasesDoNotCount)
{
    const CustomerActivity a = withPurchases({QDate(2023, 1, 1), QDate(2023, 6, 1)});
    const LifecycleAssessment early = classifier.assess(a, QDate(2023, 2, 1));
    EXPECT_EQ(early.stage, LifecycleStage::New);
    EXPECT_EQ(early.history.size(), 1u);
}

TEST(LifecycleClassifier, SettingsMoveTheThresholds)
{
    LifecycleSettings settings;
    settings.dormantMinDays = 30;
    settings.newWindowDays = 30;
    const CustomerActivity a = withPurchases({QDate(2023, 1, 1)});
    EXPECT_EQ(LifecycleClassifier(settings).assess(a, QDate(2023, 2, 15)).stage, LifecycleStage::Dormant);
    EXPECT_EQ(classifier.assess(a, QDate(2023, 2, 15)).stage, LifecycleStage::New);
}

TEST(LifecycleClassifier, EveryCustomerIsInExactlyOneStageAndTheHistoryEndsThere)
{
    QRandomGenerator random(20240301);
    const QDate asOf(2024, 12, 31);
    std::map<LifecycleStage, int> seen;
    for (int customer = 0; customer < 2000; ++customer) {
        CustomerActivity a;
        a.createdOn = QDate(2020, 1, 1).addDays(random.bounded(365));
        QDate d = a.createdOn.addDays(random.bounded(400));
        const int orders = random.bounded(12);
        for (int i = 0; i < orders && d <= asOf.addDays(200); ++i) {
            a.orders.push_back({d.toJulianDay(), 1000, random.bounded(10) > 0});
            d = d.addDays(random.bounded(1 + random.bounded(3) * 300));
        }
        const LifecycleAssessment r = classifier.assess(a, asOf);
        ASSERT_FALSE(r.history.empty());
        EXPECT_EQ(r.history.back().stage, r.stage);
        EXPECT_TRUE(lifecycleStageFromCode(lifecycleStageCode(r.stage)).has_value());
        for (std::size_t i = 1; i < r.history.size(); ++i) {
            EXPECT_LT(r.history[i - 1].since, r.history[i].since);
            EXPECT_NE(r.history[i - 1].stage, r.history[i].stage);
        }
        EXPECT_LE(r.history.back().since, asOf);
        for (const StageChange& change : r.history)
            ++seen[change.stage];
    }
    // Along the random timelines every stage is reached.
    EXPECT_EQ(seen.size(), allLifecycleStages().size());
}
