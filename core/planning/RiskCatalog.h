#pragma once

#include "planning/RiskEntry.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace clientele {

// The built-in rows of the risk register (seed 001 section 4). Built on each call, so the texts
// follow the current language; ids are 0.
class RiskCatalog
{
    Q_DECLARE_TR_FUNCTIONS(RiskCatalog)

public:
    static std::vector<RiskEntry> builtIns();
    static std::optional<RiskEntry> find(const QString& code);
};

} // namespace clientele
