#pragma once

#include <QStringList>

namespace clientele {

// The codes the latest analysis gave, for the list's filter choices; each list sorted by code.
struct CustomerAnalysisCodes
{
    QStringList tiers;
    QStringList stages;
    QStringList riskLevels;
};

} // namespace clientele
