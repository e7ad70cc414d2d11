#pragma once

#include <QString>

namespace clientele {

// A customer's RFM scores, each 1–5 (5 = best: most recent, most frequent, highest spend). 0 means
// "not scored": the customer never bought up to the analysis date.
struct RfmScore
{
    int r = 0, f = 0, m = 0;

    bool isScored() const { return r > 0 && f > 0 && m > 0; }
    // The three digits, e.g. "555"; empty when not scored.
    QString code() const
    {
        if (!isScored())
            return {};
        return QString::number(r * 100 + f * 10 + m);
    }
    bool operator==(const RfmScore&) const = default;
};

} // namespace clientele
