#pragma once

#include "planning/Playbook.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace clientele {

// The built-in playbooks (seed 001's tier strategies, the ToB tiers, the eleven RFM segments,
// seed 000's lifecycle stages, seed 004's online groups). Built on each call, so the texts follow
// the current language; ids are 0.
class PlaybookCatalog
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookCatalog)

public:
    static std::vector<Playbook> builtIns();
    static std::optional<Playbook> find(const QString& code);
};

} // namespace clientele
