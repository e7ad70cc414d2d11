#include "model/Money.h"

namespace clientele {

QString formatMinorUnits(MinorUnits amount)
{
    const bool negative = amount < 0;
    // Work on the unsigned magnitude so INT64_MIN does not overflow.
    const auto magnitude =
        negative ? 0ULL - static_cast<std::uint64_t>(amount) : static_cast<std::uint64_t>(amount);
    const QString whole = QString::number(magnitude / 100);
    const QString cents = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return (negative ? QStringLiteral("-") : QString()) + whole + QLatin1Char('.') + cents;
}

} // namespace clientele
