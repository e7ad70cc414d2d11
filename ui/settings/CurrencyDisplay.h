#pragma once

#include "storage/AppSettingsStore.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace clientele {

// How the UI writes money: the currency (CNY by default) as its symbol ("¥1,234.50") or its code
// ("CNY 1,234.50"), with 2 decimals (exact cents from integer minor units) or whole units. One
// process-wide current() display, set from the open database's settings, so every page formats
// money the same way.
class CurrencyDisplay
{
    Q_DECLARE_TR_FUNCTIONS(CurrencyDisplay)

public:
    CurrencyDisplay() = default;
    explicit CurrencyDisplay(const AppSettings& settings);

    QString code() const { return m_code; }
    AppSettings::CurrencyStyle style() const { return m_style; }
    int decimals() const { return m_decimals; }

    // What stands before the number: "¥" or "CNY " (a code is followed by a space).
    QString prefix() const;
    // The unit on its own, for axis titles: "¥" or "CNY".
    QString unit() const;
    // minor units → "¥12,345.67" (or whole units when decimals() is 0, rounded half away from
    // zero); withPlus puts the locale's plus sign before a positive amount.
    QString format(qint64 minor, bool withPlus = false) const;

    // The codes the settings offer first (the combo accepts any three letters too).
    static QStringList commonCodes();
    // "¥" for CNY, "$" for USD…; the code itself when there is no well-known symbol.
    static QString symbolOf(const QString& code);

    static const CurrencyDisplay& current();
    static void setCurrent(const CurrencyDisplay& display);

private:
    QString m_code = QStringLiteral("CNY");
    AppSettings::CurrencyStyle m_style = AppSettings::CurrencyStyle::Symbol;
    int m_decimals = 2;
};

} // namespace clientele
