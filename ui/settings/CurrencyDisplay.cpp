#include "settings/CurrencyDisplay.h"

#include <QLocale>

#include <cstdlib>
#include <utility>

namespace clientele {

namespace {

CurrencyDisplay& currentDisplay()
{
    static CurrencyDisplay display;
    return display;
}

} // namespace

CurrencyDisplay::CurrencyDisplay(const AppSettings& settings)
    : m_code(settings.currencyCode)
    , m_style(settings.currencyStyle)
    , m_decimals(settings.currencyDecimals == 0 ? 0 : 2)
{
}

QStringList CurrencyDisplay::commonCodes()
{
    return {QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("EUR"), QStringLiteral("GBP"),
            QStringLiteral("HKD"), QStringLiteral("JPY"), QStringLiteral("TWD"), QStringLiteral("SGD")};
}

QString CurrencyDisplay::symbolOf(const QString& code)
{
    static const std::pair<const char*, const char*> symbols[] = {
        {"CNY", "¥"},   {"USD", "$"},   {"EUR", "€"},   {"GBP", "£"},
        {"HKD", "HK$"}, {"JPY", "JP¥"}, {"TWD", "NT$"}, {"SGD", "S$"},
    };
    for (const auto& [c, symbol] : symbols)
        if (code == QLatin1String(c))
            return QString::fromUtf8(symbol);
    return code;
}

QString CurrencyDisplay::unit() const
{
    return m_style == AppSettings::CurrencyStyle::Symbol ? symbolOf(m_code) : m_code;
}

QString CurrencyDisplay::prefix() const
{
    const QString u = unit();
    // A code, or a symbol that is the code itself, reads better apart from the digits.
    return u == m_code ? u + QLatin1Char(' ') : u;
}

QString CurrencyDisplay::format(qint64 minor, bool withPlus) const
{
    const QLocale locale;
    // Integer arithmetic only: no floating point ever touches money.
    const qint64 magnitude = minor < 0 ? -minor : minor;
    QString digits;
    if (m_decimals == 0)
        digits = locale.toString((magnitude + 50) / 100);
    else
        digits = locale.toString(magnitude / 100) + locale.decimalPoint() +
                 QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    const bool zero = m_decimals == 0 ? (magnitude + 50) / 100 == 0 : magnitude == 0;
    QString sign;
    if (minor < 0 && !zero)
        sign = locale.negativeSign();
    else if (withPlus && minor > 0 && !zero)
        sign = locale.positiveSign();
    return sign + prefix() + digits;
}

const CurrencyDisplay& CurrencyDisplay::current()
{
    return currentDisplay();
}

void CurrencyDisplay::setCurrent(const CurrencyDisplay& display)
{
    currentDisplay() = display;
}

} // namespace clientele
