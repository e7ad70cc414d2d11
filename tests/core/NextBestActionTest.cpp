// Next best actions for one account manager on 12 October 2011: each rule, its boundaries, the
// consent and monthly-limit filters, and logging a contact.
#include "PlanningTestDatabase.h"
#include "TestSupport.h"
#include "planning/NextBestActionFinder.h"
#include "storage/ActivityRepository.h"
#include "storage/SqlSupport.h"

#include <gtest/gtest.h>

using namespace clientele;

namespace {

class NextBestActionTest : public ::testing::Test
{
protected:
    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
    test::PlanningTestDatabase data{*db};
    const QDate today{2011, 10, 12};
    const QString wang = QStringLiteral("Wang");

    using Spec = test::PlanningTestDatabase::CustomerSpec;
    using Row = test::PlanningTestDatabase::SnapshotRow;

    void SetUp() override
    {
        const QDate longAgo(2010, 1, 1);
        const auto add = [&](const char* code, bool consent = true, int limit = 0,
                             const QString& owner = {}) {
            data.customer(QString::fromLatin1(code),
                          Spec{longAgo, owner.isEmpty() ? wang : owner, consent, limit});
        };
        add("RISK", false);    // risk low → high; no marketing consent (a service call is fine)
        add("RISK2", true, 1); // risk rose, limit 1 a month, contacted once in October: held back
        add("RISK3", true, 2); // risk rose, limit 2, contacted once in October: listed
        add("RISK4", true, 1); // risk rose, limit 1, contacted in September only: listed
        add("STEADY");         // risk medium → medium: nothing
        add("HV");             // high-value, last contact 45 days ago: cadence due
        add("HV2");            // high-value, contacted 10 days ago: not due
        add("HV3", false);     // high-value never contacted, no consent: held back
        add("NEW");            // first order 3 days ago: activation
        add("NEW2");           // first order 3 days ago, second order yesterday: activated already
        add("NEW3");           // first order 10 days ago: outside the window
        add("DORM");           // last order 120 days ago: wake-up
        add("DORM2");          // dormant but contacted 5 days ago: left alone
        add("LAPSED");         // last order 400 days ago: not a wake-up case
        add("OTHER", true, 0, QStringLiteral("Li")); // another account manager's dormant customer

        data.order(QStringLiteral("RISK2"), QDate(2011, 5, 1), 1000);
        data.interaction(QStringLiteral("RISK2"), QDate(2011, 10, 3));
        data.interaction(QStringLiteral("RISK3"), QDate(2011, 10, 4));
        data.interaction(QStringLiteral("RISK4"), QDate(2011, 9, 28));
        data.interaction(QStringLiteral("HV"), today.addDays(-45));
        data.interaction(QStringLiteral("HV2"), today.addDays(-10));
        data.order(QStringLiteral("NEW"), today.addDays(-3), 5000);
        data.order(QStringLiteral("NEW2"), today.addDays(-3), 5000);
        data.order(QStringLiteral("NEW2"), today.addDays(-1), 5000);
        data.order(QStringLiteral("NEW3"), today.addDays(-10), 5000);
        data.order(QStringLiteral("DORM"), today.addDays(-120), 5000);
        data.order(QStringLiteral("DORM2"), today.addDays(-120), 5000);
        data.interaction(QStringLiteral("DORM2"), today.addDays(-5));
        data.order(QStringLiteral("LAPSED"), today.addDays(-400), 5000);
        data.order(QStringLiteral("OTHER"), today.addDays(-100), 5000);
        // Data after today is ignored.
        data.order(QStringLiteral("DORM"), today.addDays(3), 5000);

        const QString low = QStringLiteral("low"), medium = QStringLiteral("medium"),
                      high = QStringLiteral("high");
        const QString hv = QStringLiteral("high_value"), pot = QStringLiteral("potential");
        data.snapshot(QStringLiteral("2011Q2"), QDate(2011, 6, 30),
                      {Row{QStringLiteral("RISK"), pot, low}, Row{QStringLiteral("RISK2"), pot, low},
                       Row{QStringLiteral("RISK3"), pot, medium}, Row{QStringLiteral("RISK4"), pot, low},
                       Row{QStringLiteral("STEADY"), pot, medium}, Row{QStringLiteral("HV"), hv, high}});
        data.snapshot(QStringLiteral("2011Q3"), QDate(2011, 9, 30),
                      {Row{QStringLiteral("RISK"), pot, high}, Row{QStringLiteral("RISK2"), pot, medium},
                       Row{QStringLiteral("RISK3"), pot, high}, Row{QStringLiteral("RISK4"), pot, medium},
                       Row{QStringLiteral("STEADY"), pot, medium}, Row{QStringLiteral("HV"), hv, low},
                       Row{QStringLiteral("HV2"), hv, low}, Row{QStringLiteral("HV3"), hv, low}});
    }

    NextBestActionList find(const QString& owner) const
    {
        return NextBestActionFinder(db->connection(), db->dialect()).find(owner, today);
    }

    static QStringList codes(const NextBestActionList& list)
    {
        QStringList result;
        for (const NextBestAction& a : list.actions)
            result << a.customerCode;
        return result;
    }
};

TEST_F(NextBestActionTest, EachRuleInPriorityOrder)
{
    const NextBestActionList list = find(wang);
    EXPECT_TRUE(list.notes.isEmpty()) << list.notes.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(codes(list),
              (QStringList{QStringLiteral("RISK"), QStringLiteral("RISK3"), QStringLiteral("RISK4"),
                           QStringLiteral("HV"), QStringLiteral("NEW"), QStringLiteral("DORM")}));

    const NextBestAction& risk = list.actions[0];
    EXPECT_EQ(risk.reason, ActionReason::RiskRose);
    EXPECT_EQ(risk.contactKind, ContactKind::Service);
    EXPECT_EQ(risk.playbookCode, QStringLiteral("tier.seed4.churn_risk"));
    EXPECT_EQ(risk.owner, wang);
    EXPECT_TRUE(risk.why.contains(QStringLiteral("2011Q2"))) << risk.why.toStdString();

    const NextBestAction& hv = list.actions[3];
    EXPECT_EQ(hv.reason, ActionReason::CadenceDue);
    EXPECT_EQ(hv.playbookCode, QStringLiteral("tier.seed4.high_value"));
    EXPECT_TRUE(hv.why.contains(QStringLiteral("45"))) << hv.why.toStdString();

    EXPECT_EQ(list.actions[4].reason, ActionReason::Activation);
    EXPECT_EQ(list.actions[4].playbookCode, QStringLiteral("group.new"));
    EXPECT_EQ(list.actions[4].contactKind, ContactKind::Marketing);
    EXPECT_EQ(list.actions[5].reason, ActionReason::DormantWakeUp);
    EXPECT_EQ(list.actions[5].playbookCode, QStringLiteral("group.dormant"));
    EXPECT_TRUE(list.actions[5].why.contains(QStringLiteral("120"))) << list.actions[5].why.toStdString();
}

TEST_F(NextBestActionTest, ConsentAndMonthlyLimitHoldCustomersBack)
{
    const NextBestActionList list = find(wang);
    ASSERT_EQ(list.heldBack.size(), 2u);
    EXPECT_EQ(list.heldBack[0].action.customerCode, QStringLiteral("RISK2"));
    EXPECT_EQ(list.heldBack[0].cause, HeldBackAction::Cause::LimitReached);
    EXPECT_TRUE(list.heldBack[0].why.contains(QStringLiteral("1 of 1")))
        << list.heldBack[0].why.toStdString();
    EXPECT_EQ(list.heldBack[1].action.customerCode, QStringLiteral("HV3"));
    EXPECT_EQ(list.heldBack[1].action.reason, ActionReason::CadenceDue);
    EXPECT_EQ(list.heldBack[1].cause, HeldBackAction::Cause::NoConsent);

    // With consent given, HV3 is listed; with a limit used up, RISK (service) is held back too.
    sql::run(db->connection(),
             QStringLiteral("UPDATE customer SET marketing_consent = 1 WHERE code = 'HV3'"));
    sql::run(db->connection(),
             QStringLiteral("UPDATE customer SET contact_limit_per_month = 1 WHERE code = 'RISK'"));
    data.interaction(QStringLiteral("RISK"), QDate(2011, 10, 1));
    const NextBestActionList after = find(wang);
    EXPECT_TRUE(codes(after).contains(QStringLiteral("HV3")));
    EXPECT_FALSE(codes(after).contains(QStringLiteral("RISK")));
    ASSERT_EQ(after.heldBack.size(), 2u);
    EXPECT_EQ(after.heldBack[0].action.customerCode, QStringLiteral("RISK"));
    EXPECT_EQ(after.heldBack[0].cause, HeldBackAction::Cause::LimitReached);
}

TEST_F(NextBestActionTest, OwnersAndLoggingAContact)
{
    EXPECT_EQ(codes(find(QStringLiteral("Li"))), QStringList{QStringLiteral("OTHER")});
    EXPECT_TRUE(codes(find(QString())).contains(QStringLiteral("OTHER")));
    EXPECT_TRUE(find(QStringLiteral("Nobody")).actions.empty());

    const NextBestActionFinder finder(db->connection(), db->dialect());
    const NextBestActionList list = finder.find(wang, today);
    const auto newCustomer =
        std::find_if(list.actions.begin(), list.actions.end(),
                     [](const NextBestAction& a) { return a.customerCode == QLatin1String("NEW"); });
    ASSERT_NE(newCustomer, list.actions.end());
    const qint64 id = finder.logContact(*newCustomer, QDateTime(today, QTime(15, 0)), QStringLiteral("phone"),
                                        QStringLiteral("welcome call"));
    EXPECT_GT(id, 0);
    const QList<Interaction> logged =
        ActivityRepository(db->connection(), db->dialect()).interactionsOf(data.id(QStringLiteral("NEW")));
    ASSERT_EQ(logged.size(), 1);
    EXPECT_EQ(logged[0].type, QStringLiteral("group.new"));
    EXPECT_EQ(logged[0].owner, wang);
    EXPECT_EQ(logged[0].summary, QStringLiteral("welcome call"));
    // Contacted: no longer waiting for activation.
    EXPECT_FALSE(codes(finder.find(wang, today)).contains(QStringLiteral("NEW")));
}

TEST_F(NextBestActionTest, SnapshotsNeededForRiskAndCadence)
{
    // A week before the Q3 snapshot, only Q2's is known: no risk comparison, a note says so.
    const NextBestActionList early =
        NextBestActionFinder(db->connection(), db->dialect()).find(wang, QDate(2011, 9, 1));
    ASSERT_EQ(early.notes.size(), 1);
    EXPECT_TRUE(early.notes.first().contains(QStringLiteral("2011Q2")));
    for (const NextBestAction& a : early.actions)
        EXPECT_NE(a.reason, ActionReason::RiskRose);
    EXPECT_EQ(NextBestActionFinder::playbookFor(ActionReason::RiskRose, QStringLiteral("tob"), {}),
              QStringLiteral("tier.tob4.risk"));
    EXPECT_EQ(NextBestActionFinder::playbookFor(ActionReason::CadenceDue, QStringLiteral("tob"),
                                                QStringLiteral("strategic")),
              QStringLiteral("tier.tob4.strategic"));
}

} // namespace
