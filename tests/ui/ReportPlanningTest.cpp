// The quarterly review of a period that has a plan: its tracking table with a hand-entered figure,
// the SMART goal against its measured value (also on the KPI card), the execution item with its
// measured effect, the adjustment suggestion and the review, written as real PDFs in English and
// Chinese and read back with pdftotext.
#include "ReportPdfTools.h"
#include "TestSupport.h"
#include "analytics/AnalysisPeriod.h"
#include "analytics/KpiCatalog.h"
#include "generator/SampleDatabaseWriter.h"
#include "planning/PlanningCodes.h"
#include "report/QuarterlyReport.h"
#include "report/ReportDataCollector.h"
#include "report/ReportFormat.h"
#include "report/ReportLanguage.h"
#include "report/ReportPlanningCollector.h"
#include "storage/PlanStore.h"
#include "storage/ReviewStore.h"
#include "storage/StorageError.h"
#include "storage/TrackingStore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace clientele;
using namespace clientele::test;

namespace {

const QString kStrategy = QStringLiteral("VIP care calls");
const QString kOwner = QStringLiteral("Emma Clarke");
const QString kSuggestion = QStringLiteral("Add one-to-one consulting");
const QString kFindings = QStringLiteral("High-value churn rose after the price change");
const QString kDecisions = QStringLiteral("Raise the coupon value");

class ReportPlanningTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_workspace = new TempWorkspace;
        auto db = s_workspace->openDatabase();
        SampleSpec spec;
        spec.customers = 400;
        spec.orderLines = 6000;
        spec.seed = 11;
        ASSERT_TRUE(writeSampleDatabase(db->connection(), db->dialect(), spec));
        s_period = new AnalysisPeriod(ReportDataCollector(db->connection(), db->dialect()).resolvePeriod({}));
        const AnalysisPeriod& period = *s_period;

        PlanStore plans(db->connection(), db->dialect());
        const qint64 planId = plans.insertPlan(
            {0, QStringLiteral("Loyalty push"), period.code(), QStringLiteral("seed4"), {}, {}});
        SmartGoal goal;
        goal.planId = planId;
        goal.kpi = QString::fromLatin1(KpiCatalog::RepurchaseRate);
        goal.baseline = 1.0;
        goal.baselineOn = period.previous().end();
        goal.target = 87.5;
        goal.deadline = period.end();
        goal.owner = kOwner;
        plans.insertGoal(goal);
        ExecutionItem item;
        item.planId = planId;
        item.segment = QStringLiteral("high_value");
        item.strategy = kStrategy;
        item.owner = kOwner;
        item.startsOn = period.start();
        item.endsOn = period.start().addDays(40);
        item.status = ItemStatus::Done;
        plans.insertItem(item);

        TrackingStore tracking(db->connection(), db->dialect());
        tracking.setOverride({period.code(), QStringLiteral("high_value"), TrackingMetric::RepurchaseRate,
                              65.0, QDateTime(period.end(), QTime(9, 0))});
        tracking.setSuggestion(period.code(), QStringLiteral("high_value"), kSuggestion);
        ReviewRecord review;
        review.planId = planId;
        review.heldOn = period.end().addDays(-3);
        review.findings = kFindings;
        review.decisions = kDecisions;
        ReviewStore(db->connection(), db->dialect()).insert(review);
    }
    static void TearDownTestSuite()
    {
        delete s_period;
        s_period = nullptr;
        delete s_workspace;
        s_workspace = nullptr;
    }

    static ReportData collect(const QString& language)
    {
        auto db = s_workspace->openDatabase();
        const ReportLanguage scope(language);
        ReportOptions options;
        options.language = language;
        std::optional<ReportData> data =
            ReportDataCollector(db->connection(), db->dialect()).collect(options, QStringLiteral("plan.db"));
        EXPECT_TRUE(data.has_value());
        return data ? *data : ReportData{};
    }

    QString writePdf(const ReportData& data, const QString& language)
    {
        ReportOptions options;
        options.language = language;
        const QString path = m_dir.filePath(QStringLiteral("plan-%1.pdf").arg(language));
        QuarterlyReport(data, options).writePdf(path);
        return path;
    }

    void checkLanguage(const QString& language)
    {
        const ReportData data = collect(language);
        // Tracking: the override marked, the computed value in a footnote, the suggestion in the row.
        bool marked = false;
        for (const ReportTrackingRow& row : data.tracking)
            if (row.repurchase == QStringLiteral("65.0%*")) {
                marked = true;
                EXPECT_EQ(row.suggestion, kSuggestion);
            }
        EXPECT_TRUE(marked) << "no overridden repurchase rate in the tracking rows";
        ASSERT_EQ(data.trackingFootnotes.size(), 1);
        // The goal, measured; its progress on the repurchase card (a goal for all customers).
        ASSERT_EQ(data.goals.size(), 1u) << data.goalsUnavailable.toStdString();
        EXPECT_EQ(data.goals[0].target, QStringLiteral("87.5%"));
        EXPECT_TRUE(data.goals[0].currentValue.has_value());
        bool onCard = false;
        for (const ReportKpiCard& card : data.kpis)
            if (card.code == QLatin1String(KpiCatalog::RepurchaseRate)) {
                onCard = card.goalProgress.has_value();
                EXPECT_TRUE(card.goal.contains(QStringLiteral("87.5%"))) << card.goal.toStdString();
            }
        EXPECT_TRUE(onCard) << "the repurchase card shows no goal progress";
        // The item, ended within the period: its effect is measured (or why not is said).
        ASSERT_EQ(data.plans.size(), 1u) << data.plansUnavailable.toStdString();
        EXPECT_EQ(data.plans[0].strategy, kStrategy);
        EXPECT_FALSE(data.plans[0].measuredEffect.isEmpty());
        {
            const ReportLanguage scope(language);
            EXPECT_EQ(data.plans[0].status, PlanningCodes::displayName(ItemStatus::Done));
        }
        ASSERT_EQ(data.suggestions.size(), 1);
        ASSERT_EQ(data.findings.size(), 1);
        ASSERT_EQ(data.decisions.size(), 1);

        const QString text = squeezed(pdfText(writePdf(data, language)));
        for (const QString& needle : {QStringLiteral("65.0%*"), data.trackingFootnotes[0], kStrategy, kOwner,
                                      data.plans[0].status, data.goals[0].target, data.goals[0].current,
                                      data.goals[0].state, kSuggestion, kFindings, kDecisions})
            EXPECT_TRUE(text.contains(squeezed(needle)))
                << language.toStdString() << ": '" << needle.toStdString() << "' not in the PDF";
    }

    QTemporaryDir m_dir;
    static TempWorkspace* s_workspace;
    static AnalysisPeriod* s_period;
};

TempWorkspace* ReportPlanningTest::s_workspace = nullptr;
AnalysisPeriod* ReportPlanningTest::s_period = nullptr;

} // namespace

TEST_F(ReportPlanningTest, EnglishReportHoldsThePlanItsGoalTrackingAndReview)
{
    checkLanguage(QStringLiteral("en"));
}

TEST_F(ReportPlanningTest, ChineseReportHoldsThePlanItsGoalTrackingAndReview)
{
    checkLanguage(QStringLiteral("zh_CN"));
    const ReportData data = collect(QStringLiteral("zh_CN"));
    // Translated, not the English words.
    EXPECT_NE(data.trackingFootnotes[0], collect(QStringLiteral("en")).trackingFootnotes[0]);
}

TEST_F(ReportPlanningTest, APeriodWithoutAPlanSaysSoPlainly)
{
    auto db = s_workspace->openDatabase();
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const ReportLanguage scope(language);
        ReportOptions options;
        options.language = language;
        options.period = s_period->previous().code();
        const std::optional<ReportData> data =
            ReportDataCollector(db->connection(), db->dialect()).collect(options, QStringLiteral("plan.db"));
        ASSERT_TRUE(data.has_value());
        EXPECT_TRUE(data->plans.empty());
        EXPECT_TRUE(data->goals.empty());
        EXPECT_TRUE(data->plansUnavailable.contains(s_period->previous().code()));
        EXPECT_FALSE(data->plansUnavailable.contains(QStringLiteral("later version")));
        EXPECT_FALSE(data->decisionsUnavailable.isEmpty());
        const QString text = squeezed(pdfText(writePdf(*data, language)));
        EXPECT_TRUE(text.contains(squeezed(data->plansUnavailable))) << data->plansUnavailable.toStdString();
        EXPECT_TRUE(text.contains(squeezed(data->goalsUnavailable))) << data->goalsUnavailable.toStdString();
    }
}

// A goal whose measurement fails (here a storage error) is shown as not measured, with the reason,
// and the plan's other goal and items are still reported.
TEST_F(ReportPlanningTest, AGoalThatCannotBeMeasuredIsNamedAndTheReportCarriesOn)
{
    TempWorkspace workspace;
    auto db = workspace.openDatabase();
    SampleSpec spec;
    spec.customers = 200;
    spec.orderLines = 2000;
    spec.seed = 5;
    ASSERT_TRUE(writeSampleDatabase(db->connection(), db->dialect(), spec));
    const AnalysisPeriod period = ReportDataCollector(db->connection(), db->dialect()).resolvePeriod({});
    PlanStore plans(db->connection(), db->dialect());
    const qint64 planId =
        plans.insertPlan({0, QStringLiteral("Two goals"), period.code(), QStringLiteral("seed4"), {}, {}});
    // Churn down from 30 % to 20 %, repurchase up from 10 % to 20 %.
    const std::pair<const char*, double> goals[] = {{KpiCatalog::ChurnRate, 30.0},
                                                    {KpiCatalog::RepurchaseRate, 10.0}};
    for (const auto& [kpi, baseline] : goals) {
        SmartGoal goal;
        goal.planId = planId;
        goal.kpi = QString::fromLatin1(kpi);
        goal.baseline = baseline;
        goal.baselineOn = period.previous().end();
        goal.target = 20.0;
        goal.deadline = period.end();
        goal.owner = kOwner;
        plans.insertGoal(goal);
    }
    const QString reason = QStringLiteral("disk I/O error while reading order_line");

    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        const ReportLanguage scope(language);
        ReportPlanningCollector collector(db->connection(), db->dialect(), period, ReportFormat{QLocale()});
        const GoalMeasurer measurer(db->connection(), db->dialect());
        collector.setGoalMeasure([&](SmartGoal& goal, const Plan& plan, QDate asOf) {
            if (goal.kpi == QLatin1String(KpiCatalog::ChurnRate))
                throw StorageError(StorageError::Kind::Io, reason);
            return measurer.current(goal, plan, asOf);
        });
        // The rest of the report as the collector makes it; then its plan part again, with the seam.
        ReportOptions options;
        options.language = language;
        std::optional<ReportData> full =
            ReportDataCollector(db->connection(), db->dialect()).collect(options, QStringLiteral("goals.db"));
        ASSERT_TRUE(full.has_value());
        ReportData data = *full;
        data.goals.clear();
        data.plans.clear();
        data.suggestions.clear();
        data.findings.clear();
        data.decisions.clear();
        ASSERT_NO_THROW(collector.collectPlans(data));
        ASSERT_EQ(data.goals.size(), 2u);
        const ReportGoal& failed =
            data.goals[0].kpiCode == QLatin1String(KpiCatalog::ChurnRate) ? data.goals[0] : data.goals[1];
        const ReportGoal& measured = &failed == &data.goals[0] ? data.goals[1] : data.goals[0];
        EXPECT_EQ(failed.failure, reason);
        EXPECT_EQ(failed.current, QStringLiteral("–"));
        EXPECT_FALSE(failed.currentValue.has_value());
        EXPECT_TRUE(measured.failure.isEmpty());
        EXPECT_TRUE(measured.currentValue.has_value()) << "the other goal was not measured";
        EXPECT_NE(measured.state, failed.state);
        EXPECT_TRUE(data.goalsUnavailable.isEmpty());

        const QString text = squeezed(pdfText(writePdf(data, language)));
        EXPECT_TRUE(text.contains(squeezed(reason)))
            << language.toStdString() << ": the reason is not in the PDF";
        EXPECT_TRUE(text.contains(squeezed(failed.state))) << failed.state.toStdString();
        EXPECT_TRUE(text.contains(squeezed(measured.current))) << measured.current.toStdString();
    }
}
