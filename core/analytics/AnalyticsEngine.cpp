#include "AnalyticsEngine.h"

#include "AnalyticsRuleError.h"
#include "CustomerFiguresCalculator.h"
#include "HugePages.h"
#include "RfmScorer.h"
#include "storage/AnalyticsRuleStore.h"
#include "storage/CustomerActivityReader.h"
#include "storage/Database.h"

#include <QThread>

#include <algorithm>
#include <cmath>
#include <future>
#include <limits>
#include <map>
#include <numeric>

namespace clientele {

namespace {

constexpr double kDaysPerWeek = 7.0;
constexpr int kExpectedPurchasesDays = 90;
constexpr double kMinHistoryWeeks = 26.0;      // a base younger than half a year is too thin to fit
constexpr std::size_t kTwoThreadsFrom = 10000; // customers; below, a thread costs more than it saves

} // namespace

AnalyticsEngine::AnalyticsEngine(const QSqlDatabase& db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

QDate AnalyticsEngine::defaultAsOf() const
{
    const CustomerActivityReader reader(m_db, m_dialect);
    const QDate lastOrder = reader.lastOrderDate();
    const QDate lastSummary = reader.lastSummaryDate();
    if (lastOrder.isValid() || lastSummary.isValid())
        return std::max(lastOrder.isValid() ? lastOrder : lastSummary,
                        lastSummary.isValid() ? lastSummary : lastOrder);
    return QDate::currentDate();
}

QString AnalyticsEngine::stepName(Step step)
{
    switch (step) {
    case Step::Reading:
        return tr("Reading customers and orders");
    case Step::Figures:
        return tr("Computing customer figures");
    case Step::Scoring:
        return tr("Scoring RFM");
    case Step::Tiers:
        return tr("Assigning tiers");
    case Step::Stages:
        return tr("Classifying lifecycle stages");
    case Step::Fitting:
        return tr("Fitting the purchase and spend models");
    case Step::Lifetime:
        return tr("Predicting lifetime value");
    case Step::Risk:
        return tr("Assessing churn risk");
    case Step::Done:
        break;
    }
    return tr("Done");
}

AnalyticsEngine::Result AnalyticsEngine::runOnOwnConnection(const Database& database,
                                                            const Options& options,
                                                            const ProgressCallback& progress,
                                                            const std::atomic<bool>* cancel)
{
    const std::unique_ptr<DatabaseConnection> connection = database.openThreadConnection();
    return AnalyticsEngine(connection->handle(), connection->dialect()).run(options, progress, cancel);
}

AnalyticsEngine::Result AnalyticsEngine::run(const Options& options,
                                             const ProgressCallback& progress,
                                             const std::atomic<bool>* cancel) const
{
    // Progress is reported in per-mille of the whole run; reading is most of it.
    constexpr int kTotal = 1000;
    constexpr int kReadShare = 600;
    const auto report = [&](Step step, int done) {
        if (progress)
            progress(step, done, kTotal);
    };
    const auto cancelled = [cancel] {
        return cancel && cancel->load(std::memory_order_relaxed);
    };

    Result result;
    result.asOf = options.asOf.value_or(defaultAsOf());
    result.schemeCode = options.schemeCode.isEmpty() ? ScoringScheme::defaultCode() : options.schemeCode;

    // The rules first, so a wrong code fails before the long read.
    const AnalyticsRuleStore rules(m_db, m_dialect);
    const std::optional<ScoringScheme> scheme = rules.scheme(result.schemeCode);
    if (!scheme)
        throw AnalyticsRuleError(tr("There is no scoring scheme '%1'.").arg(result.schemeCode));
    std::map<QString, TierModel> models; // by code
    const auto loadModel = [&](const QString& code) {
        if (models.count(code))
            return;
        std::optional<TierModel> model = rules.tierModel(code);
        if (!model)
            throw AnalyticsRuleError(tr("There is no tier model '%1'.").arg(code));
        models.emplace(code, std::move(*model));
    };
    if (!options.tierModelCode.isEmpty())
        loadModel(options.tierModelCode);

    report(Step::Reading, 0);
    const CustomerActivityReader reader(m_db, m_dialect);
    CustomerActivities activities = reader.read(
        result.asOf,
        [&](int done, int total) { report(Step::Reading, total > 0 ? kReadShare * done / total : 0); },
        cancel);
    if (cancelled()) {
        result.cancelled = true;
        return result;
    }

    report(Step::Figures, kReadShare);
    // The figures are computed straight into the results and the steps below see them there: a
    // separate list of them beside the results was the recompute's peak memory. The stages are the
    // last use of the activities, so the orders can go before anything else is made.
    const std::size_t n = activities.size();
    reserveWithHugePages(result.customers, n);
    result.customers.resize(n);
    {
        const CustomerFiguresCalculator calculator(result.asOf);
        const LifecycleClassifier classifier(options.lifecycle);
        // Each customer's figures and stage depend on that customer alone: a large base is done in
        // two halves, the upper one on a second thread.
        const auto figuresOf = [&](std::size_t begin, std::size_t end) {
            qint64 netAmountMinor = 0;
            for (std::size_t i = begin; i < end; ++i) {
                CustomerAnalysis& c = result.customers[i];
                c.figures = calculator.calculate(activities[i]);
                c.lifecycle = classifier.assess(activities[i], result.asOf, options.explain);
                netAmountMinor += c.figures.netAmountMinor;
                // This customer's orders are done with: the heap they free takes the stage histories
                // made in this loop, which would otherwise add to the peak.
                std::vector<OrderRecord>().swap(activities[i].orders);
                std::vector<qint64>().swap(activities[i].interactionDays);
            }
            return netAmountMinor;
        };
        if (n >= kTwoThreadsFrom && QThread::idealThreadCount() > 1) {
            std::future<qint64> upper = std::async(std::launch::async, figuresOf, n / 2, n);
            result.totalNetAmountMinor = figuresOf(0, n / 2);
            result.totalNetAmountMinor += upper.get();
        } else {
            result.totalNetAmountMinor = figuresOf(0, n);
        }
        CustomerActivities().swap(activities);
    }
    std::vector<const CustomerFigures*> figures(n);
    for (std::size_t i = 0; i < n; ++i)
        figures[i] = &result.customers[i].figures;

    // The models see customers with completed orders; summary-row customers have no (x, t_x, T).
    CustomerSummaries summaries;
    std::vector<std::size_t> modelled;
    const auto modelledCount = static_cast<std::size_t>(std::count_if(
        figures.begin(), figures.end(), [](const CustomerFigures* f) { return f->orders > 0; }));
    summaries.reserve(modelledCount);
    modelled.reserve(modelledCount);
    for (std::size_t i = 0; i < n; ++i)
        if (figures[i]->orders > 0) {
            summaries.push_back(figures[i]->summary);
            modelled.push_back(i);
        }
    FitOptions fitOptions = options.fit;
    if (fitOptions.minHistory <= 0.0)
        fitOptions.minHistory = kMinHistoryWeeks;
    // The fits need only the summaries: they run on two more threads while this one scores, assigns
    // tiers and classifies stages (the same results; on a machine with a free core the fits' time
    // leaves the wall time). The futures wait for their threads if anything below throws.
    std::future<BgNbdModel::Fit> purchaseFit;
    std::future<GammaGammaModel::Fit> spendFit;
    if (!summaries.empty()) {
        purchaseFit = std::async(
            std::launch::async, [&summaries, &fitOptions] { return BgNbdModel::fit(summaries, fitOptions); });
        spendFit = std::async(std::launch::async, [&summaries, &fitOptions] {
            return GammaGammaModel::fit(summaries, fitOptions);
        });
    }

    report(Step::Scoring, 650);
    std::vector<RfmScoring> scorings = RfmScorer::score(
        *scheme, figures, options.explain ? RfmScorer::Reasons::Include : RfmScorer::Reasons::Omit);
    std::vector<RfmScore> scores(n);
    for (std::size_t i = 0; i < n; ++i) {
        scores[i] = scorings[i].score;
        result.customers[i].rfm = std::move(scorings[i]);
    }
    std::vector<RfmScoring>().swap(scorings);
    if (cancelled()) {
        result.cancelled = true;
        return result;
    }

    report(Step::Tiers, 700);
    const TierContext context{result.totalNetAmountMinor};
    // Without the trace the reasons would only be cleared below: not built at all.
    const TierModel::Trace trace = options.explain ? TierModel::Trace::Include : TierModel::Trace::Omit;
    if (!options.tierModelCode.isEmpty()) {
        result.tierModelCode = options.tierModelCode;
        std::vector<std::size_t> everyone(n);
        std::iota(everyone.begin(), everyone.end(), std::size_t{0});
        std::vector<TierAssignment> tiers =
            models.at(result.tierModelCode).assignAll(figures, scores, everyone, context, trace);
        for (std::size_t i = 0; i < n; ++i)
            result.customers[i].tier = std::move(tiers[i]);
    } else {
        // Each kind of customer gets its kind's default model.
        std::map<QString, std::vector<std::size_t>> byModel;
        for (std::size_t i = 0; i < n; ++i)
            byModel[TierModel::defaultCodeFor(figures[i]->kind)].push_back(i);
        QStringList used;
        for (const auto& [code, indexes] : byModel) {
            loadModel(code);
            used << code;
            std::vector<TierAssignment> tiers =
                models.at(code).assignAll(figures, scores, indexes, context, trace);
            for (std::size_t k = 0; k < indexes.size(); ++k)
                result.customers[indexes[k]].tier = std::move(tiers[k]);
        }
        result.tierModelCode =
            used.isEmpty() ? TierModel::defaultCodeFor(QStringLiteral("toc")) : used.join(QLatin1Char('+'));
    }
    if (!options.explain)
        for (CustomerAnalysis& c : result.customers)
            c.tier.reasons.clear();

    std::vector<const CustomerFigures*>().swap(figures);
    std::vector<RfmScore>().swap(scores);

    report(Step::Stages, 750); // classified with the figures, while the activities were at hand
    if (cancelled()) {
        result.cancelled = true;
        return result;
    }

    report(Step::Fitting, 800);
    if (summaries.empty()) {
        result.warnings << tr("No customer has a completed order up to %1: nothing to fit the purchase and "
                              "spend models to.")
                               .arg(result.asOf.toString(Qt::ISODate));
        result.purchaseFit.diagnostics.status = tr("no purchases");
        result.spendFit.diagnostics.status = tr("no purchases");
    } else {
        result.purchaseFit = purchaseFit.get();
        result.spendFit = spendFit.get();
        const auto addWarnings = [&](const QString& model, const FitDiagnostics& d) {
            if (!d.converged)
                result.warnings << tr("%1 fit did not converge (%2); lifetime values fall back to each "
                                      "customer's own history.")
                                       .arg(model, d.status);
            for (const QString& warning : d.warnings)
                result.warnings << tr("%1: %2").arg(model, warning);
        };
        addWarnings(tr("BG/NBD"), result.purchaseFit.diagnostics);
        addWarnings(tr("Gamma-Gamma"), result.spendFit.diagnostics);
    }
    if (cancelled()) {
        result.cancelled = true;
        return result;
    }

    report(Step::Lifetime, 900);
    if (!summaries.empty()) {
        ClvCalculator::Options clvOptions;
        clvOptions.horizonMonths = options.horizonMonths;
        clvOptions.monthlyDiscountRate = options.monthlyDiscountRate;
        const ClvCalculator clv(result.purchaseFit, result.spendFit, clvOptions);
        const std::vector<ClvCalculator::Estimate> estimates = clv.estimate(summaries);
        const bool purchasesFitted = result.purchaseFit.diagnostics.converged;
        const BgNbdModel::Parameters& parameters = result.purchaseFit.parameters;
        const double horizonWeeks = kExpectedPurchasesDays / kDaysPerWeek;
        // E[Y(90 days)] = (its value if alive, a function of (x, T)) · P(alive): in (x, T) order the
        // first factor is computed once per distinct pair.
        std::vector<std::size_t> order(modelled.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::sort(order.begin(), order.end(), [&summaries](std::size_t l, std::size_t r) {
            const CustomerSummary& a = summaries[l];
            const CustomerSummary& b = summaries[r];
            return a.x < b.x || (a.x == b.x && a.T < b.T);
        });
        const CustomerSummary* previous = nullptr;
        double ifAlive = std::numeric_limits<double>::quiet_NaN();
        for (std::size_t k : order) {
            CustomerAnalysis& c = result.customers[modelled[k]];
            const CustomerSummary& s = summaries[k];
            const ClvCalculator::Estimate& estimate = estimates[k];
            c.clvMinor = estimate.value;
            c.clvFromHistory = estimate.fromHistory();
            c.pAlive = estimate.probabilityAlive;
            double expected = std::numeric_limits<double>::quiet_NaN();
            if (purchasesFitted) {
                if (!previous || previous->x != s.x || previous->T != s.T)
                    ifAlive = BgNbdModel::expectedPurchasesIfAlive(parameters, s.x, s.T, horizonWeeks);
                previous = &s;
                const double alive = std::isfinite(estimate.probabilityAlive)
                                         ? estimate.probabilityAlive
                                         : BgNbdModel::probabilityAlive(parameters, s);
                expected = ifAlive * alive;
            }
            if (std::isnan(expected))
                expected = s.T > 0 ? s.x / s.T * horizonWeeks : 0.0; // the customer's own rate
            c.expectedPurchases90d = expected;
        }
    }
    CustomerSummaries().swap(summaries);
    std::vector<std::size_t>().swap(modelled);

    report(Step::Risk, 950);
    const ChurnRiskAssessor assessor(options.churnRisk, options.riskReasons
                                                            ? ChurnRiskAssessor::Reasons::Include
                                                            : ChurnRiskAssessor::Reasons::Omit);
    for (CustomerAnalysis& c : result.customers)
        c.risk = assessor.assess(c.figures, c.lifecycle.stage, c.pAlive);

    report(Step::Done, kTotal);
    return result;
}

} // namespace clientele
