// RfmScorer::explain: one customer's scores and sentences, without scoring the whole base, are what
// score() gives that customer, under the quintile and the threshold schemes, on a generated base.
#include "TestSupport.h"
#include "analytics/AnalyticsEngine.h"
#include "analytics/RfmScorer.h"
#include "generator/SampleDatabaseWriter.h"
#include "storage/AnalyticsRuleStore.h"

#include <gtest/gtest.h>

using namespace clientele;

TEST(RfmExplain, GivesWhatScoringTheWholeBaseGivesEachCustomer)
{
    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
    writeSampleDatabase(db->connection(), db->dialect(), SampleSpec{300, 2500, 3, false});
    AnalyticsEngine::Options options;
    options.explain = false;
    const AnalyticsEngine::Result run = AnalyticsEngine(db->connection(), db->dialect()).run(options);
    CustomerFiguresList figures;
    std::vector<const CustomerFigures*> base;
    for (const CustomerAnalysis& c : run.customers)
        figures.push_back(c.figures);
    for (const CustomerFigures& f : figures)
        base.push_back(&f);
    ASSERT_GT(figures.size(), 100u);

    const AnalyticsRuleStore rules(db->connection(), db->dialect());
    int schemes = 0;
    for (const QString& code : {run.schemeCode, QStringLiteral("tob"), QStringLiteral("toc")}) {
        const std::optional<ScoringScheme> scheme = rules.scheme(code);
        if (!scheme)
            continue;
        ++schemes;
        const std::vector<RfmScoring> all = RfmScorer::score(*scheme, figures);
        int unscored = 0;
        for (size_t i = 0; i < figures.size(); ++i) {
            const RfmScoring one = RfmScorer::explain(*scheme, figures[i], base);
            EXPECT_EQ(one.score.code(), all[i].score.code()) << code.toStdString() << " " << i;
            EXPECT_EQ(one.reasons, all[i].reasons) << code.toStdString() << " " << i;
            unscored += one.score.isScored() ? 0 : 1;
            // The run made without traces has the same scores.
            if (code == run.schemeCode) {
                EXPECT_EQ(one.score.code(), run.customers[i].rfm.score.code());
            }
        }
        EXPECT_LT(unscored, static_cast<int>(figures.size()));
    }
    EXPECT_GE(schemes, 2);
}
