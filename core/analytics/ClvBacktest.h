#pragma once

#include "BgNbdModel.h"
#include "CustomerFigures.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <vector>

namespace clientele {

// Calibration/holdout check of the purchase model: fit BG/NBD on the data up to a cut-off, predict
// every calibration customer's purchases in the holdout period (cut-off, end], and compare with
// what they did, per group of customers with the same number of repeat purchases in the
// calibration period (0, 1, … 7+, as in Fader, Hardie & Lee 2005, figure 4). Purchases are purchase
// days, as in the fit.
class ClvBacktest
{
    Q_DECLARE_TR_FUNCTIONS(ClvBacktest)

public:
    static constexpr int kOpenGroup = 7; // "7+"

    struct Group
    {
        QString label; // "0", "1", … "7+"
        int customers = 0;
        double actualPurchases = 0.0;    // total over the group's customers
        double predictedPurchases = 0.0; // total over the group's customers
    };

    struct Result
    {
        QDate cutoff;
        QDate end;
        double holdoutWeeks = 0.0;
        BgNbdModel::Fit fit;
        std::vector<Group> groups;
        Group total;
    };

    // atCutoff and atEnd: the same customers in the same order, figures as of the cut-off and as of
    // the end. Customers without a purchase up to the cut-off are not part of the calibration set.
    static Result run(const CustomerFiguresList& atCutoff,
                      const CustomerFiguresList& atEnd,
                      QDate cutoff,
                      QDate end,
                      const FitOptions& options = {});
};

} // namespace clientele
