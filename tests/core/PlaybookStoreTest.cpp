// The playbook library on a real SQLite file: built-ins inserted once, edits kept per column, reset,
// duplicate, retire, the user's own templates, and the built-in texts in English and Chinese.
#include "storage/PlaybookStore.h"

#include "TestSupport.h"
#include "analytics/KpiCatalog.h"
#include "planning/PlanningError.h"
#include "planning/PlaybookCatalog.h"
#include "storage/PlanStore.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QTranslator>

#include <algorithm>
#include <gtest/gtest.h>

using namespace clientele;

namespace {

class PlaybookStoreTest : public ::testing::Test
{
protected:
    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
    PlaybookStore store{db->connection(), db->dialect()};

    qint64 rows(const QString& where = QStringLiteral("1 = 1")) const
    {
        return sql::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM playbook WHERE ") + where)
            .toLongLong();
    }
    qint64 idOf(const char* code) const { return store.findByCode(QString::fromLatin1(code))->id; }
};

// Installs the Chinese catalogue for the lifetime of the object.
class ChineseTexts
{
public:
    ChineseTexts()
    {
        m_loaded = m_translator.load(QStringLiteral(":/i18n/clientele_zh_CN.qm"));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~ChineseTexts()
    {
        if (m_loaded)
            QCoreApplication::removeTranslator(&m_translator);
    }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

Playbook ownPlaybook()
{
    Playbook p;
    p.targetKind = PlaybookTarget::Tier;
    p.tierModel = QStringLiteral("seed4");
    p.target = QStringLiteral("potential");
    p.name = QStringLiteral("Spring coupon push");
    p.goal = QStringLiteral("Second purchase before May");
    p.measures = QStringLiteral("Coupon by SMS\nReminder after 7 days");
    p.ownerRole = OwnerRole::Marketing;
    p.cadence = QStringLiteral("Weekly");
    p.resources = QStringLiteral("Coupon budget");
    p.expectedEffect = QStringLiteral("Repurchase +5 pp");
    p.kpi = QString::fromLatin1(KpiCatalog::RepurchaseRate);
    return p;
}

TEST(PlaybookCatalogTest, CoversTheTiersStagesAndOnlineGroupsWithKnownKpis)
{
    const std::vector<Playbook> all = PlaybookCatalog::builtIns();
    const auto has = [&all](PlaybookTarget kind, const char* model, const char* target) {
        return std::any_of(all.begin(), all.end(), [&](const Playbook& p) {
            return p.targetKind == kind && p.tierModel == QLatin1String(model) &&
                   p.target == QLatin1String(target);
        });
    };
    for (const char* tier : {"high_value", "potential", "low_value", "churn_risk"})
        EXPECT_TRUE(has(PlaybookTarget::Tier, "seed4", tier)) << tier;
    for (const char* tier : {"strategic", "core", "potential", "risk"})
        EXPECT_TRUE(has(PlaybookTarget::Tier, "tob4", tier)) << tier;
    for (const char* segment :
         {"champions", "loyal", "potential_loyalist", "new_customers", "promising", "need_attention",
          "about_to_sleep", "at_risk", "cant_lose", "hibernating", "lost"})
        EXPECT_TRUE(has(PlaybookTarget::Tier, "rfm11", segment)) << segment;
    for (const char* stage : {"acquire", "activate", "grow", "mature", "retain", "win_back"})
        EXPECT_TRUE(has(PlaybookTarget::Stage, "", stage)) << stage;
    for (const char* group : {"new", "active", "dormant", "churned"})
        EXPECT_TRUE(has(PlaybookTarget::OnlineGroup, "", group)) << group;
    for (const Playbook& p : all) {
        EXPECT_TRUE(KpiCatalog::find(p.kpi).has_value()) << p.code.toStdString();
        EXPECT_FALSE(p.name.isEmpty() || p.goal.isEmpty() || p.measures.isEmpty() || p.cadence.isEmpty() ||
                     p.resources.isEmpty() || p.expectedEffect.isEmpty())
            << p.code.toStdString();
    }
    // Seed 001: the churn-risk tier's first measure is the service team's call within 24 hours.
    const Playbook churn = *PlaybookCatalog::find(QStringLiteral("tier.seed4.churn_risk"));
    EXPECT_EQ(churn.ownerRole, OwnerRole::Service);
    EXPECT_TRUE(churn.measures.contains(QStringLiteral("24 hours")));
    EXPECT_EQ(churn.kpi, QString::fromLatin1(KpiCatalog::WinBackRate));
    EXPECT_FALSE(PlaybookCatalog::find(QStringLiteral("tier.seed4.nobody")).has_value());
}

TEST_F(PlaybookStoreTest, InsertsTheBuiltInsOnceWithNullTexts)
{
    EXPECT_EQ(rows(), 0);
    const std::vector<Playbook> listed = store.list();
    const std::size_t builtIns = PlaybookCatalog::builtIns().size();
    ASSERT_EQ(listed.size(), builtIns);
    EXPECT_EQ(rows(QStringLiteral("code IS NOT NULL AND name IS NULL AND goal IS NULL AND kpi IS NULL")),
              static_cast<qint64>(builtIns));
    EXPECT_EQ(store.ensureBuiltIns(), 0);
    store.list();
    EXPECT_EQ(rows(), static_cast<qint64>(builtIns));
    // In catalogue order, with the catalogue's words.
    EXPECT_EQ(listed.front().code, QStringLiteral("tier.seed4.high_value"));
    EXPECT_EQ(listed.front().name, PlaybookCatalog::builtIns().front().name);
    EXPECT_FALSE(listed.front().edited);
    // A deleted built-in row comes back on the next use.
    sql::run(db->connection(), QStringLiteral("DELETE FROM playbook WHERE code = 'group.new'"));
    EXPECT_EQ(store.ensureBuiltIns(), 1);
    EXPECT_TRUE(store.findByCode(QStringLiteral("group.new")).has_value());
}

TEST_F(PlaybookStoreTest, AnEditedBuiltInStoresOnlyTheChangedTextsAndResetPutsTheCatalogueBack)
{
    Playbook p = *store.findByCode(QStringLiteral("tier.seed4.high_value"));
    const Playbook original = p;
    p.name = QStringLiteral("VIP care");
    p.ownerRole = OwnerRole::Service;
    p.kpi.clear();                          // no KPI: stored as an empty text, not as "use the catalogue's"
    p.target = QStringLiteral("low_value"); // a built-in keeps its target
    store.update(p);

    const Playbook edited = *store.find(p.id);
    EXPECT_TRUE(edited.edited);
    EXPECT_EQ(edited.name, QStringLiteral("VIP care"));
    EXPECT_EQ(edited.ownerRole, OwnerRole::Service);
    EXPECT_TRUE(edited.kpi.isEmpty());
    EXPECT_EQ(edited.goal, original.goal);
    EXPECT_EQ(edited.target, QStringLiteral("high_value"));
    const QString where = QStringLiteral("id = %1 AND ").arg(p.id);
    EXPECT_EQ(rows(where + QStringLiteral("name = 'VIP care' AND goal IS NULL AND measures IS NULL"
                                          " AND owner_role = 'service' AND kpi = ''")),
              1);

    store.reset(p.id);
    const Playbook reset = *store.find(p.id);
    EXPECT_FALSE(reset.edited);
    EXPECT_EQ(reset.name, original.name);
    EXPECT_EQ(reset.ownerRole, OwnerRole::Sales);
    EXPECT_EQ(reset.kpi, original.kpi);
    EXPECT_EQ(rows(where + QStringLiteral("name IS NULL AND owner_role IS NULL AND kpi IS NULL")), 1);
}

TEST_F(PlaybookStoreTest, ResetAllBuiltInsCountsOnlyTheChangedOnes)
{
    Playbook a = *store.findByCode(QStringLiteral("stage.grow"));
    a.cadence = QStringLiteral("Weekly");
    store.update(a);
    store.setRetired(idOf("group.dormant"), true);
    const qint64 own = store.insert(ownPlaybook());
    EXPECT_EQ(store.resetAllBuiltIns(), 2);
    EXPECT_FALSE(store.find(a.id)->edited);
    EXPECT_FALSE(store.findByCode(QStringLiteral("group.dormant"))->retired);
    EXPECT_EQ(store.find(own)->name, QStringLiteral("Spring coupon push")); // the user's own untouched
    EXPECT_EQ(store.resetAllBuiltIns(), 0);
}

TEST_F(PlaybookStoreTest, DuplicateMakesAnEditableOwnCopyWithTheShownTexts)
{
    const Playbook source = *store.findByCode(QStringLiteral("tier.seed4.churn_risk"));
    const qint64 copyId = store.duplicate(source.id);
    ASSERT_NE(copyId, source.id);
    const Playbook copy = *store.find(copyId);
    EXPECT_FALSE(copy.isBuiltIn());
    EXPECT_EQ(copy.name, source.name + QStringLiteral(" (copy)"));
    EXPECT_EQ(copy.measures, source.measures);
    EXPECT_EQ(copy.targetKind, PlaybookTarget::Tier);
    EXPECT_EQ(copy.target, QStringLiteral("churn_risk"));
    EXPECT_EQ(copy.ownerRole, OwnerRole::Service);
    // The copy's texts are its own, stored in full.
    EXPECT_EQ(rows(QStringLiteral("id = %1 AND code IS NULL AND measures IS NOT NULL").arg(copyId)), 1);
    // The user's copy can be removed, the built-in cannot.
    EXPECT_TRUE(store.remove(copyId));
    EXPECT_FALSE(store.find(copyId).has_value());
    EXPECT_THROW(store.remove(source.id), PlanningError);
    EXPECT_TRUE(store.find(source.id).has_value());
    EXPECT_THROW(store.duplicate(999999), PlanningError);
}

TEST_F(PlaybookStoreTest, RetiredPlaybooksAreKeptButNotOffered)
{
    const qint64 id = idOf("stage.acquire");
    const std::size_t all = store.list().size();
    store.setRetired(id, true);
    EXPECT_TRUE(store.find(id)->retired);
    EXPECT_EQ(store.list().size(), all);
    const std::vector<Playbook> offered = store.list(false);
    EXPECT_EQ(offered.size(), all - 1);
    EXPECT_TRUE(std::none_of(offered.begin(), offered.end(), [id](const Playbook& p) { return p.id == id; }));
    store.setRetired(id, false);
    EXPECT_EQ(store.list(false).size(), all);
    EXPECT_THROW(store.setRetired(999999, true), PlanningError);
}

TEST_F(PlaybookStoreTest, OwnPlaybooksAreValidatedStoredAndListedAfterTheBuiltIns)
{
    Playbook bad = ownPlaybook();
    bad.name = QStringLiteral("  ");
    bad.kpi = QStringLiteral("happiness");
    try {
        store.insert(bad);
        FAIL() << "an unnamed playbook with an unknown KPI was stored";
    } catch (const PlanningError& error) {
        ASSERT_EQ(error.issues().size(), 2u);
        EXPECT_EQ(error.issues()[0].field, QStringLiteral("name"));
        EXPECT_EQ(error.issues()[1].field, QStringLiteral("kpi"));
        EXPECT_TRUE(error.message().contains(QStringLiteral("happiness")));
    }
    const qint64 b = store.insert([] {
        Playbook p = ownPlaybook();
        p.name = QStringLiteral("Autumn push");
        return p;
    }());
    const qint64 a = store.insert(ownPlaybook());
    const std::vector<Playbook> listed = store.list();
    ASSERT_EQ(listed.size(), PlaybookCatalog::builtIns().size() + 2);
    EXPECT_EQ(listed[listed.size() - 2].id, b); // "Autumn push" before "Spring coupon push"
    EXPECT_EQ(listed.back().id, a);

    Playbook p = *store.find(a);
    EXPECT_EQ(p.measures, QStringLiteral("Coupon by SMS\nReminder after 7 days"));
    EXPECT_EQ(p.ownerRole, OwnerRole::Marketing);
    p.targetKind = PlaybookTarget::Stage;
    p.tierModel.clear();
    p.target = QStringLiteral("retain");
    p.expectedEffect = QStringLiteral("Churn −2 pp");
    store.update(p);
    EXPECT_EQ(store.find(a)->target, QStringLiteral("retain"));
    EXPECT_EQ(store.find(a)->expectedEffect, QStringLiteral("Churn −2 pp"));
    p.target = QStringLiteral("sleep");
    EXPECT_THROW(store.update(p), PlanningError);
    EXPECT_THROW(store.reset(a), PlanningError); // only built-ins can be reset
}

TEST_F(PlaybookStoreTest, RemovingAPlaybookKeepsTheItemsMadeFromIt)
{
    const qint64 own = store.insert(ownPlaybook());
    PlanStore plans(db->connection(), db->dialect());
    const qint64 planId = plans.insertPlan(
        {0, QStringLiteral("2024"), QStringLiteral("2024"), QStringLiteral("seed4"), {}, {}});
    ExecutionItem item;
    item.planId = planId;
    item.segment = QStringLiteral("potential");
    item.playbookId = own;
    item.strategy = QStringLiteral("Spring coupon push");
    item.owner = QStringLiteral("Li Na");
    item.startsOn = QDate(2024, 3, 1);
    item.endsOn = QDate(2024, 4, 30);
    const qint64 itemId = plans.insertItem(item);
    EXPECT_TRUE(store.remove(own));
    const ExecutionItem kept = *plans.item(itemId);
    EXPECT_FALSE(kept.playbookId.has_value());
    EXPECT_EQ(kept.strategy, QStringLiteral("Spring coupon push"));
}

TEST_F(PlaybookStoreTest, BuiltInTextsFollowTheLanguageUnlessEdited)
{
    const Playbook english = *store.findByCode(QStringLiteral("tier.seed4.high_value"));
    EXPECT_EQ(english.name, QStringLiteral("Deep binding for high-value customers"));
    Playbook edited = *store.findByCode(QStringLiteral("tier.seed4.churn_risk"));
    edited.name = QStringLiteral("Rescue call");
    store.update(edited);

    const ChineseTexts chinese;
    ASSERT_TRUE(chinese.loaded()) << "the zh_CN catalogue is not embedded";
    const Playbook high = *store.findByCode(QStringLiteral("tier.seed4.high_value"));
    EXPECT_EQ(high.name, QStringLiteral("高价值客户深度绑定"));
    EXPECT_TRUE(high.measures.contains(QStringLiteral("专属客户经理"))) << high.measures.toStdString();
    const Playbook churn = *store.find(edited.id);
    EXPECT_EQ(churn.name, QStringLiteral("Rescue call")); // the user's words stay
    EXPECT_TRUE(churn.measures.contains(QStringLiteral("24小时"))) << churn.measures.toStdString();
    // Every built-in has a Chinese name, goal and measures.
    for (const Playbook& p : PlaybookCatalog::builtIns()) {
        const auto hasChinese = [](const QString& text) {
            return std::any_of(text.begin(), text.end(),
                               [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
        };
        EXPECT_TRUE(hasChinese(p.name) && hasChinese(p.goal) && hasChinese(p.measures) &&
                    hasChinese(p.cadence) && hasChinese(p.resources) && hasChinese(p.expectedEffect))
            << p.code.toStdString() << ": " << p.name.toStdString();
    }
}

} // namespace
