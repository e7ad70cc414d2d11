#pragma once

#include "ChurnRisk.h"
#include "CustomerFigures.h"
#include "LifecycleClassifier.h"
#include "RfmScoring.h"
#include "TierModel.h"

#include <cmath>
#include <limits>
#include <vector>

namespace clientele {

// Everything the engine says about one customer as of the analysis date. Model values are NaN when
// the customer is not modelled (never bought, or known only from a summary row).
struct CustomerAnalysis
{
    CustomerFigures figures;
    RfmScoring rfm;
    TierAssignment tier;
    LifecycleAssessment lifecycle;
    double pAlive = std::numeric_limits<double>::quiet_NaN();
    double expectedPurchases90d = std::numeric_limits<double>::quiet_NaN();
    double clvMinor = std::numeric_limits<double>::quiet_NaN(); // discounted, in minor units
    bool clvFromHistory = false; // a fit did not converge: the value comes from the customer's history
    ChurnRisk risk;

    LifecycleStage stage() const { return lifecycle.stage; }
    bool isModelled() const { return !std::isnan(pAlive) || !std::isnan(clvMinor); }
};

using CustomerAnalyses = std::vector<CustomerAnalysis>;

} // namespace clientele
