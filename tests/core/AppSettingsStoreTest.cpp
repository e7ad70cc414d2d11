// The per-database settings in app_meta: defaults when nothing is stored, a round trip through a
// reopened file, clearing, and refusal of values the UI must never store.
#include "storage/AppSettingsStore.h"

#include "TestSupport.h"
#include "storage/StorageError.h"

#include <gtest/gtest.h>

using namespace clientele;

TEST(AppSettingsStoreTest, NothingStoredReadsAsTheDefaults)
{
    test::TempWorkspace ws;
    auto db = ws.openDatabase();
    const AppSettings s = AppSettingsStore(db->connection(), db->dialect()).load();
    EXPECT_EQ(s, AppSettings{});
    EXPECT_EQ(s.currencyCode, QStringLiteral("CNY"));
    EXPECT_EQ(s.currencyDecimals, 2);
    EXPECT_FALSE(s.analysisDate.has_value());
}

TEST(AppSettingsStoreTest, SettingsSurviveReopeningTheFile)
{
    test::TempWorkspace ws;
    AppSettings s;
    s.schemeCode = QStringLiteral("tob");
    s.tierModelCode = QStringLiteral("rfm11");
    s.analysisDate = QDate(2011, 9, 30);
    s.currencyCode = QStringLiteral("EUR");
    s.currencyStyle = AppSettings::CurrencyStyle::Code;
    s.currencyDecimals = 0;
    s.companyName = QStringLiteral("华信科技有限公司");
    s.logo = QByteArray("\x89PNG\r\n\x1a\n\0\1\2", 11);
    {
        auto db = ws.openDatabase();
        AppSettingsStore(db->connection(), db->dialect()).save(s);
    }
    auto db = ws.openDatabase();
    EXPECT_EQ(AppSettingsStore(db->connection(), db->dialect()).load(), s);

    // Back to the defaults: the rows go, and the defaults read back.
    AppSettingsStore(db->connection(), db->dialect()).save(AppSettings{});
    EXPECT_EQ(AppSettingsStore(db->connection(), db->dialect()).load(), AppSettings{});
}

TEST(AppSettingsStoreTest, ABadCurrencyIsRefusedByName)
{
    test::TempWorkspace ws;
    auto db = ws.openDatabase();
    AppSettings s;
    s.currencyCode = QStringLiteral("yuan");
    try {
        AppSettingsStore(db->connection(), db->dialect()).save(s);
        FAIL() << "a bad currency code was stored";
    } catch (const StorageError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("yuan")));
    }
    s.currencyCode = QStringLiteral("USD");
    s.currencyDecimals = 3;
    EXPECT_THROW(AppSettingsStore(db->connection(), db->dialect()).save(s), StorageError);
    // Nothing of the refused saves was written.
    EXPECT_EQ(AppSettingsStore(db->connection(), db->dialect()).load(), AppSettings{});
}
