#pragma once

#include "storage/SqlDialect.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace clientele {

// The settings that describe one database's data, kept in that database (app_meta) so they travel
// with the file: the scoring scheme and tier model, the analysis date, the currency and how money
// is shown, and the company name and logo of the reports. (The UI language belongs to the user, not
// the data, and stays in QSettings.)
struct AppSettings
{
    enum class CurrencyStyle
    {
        Symbol, // "¥1,234.50"
        Code    // "CNY 1,234.50"
    };

    QString schemeCode;                // empty: the engine's default (quintile)
    QString tierModelCode;             // empty: each customer kind's default model
    std::optional<QDate> analysisDate; // empty: the latest order in the database
    QString currencyCode = QStringLiteral("CNY");
    CurrencyStyle currencyStyle = CurrencyStyle::Symbol;
    int currencyDecimals = 2; // 0 or 2: money is stored in minor units (fen, cents)
    QString companyName;
    QByteArray logo; // the picked image file's bytes (PNG, JPEG…); empty: none

    bool operator==(const AppSettings&) const = default;
};

// Reads and writes AppSettings as "settings.*" rows of app_meta (key, value). Keys that are missing
// read as the defaults; values that cannot be read (a hand-edited file) fall back to them too.
class AppSettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(AppSettingsStore)

public:
    AppSettingsStore(const QSqlDatabase& db, const SqlDialect& dialect);

    AppSettings load() const;
    // Writes every setting in one transaction. Throws StorageError on failure, and for a currency
    // code that is not three letters or decimals other than 0 or 2 (naming the value).
    void save(const AppSettings& settings);

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace clientele
