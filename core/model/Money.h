#pragma once

#include <QString>

#include <cstdint>

namespace clientele {

// Money is always an integer count of minor units (fen, cents); never floating point.
using MinorUnits = std::int64_t;

// Formats minor units as a plain decimal with two fraction digits, e.g. 123456 -> "1234.56".
QString formatMinorUnits(MinorUnits amount);

} // namespace clientele
