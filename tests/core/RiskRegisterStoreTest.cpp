// The risk register on a real SQLite file: seed 001's rows built in, edits, reset, the user's own rows,
// and the built-in words in English and Chinese.
#include "storage/RiskRegisterStore.h"

#include "TestSupport.h"
#include "planning/PlanningError.h"
#include "planning/RiskCatalog.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

class RiskRegisterStoreTest : public ::testing::Test
{
protected:
    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
    RiskRegisterStore store{db->connection(), db->dialect()};

    qint64 rows(const QString& where) const
    {
        return sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM risk_entry WHERE ") + where)
            .toLongLong();
    }
};

TEST_F(RiskRegisterStoreTest, SeedOnesRowsAreBuiltInOnce)
{
    const std::vector<RiskEntry> risks = store.list();
    ASSERT_EQ(risks.size(), RiskCatalog::builtIns().size());
    ASSERT_GE(risks.size(), 2u);
    EXPECT_EQ(risks[0].code, QStringLiteral("inaccurate_data"));
    EXPECT_EQ(risks[0].risk, QStringLiteral("Inaccurate customer data"));
    EXPECT_TRUE(risks[0].avoidance.contains(QStringLiteral("by hand")));
    EXPECT_EQ(risks[1].code, QStringLiteral("uniform_strategy"));
    EXPECT_TRUE(risks[1].avoidance.contains(QStringLiteral("each tier")));
    for (const RiskEntry& r : risks) {
        EXPECT_TRUE(r.isBuiltIn());
        EXPECT_EQ(r.status, RiskStatus::Open);
        EXPECT_FALSE(r.signs.isEmpty() || r.avoidance.isEmpty() || r.owner.isEmpty()) << r.code.toStdString();
    }
    EXPECT_EQ(rows(QStringLiteral("risk IS NULL AND signs IS NULL")), static_cast<qint64>(risks.size()));
    EXPECT_EQ(store.ensureBuiltIns(), 0);
    EXPECT_EQ(store.list().size(), risks.size());
}

TEST_F(RiskRegisterStoreTest, EditingABuiltInKeepsTheOtherTextsInTheCatalogueAndResetRestoresIt)
{
    RiskEntry r = store.list()[0];
    r.owner = QStringLiteral("Zhang Wei");
    r.status = RiskStatus::Watching;
    store.update(r);
    const RiskEntry edited = *store.find(r.id);
    EXPECT_TRUE(edited.edited);
    EXPECT_EQ(edited.owner, QStringLiteral("Zhang Wei"));
    EXPECT_EQ(edited.status, RiskStatus::Watching);
    EXPECT_EQ(rows(QStringLiteral("id = %1 AND owner = 'Zhang Wei' AND risk IS NULL").arg(r.id)), 1);

    store.reset(r.id);
    const RiskEntry reset = *store.find(r.id);
    EXPECT_FALSE(reset.edited);
    EXPECT_EQ(reset.owner, RiskCatalog::builtIns()[0].owner);
    EXPECT_EQ(reset.status, RiskStatus::Watching); // the status is the user's, not a text
    EXPECT_THROW(store.remove(r.id), PlanningError);
}

TEST_F(RiskRegisterStoreTest, OwnRisksAreAddedAfterTheBuiltInsAndCanBeRemoved)
{
    RiskEntry own;
    own.risk = QStringLiteral("Contact limits ignored");
    own.signs = QStringLiteral("Complaints about too many messages");
    own.avoidance = QStringLiteral("Respect each customer's monthly contact limit");
    own.owner = QStringLiteral("Marketing team");
    const qint64 id = store.insert(own);
    const std::vector<RiskEntry> risks = store.list();
    ASSERT_EQ(risks.back().id, id);
    EXPECT_FALSE(risks.back().isBuiltIn());
    EXPECT_EQ(risks.back().signs, QStringLiteral("Complaints about too many messages"));

    RiskEntry closed = risks.back();
    closed.status = RiskStatus::Closed;
    closed.signs.clear();
    store.update(closed);
    EXPECT_EQ(store.find(id)->status, RiskStatus::Closed);
    EXPECT_TRUE(store.find(id)->signs.isEmpty());
    EXPECT_THROW(store.reset(id), PlanningError);
    closed.risk = QStringLiteral(" ");
    EXPECT_THROW(store.update(closed), PlanningError);
    EXPECT_TRUE(store.remove(id));
    EXPECT_FALSE(store.remove(id));
}

TEST_F(RiskRegisterStoreTest, BuiltInWordsInChinese)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/clientele_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    const std::vector<RiskEntry> risks = store.list();
    QCoreApplication::removeTranslator(&translator);
    ASSERT_GE(risks.size(), 2u);
    EXPECT_EQ(risks[0].risk, QStringLiteral("客户数据不准确"));
    EXPECT_EQ(risks[0].signs, QStringLiteral("分层结果与实际客户价值偏差大。"));
    EXPECT_TRUE(risks[0].avoidance.contains(QStringLiteral("人工复核")));
    EXPECT_EQ(risks[1].risk, QStringLiteral("策略同质化"));
    for (const RiskEntry& r : risks)
        EXPECT_NE(r.risk, RiskCatalog::find(r.code)->risk) << r.code.toStdString(); // English outside
}

} // namespace
