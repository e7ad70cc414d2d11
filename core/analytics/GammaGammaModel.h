#pragma once

#include "CustomerSummary.h"
#include "FitDiagnostics.h"

#include <QCoreApplication>

#include <array>

namespace clientele {

// The Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV: Using Iso-Value Curves";
// Fader & Hardie 2013, "The Gamma-Gamma Model of Monetary Value"). A customer's transaction values
// are Gamma(p, ν) around their own mean p/ν; ν varies across customers as Gamma(q, γ). Fitted on
// repeat buyers (x > 0) from their mean repeat-transaction value zbar. Assumes spend is independent
// of purchase frequency; the fit warns when the data disagree.
class GammaGammaModel
{
    Q_DECLARE_TR_FUNCTIONS(GammaGammaModel)

public:
    struct Parameters
    {
        double p = 0.0;
        double q = 0.0;
        double gamma = 0.0;
    };

    struct Fit
    {
        Parameters parameters;
        std::array<double, 3> standardErrors{}; // p, q, γ
        FitDiagnostics diagnostics;             // excluded = repeat buyers with zero spend, left out
    };

    static Fit fit(const CustomerSummaries& customers, const FitOptions& options = {});

    // ln f(zbar | x; p, q, γ) summed over the repeat buyers with positive spend, and its gradient with
    // respect to (log p, log q, log γ) when gradientLog is not null.
    static double logLikelihood(const Parameters& parameters,
                                const CustomerSummaries& customers,
                                std::array<double, 3>* gradientLog = nullptr);

    // E[Z | x, zbar] = p(γ + x·zbar) / (px + q − 1): the customer's mean value shrunk towards the
    // population mean pγ/(q − 1), by how many transactions back it. x = 0 gives the population mean.
    // NaN when q ≤ 1 and x = 0 (the population mean is infinite then).
    static double expectedAverageValue(const Parameters& parameters, const CustomerSummary& customer);
};

} // namespace clientele
