#include "ClvBacktest.h"

#include <algorithm>

namespace clientele {

ClvBacktest::Result ClvBacktest::run(const CustomerFiguresList& atCutoff,
                                     const CustomerFiguresList& atEnd,
                                     QDate cutoff,
                                     QDate end,
                                     const FitOptions& options)
{
    Result result;
    result.cutoff = cutoff;
    result.end = end;
    result.holdoutWeeks = static_cast<double>(cutoff.daysTo(end)) / 7.0;

    CustomerSummaries calibration;
    std::vector<std::size_t> members;
    for (std::size_t i = 0; i < atCutoff.size() && i < atEnd.size(); ++i)
        if (atCutoff[i].orders > 0) {
            calibration.push_back(atCutoff[i].summary);
            members.push_back(i);
        }
    result.fit = BgNbdModel::fit(calibration, options);

    result.groups.resize(kOpenGroup + 1);
    for (int g = 0; g <= kOpenGroup; ++g)
        result.groups[static_cast<std::size_t>(g)].label =
            g == kOpenGroup ? QStringLiteral("%1+").arg(g) : QString::number(g);
    result.total.label = tr("all");
    for (std::size_t k = 0; k < members.size(); ++k) {
        const CustomerSummary& before = calibration[k];
        const CustomerFigures& after = atEnd[members[k]];
        // Purchase days after the cut-off: the days counted at the end minus those counted before.
        const double actual = std::max(0.0, (after.summary.x + 1) - (before.x + 1));
        double predicted = BgNbdModel::expectedPurchases(result.fit.parameters, before, result.holdoutWeeks);
        if (!std::isfinite(predicted))
            predicted = 0.0;
        Group& group =
            result.groups[static_cast<std::size_t>(std::min<int>(kOpenGroup, static_cast<int>(before.x)))];
        for (Group* g : {&group, &result.total}) {
            ++g->customers;
            g->actualPurchases += actual;
            g->predictedPurchases += predicted;
        }
    }
    return result;
}

} // namespace clientele
