#include "analytics/KpiMeasurer.h"

#include "analytics/KpiCatalog.h"

#include <cmath>

namespace clientele {

namespace {

// Counts gathered in one pass over the customers.
struct Tally
{
    qint64 base = 0;
    qint64 active = 0, repeat = 0;
    qint64 newCustomers = 0, activated = 0;
    qint64 previousActive = 0, retained = 0;
    qint64 respondents = 0, promoters = 0, detractors = 0;
    qint64 buyers = 0, buyersNetMinor = 0;
    qint64 predicted = 0;
    double predictedSumMinor = 0.0;
    qint64 orders = 0, orderAmountMinor = 0;
    qint64 dormant = 0, woken = 0;
    qint64 lapsed = 0, wonBack = 0;
    qint64 interacted = 0, tagged = 0;
};

KpiMeasure ratio(const char* code, qint64 part, qint64 whole, const QString& reasonIfEmpty)
{
    KpiMeasure m{QString::fromLatin1(code), std::nullopt, whole, {}};
    if (whole > 0)
        m.value = 100.0 * static_cast<double>(part) / static_cast<double>(whole);
    else
        m.reason = reasonIfEmpty;
    return m;
}

KpiMeasure money(const char* code, double sumMinor, qint64 count, const QString& reasonIfEmpty)
{
    KpiMeasure m{QString::fromLatin1(code), std::nullopt, count, {}};
    if (count > 0)
        m.value = std::round(sumMinor / static_cast<double>(count)); // whole minor units
    else
        m.reason = reasonIfEmpty;
    return m;
}

KpiMeasure count(const char* code, qint64 value, qint64 population)
{
    return {QString::fromLatin1(code), static_cast<double>(value), population, {}};
}

} // namespace

std::vector<KpiMeasure> KpiMeasurer::measure(const Input& in, const KpiSettings& s)
{
    const KpiPeriodData& data = *in.data;
    Tally t;
    for (const CustomerKpiFacts& c : data.customers) {
        const KpiCustomerAnalysis::Entry* analysed = in.analysis ? in.analysis->find(c.customerId) : nullptr;
        if (!in.tier.isEmpty() && (!analysed || analysed->tier != in.tier))
            continue;
        ++t.base;
        const bool bought = c.purchasedInPeriod();
        if (bought) {
            ++t.active;
            if (c.ordersInPeriod >= 2)
                ++t.repeat;
            t.orders += c.ordersInPeriod;
            t.orderAmountMinor += c.orderAmountInPeriodMinor;
        }
        if (c.firstPurchase.isValid() && c.firstPurchase >= data.start && c.firstPurchase <= data.end) {
            ++t.newCustomers;
            const auto within = [&s](const std::optional<int>& days) {
                return days && *days >= 0 && *days <= s.activationDays;
            };
            if (within(c.daysToSecondOrder) || within(c.daysToFirstInteraction))
                ++t.activated;
        }
        if (c.lastPurchaseBeforeStart.isValid()) {
            if (c.lastPurchaseBeforeStart >= in.previousStart) {
                ++t.previousActive;
                if (bought)
                    ++t.retained;
            }
            const qint64 silentDays = c.lastPurchaseBeforeStart.daysTo(data.start);
            if (silentDays >= s.lapsedAfterDays) {
                ++t.lapsed;
                if (bought)
                    ++t.wonBack;
            } else if (silentDays >= s.dormantAfterDays) {
                ++t.dormant;
                if (bought)
                    ++t.woken;
            }
        }
        if (c.latestNps) {
            ++t.respondents;
            if (*c.latestNps >= 9)
                ++t.promoters;
            else if (*c.latestNps <= 6)
                ++t.detractors;
        }
        if (c.firstPurchase.isValid()) {
            ++t.buyers;
            t.buyersNetMinor += c.netAmountToEndMinor;
            if (analysed && analysed->clvMinor) {
                ++t.predicted;
                t.predictedSumMinor += static_cast<double>(*analysed->clvMinor);
            }
        }
        if (c.interactedInPeriod)
            ++t.interacted;
        if (c.staticTags >= s.completeProfileStaticTags)
            ++t.tagged;
    }

    const QString noBuyers = tr("No customer bought in %1.").arg(in.periodCode);
    const QString noBase = tr("No customers in the base at the end of %1.").arg(in.periodCode);
    std::vector<KpiMeasure> out;
    out.push_back(count(KpiCatalog::ActiveCustomers, t.active, t.base));
    out.push_back(count(KpiCatalog::NewCustomers, t.newCustomers, t.base));
    out.push_back(ratio(KpiCatalog::RepurchaseRate, t.repeat, t.active, noBuyers));
    const QString noPrevious = tr("No customer bought in the period before %1.").arg(in.periodCode);
    out.push_back(ratio(KpiCatalog::ChurnRate, t.previousActive - t.retained, t.previousActive, noPrevious));
    out.push_back(ratio(KpiCatalog::RetentionRate, t.retained, t.previousActive, noPrevious));

    KpiMeasure nps{QString::fromLatin1(KpiCatalog::Nps), std::nullopt, t.respondents, {}};
    if (t.respondents > 0)
        nps.value =
            100.0 * static_cast<double>(t.promoters - t.detractors) / static_cast<double>(t.respondents);
    else
        nps.reason = tr("No NPS answers in %1.").arg(in.periodCode);
    out.push_back(nps);

    const QString noBuyersYet = tr("No customer had bought by the end of %1.").arg(in.periodCode);
    out.push_back(
        money(KpiCatalog::HistoricalLtv, static_cast<double>(t.buyersNetMinor), t.buyers, noBuyersYet));
    KpiMeasure predicted = money(KpiCatalog::PredictedLtv, t.predictedSumMinor, t.predicted, {});
    if (!predicted.value) {
        if (!in.analysis || in.analysis->source == KpiCustomerAnalysis::Source::None)
            predicted.reason =
                in.analysis && !in.analysis->note.isEmpty()
                    ? in.analysis->note
                    : tr("No snapshot of %1 and no analysis run as of its end.").arg(in.periodCode);
        else if (t.buyers == 0)
            predicted.reason = noBuyersYet;
        else
            predicted.reason = tr("The analysis of %1 predicted no lifetime values.").arg(in.periodCode);
    }
    out.push_back(predicted);
    out.push_back(money(KpiCatalog::AverageOrderValue, static_cast<double>(t.orderAmountMinor), t.orders,
                        tr("No completed orders in %1.").arg(in.periodCode)));
    out.push_back(ratio(KpiCatalog::InteractionRate, t.interacted, t.base, noBase));
    out.push_back(ratio(KpiCatalog::TagCompleteness, t.tagged, t.base, noBase));

    KpiMeasure cac{QString::fromLatin1(KpiCatalog::Cac), std::nullopt, t.newCustomers, {}};
    if (!in.tier.isEmpty())
        cac.reason = tr("Marketing spend is entered for the whole customer base, not per tier.");
    else if (!in.marketingSpend)
        cac.reason = tr("No marketing spend entered for %1.").arg(in.periodCode);
    else if (t.newCustomers == 0)
        cac.reason = tr("No new customers in %1.").arg(in.periodCode);
    else
        cac.value = std::round(static_cast<double>(*in.marketingSpend) / static_cast<double>(t.newCustomers));
    out.push_back(cac);

    out.push_back(ratio(KpiCatalog::ActivationRate, t.activated, t.newCustomers,
                        tr("No new customers in %1.").arg(in.periodCode)));
    out.push_back(ratio(KpiCatalog::DormantWakeUpRate, t.woken, t.dormant,
                        tr("No dormant customers at the start of %1.").arg(in.periodCode)));
    out.push_back(ratio(KpiCatalog::WinBackRate, t.wonBack, t.lapsed,
                        tr("No lapsed customers at the start of %1.").arg(in.periodCode)));
    return out;
}

} // namespace clientele
