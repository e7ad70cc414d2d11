#pragma once

#include "RfmScore.h"

#include <QStringList>

namespace clientele {

// One customer's scores with the trace: one translated sentence per dimension naming the figure and
// the boundary that gave the score (or one sentence saying why the customer is not scored).
struct RfmScoring
{
    RfmScore score;
    QStringList reasons;
};

} // namespace clientele
