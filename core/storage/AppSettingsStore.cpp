#include "storage/AppSettingsStore.h"

#include "storage/SqlSupport.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QRegularExpression>

#include <map>

namespace clientele {

namespace {

const QString kScheme = QStringLiteral("settings.scoring_scheme");
const QString kTierModel = QStringLiteral("settings.tier_model");
const QString kAnalysisDate = QStringLiteral("settings.analysis_date");
const QString kCurrency = QStringLiteral("settings.currency");
const QString kCurrencyStyle = QStringLiteral("settings.currency_style");
const QString kCurrencyDecimals = QStringLiteral("settings.currency_decimals");
const QString kCompany = QStringLiteral("settings.company_name");
const QString kLogo = QStringLiteral("settings.company_logo"); // base64: app_meta.value is text

} // namespace

AppSettingsStore::AppSettingsStore(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

AppSettings AppSettingsStore::load() const
{
    std::map<QString, QString> values;
    QSqlQuery q =
        sql::run(m_db, QStringLiteral("SELECT key, value FROM app_meta WHERE key LIKE 'settings.%'"));
    while (q.next())
        values[q.value(0).toString()] = q.value(1).toString();
    const auto value = [&](const QString& key) {
        const auto it = values.find(key);
        return it == values.end() ? QString() : it->second;
    };

    AppSettings s;
    s.schemeCode = value(kScheme);
    s.tierModelCode = value(kTierModel);
    const QDate date = QDate::fromString(value(kAnalysisDate), Qt::ISODate);
    if (date.isValid())
        s.analysisDate = date;
    const QString currency = value(kCurrency);
    if (QRegularExpression(QStringLiteral("^[A-Z]{3}$")).match(currency).hasMatch())
        s.currencyCode = currency;
    if (value(kCurrencyStyle) == QLatin1String("code"))
        s.currencyStyle = AppSettings::CurrencyStyle::Code;
    if (value(kCurrencyDecimals) == QLatin1String("0"))
        s.currencyDecimals = 0;
    s.companyName = value(kCompany);
    s.logo = QByteArray::fromBase64(value(kLogo).toLatin1());
    return s;
}

void AppSettingsStore::save(const AppSettings& s)
{
    if (!QRegularExpression(QStringLiteral("^[A-Z]{3}$")).match(s.currencyCode).hasMatch())
        throw StorageError(StorageError::Kind::Validation,
                           tr("The currency code “%1” is not three capital letters (ISO 4217, e.g. CNY).")
                               .arg(s.currencyCode));
    if (s.currencyDecimals != 0 && s.currencyDecimals != 2)
        throw StorageError(StorageError::Kind::Validation,
                           tr("Money is shown with 0 or 2 decimals, not %1.").arg(s.currencyDecimals));

    const std::pair<QString, QString> rows[] = {
        {kScheme, s.schemeCode},
        {kTierModel, s.tierModelCode},
        {kAnalysisDate, s.analysisDate ? s.analysisDate->toString(Qt::ISODate) : QString()},
        {kCurrency, s.currencyCode},
        {kCurrencyStyle, s.currencyStyle == AppSettings::CurrencyStyle::Code ? QStringLiteral("code")
                                                                             : QStringLiteral("symbol")},
        {kCurrencyDecimals, QString::number(s.currencyDecimals)},
        {kCompany, s.companyName},
        {kLogo, QString::fromLatin1(s.logo.toBase64())},
    };
    WriteTransaction transaction(m_db, m_dialect);
    for (const auto& [key, value] : rows) {
        if (value.isEmpty()) {
            sql::run(m_db, QStringLiteral("DELETE FROM app_meta WHERE key = ?"), {key});
            continue;
        }
        // Standard upsert (SQLite 3.24+, PostgreSQL 9.5+), as AnalyticsRuleStore does.
        sql::run(m_db,
                 QStringLiteral("INSERT INTO app_meta (key, value) VALUES (?, ?)"
                                " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                 {key, value});
    }
    transaction.commit();
}

} // namespace clientele
