#include "analytics/KpiCatalog.h"

namespace clientele {

std::vector<KpiDefinition> KpiCatalog::definitions(const KpiSettings& s)
{
    const auto code = [](const char* c) {
        return QString::fromLatin1(c);
    };
    const QString ordersInPeriod = tr("Completed orders dated in the period.");
    const QString previousAndThis = tr("The previous period (same length, just before) and this period.");
    const QString base = tr("The customer base at the period end: customers created on or before the "
                            "period end, or with an order by then.");
    return {
        {code(ActiveCustomers), tr("Active customers"),
         tr("Number of customers with at least one completed order in the period."), tr("All customers."),
         ordersInPeriod, KpiUnit::Count, true},
        {code(NewCustomers), tr("New customers"),
         tr("Number of customers whose first completed order ever is dated in the period."),
         tr("All customers."),
         tr("First orders dated in the period; earlier orders are looked at to find "
            "the first one."),
         KpiUnit::Count, true},
        {code(RepurchaseRate), tr("Repurchase rate"),
         tr("Customers with 2 or more distinct completed orders in the period ÷ customers with at least 1 "
            "completed order in the period × 100."),
         tr("Customers active in the period."), ordersInPeriod, KpiUnit::Percent, true},
        {code(ChurnRate), tr("Churn rate"),
         tr("Customers with a completed order in the previous period and none in this period ÷ customers "
            "with a completed order in the previous period × 100."),
         tr("Customers active in the previous period."), previousAndThis, KpiUnit::Percent, false},
        {code(RetentionRate), tr("Retention rate"),
         tr("Customers with a completed order in the previous period and at least one in this period ÷ "
            "customers with a completed order in the previous period × 100 (= 100 − churn rate)."),
         tr("Customers active in the previous period."), previousAndThis, KpiUnit::Percent, true},
        {code(Nps), tr("Net promoter score (NPS)"),
         tr("Promoters (score 9–10) ÷ respondents × 100 − detractors (score 0–6) ÷ respondents × 100, in "
            "points from −100 to 100. Each customer counts once, with the latest score in the period."),
         tr("Customers who gave an NPS score (0–10) in a survey answered in the period."),
         tr("Survey answers dated in the period."), KpiUnit::Points, true},
        {code(HistoricalLtv), tr("Historical lifetime value"),
         tr("Net amount of all the population's orders up to the period end (completed orders minus "
            "cancellations and returns) ÷ number of customers in the population."),
         tr("Customers with at least one completed order on or before the period end."),
         tr("Everything on record up to the period end."), KpiUnit::Money, true},
        {code(PredictedLtv), tr("Predicted lifetime value"),
         tr("Mean predicted customer lifetime value (BG/NBD purchases × Gamma-Gamma spend, discounted) as "
            "of the period end, over the analysis horizon (12 months at 1% a month unless set otherwise)."),
         tr("Customers with at least one completed order on or before the period end and a predicted "
            "value."),
         tr("Data up to the period end: the period's snapshot, or an analysis run as of the period end."),
         KpiUnit::Money, true},
        {code(AverageOrderValue), tr("Average order value"),
         tr("Amount of the completed orders dated in the period ÷ number of those orders (cancellations "
            "and returns are left out of both)."),
         tr("Completed orders dated in the period."), ordersInPeriod, KpiUnit::Money, true},
        {code(InteractionRate), tr("Interaction rate"),
         tr("Customers with at least one recorded interaction dated in the period ÷ customers in the base "
            "× 100."),
         base, tr("Interactions dated in the period."), KpiUnit::Percent, true},
        {code(TagCompleteness), tr("Tag completeness"),
         tr("Customers carrying at least %1 static tags (seed 000's static dimensions: gender, age, region, "
            "spending power) ÷ customers in the base × 100.")
             .arg(s.completeProfileStaticTags),
         base, tr("Tags as they are now (the tag history is not kept); the base as at the period end."),
         KpiUnit::Percent, true},
        {code(Cac), tr("Customer acquisition cost (CAC)"),
         tr("Marketing spend entered for the period ÷ new customers of the period. Not available when no "
            "spend is entered for the period, or per tier (spend is entered for the whole base)."),
         tr("New customers of the period."),
         tr("The spend entered under the period's code (for example 2011Q3) and the period's first orders."),
         KpiUnit::Money, false},
        {code(ActivationRate), tr("%1-day activation rate").arg(s.activationDays),
         tr("New customers of the period who, from the day of their first order up to %1 days after it, "
            "placed a second distinct completed order or had a recorded interaction ÷ new customers of the "
            "period × 100. The window may run past the period end.")
             .arg(s.activationDays),
         tr("New customers of the period."),
         tr("First orders dated in the period, plus the %1 days after each.").arg(s.activationDays),
         KpiUnit::Percent, true},
        {code(DormantWakeUpRate), tr("Dormant wake-up rate"),
         tr("Dormant customers at the period start who placed a completed order in the period ÷ dormant "
            "customers at the period start × 100."),
         tr("Customers whose last completed order before the period start is %1 to %2 days before it.")
             .arg(s.dormantAfterDays)
             .arg(s.lapsedAfterDays - 1),
         tr("Orders before the period start (to find the dormant) and orders dated in the period."),
         KpiUnit::Percent, true},
        {code(WinBackRate), tr("Win-back rate"),
         tr("Lapsed customers at the period start who placed a completed order in the period ÷ lapsed "
            "customers at the period start × 100."),
         tr("Customers whose last completed order before the period start is %1 days or more before it.")
             .arg(s.lapsedAfterDays),
         tr("Orders before the period start (to find the lapsed) and orders dated in the period."),
         KpiUnit::Percent, true},
    };
}

std::optional<KpiDefinition> KpiCatalog::find(const QString& code, const KpiSettings& settings)
{
    for (KpiDefinition& d : definitions(settings))
        if (d.code == code)
            return std::move(d);
    return std::nullopt;
}

QStringList KpiCatalog::terms()
{
    return {
        tr("Period: a calendar month (2011-07), quarter (2011Q3) or year (2011), first to last day "
           "inclusive. The previous period is the one of the same kind just before it."),
        tr("Completed order: a distinct order number of the customer with at least one completed line, "
           "dated by its earliest completed line. Cancelled and returned lines never count as a purchase; "
           "they only lower net amounts. Lines without a customer are left out."),
        tr("Per tier: every population is narrowed to the customers of the tier, each period with its own "
           "tiers (the period's snapshot when one exists, else an analysis run as of the period end)."),
        tr("Change: this period's value minus the previous period's (percentage points for rates)."),
        tr("Dormant and lapsed: a fixed silence (days from the last completed order to the period start), "
           "the same for every customer, so that any past period can be measured the same way. The "
           "lifecycle stages of the analysis use each customer's own rhythm instead."),
    };
}

QString KpiCatalog::markdown(const KpiSettings& settings)
{
    const std::vector<KpiDefinition> all = definitions(settings);
    QString text = tr("# KPI definitions") + QStringLiteral("\n\n");
    text += tr("Every KPI Clientele shows has one written definition: this page, `clientele-cli kpi` and the "
               "application show the same text. This page is generated by `clientele-cli kpi --definitions` "
               "from the catalog in the code (a unit test checks that they are identical).") +
            QStringLiteral("\n\n");
    text += tr("## Terms") + QStringLiteral("\n\n");
    for (const QString& term : terms())
        text += QStringLiteral("- ") + term + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("## Overview") + QStringLiteral("\n\n");
    text += QStringLiteral("| %1 | %2 | %3 | %4 |\n| --- | --- | --- | --- |\n")
                .arg(tr("code"), tr("KPI"), tr("unit"), tr("better when"));
    for (const KpiDefinition& d : all)
        text += QStringLiteral("| `%1` | %2 | %3 | %4 |\n")
                    .arg(d.code, d.name, KpiDefinition::unitName(d.unit),
                         d.higherIsBetter ? tr("higher") : tr("lower"));
    for (const KpiDefinition& d : all) {
        text += QStringLiteral("\n## `%1`: %2\n\n").arg(d.code, d.name);
        text += QStringLiteral("- **%1** %2\n").arg(tr("Formula:"), d.formula);
        text += QStringLiteral("- **%1** %2\n").arg(tr("Population:"), d.population);
        text += QStringLiteral("- **%1** %2\n").arg(tr("Period:"), d.period);
        text += QStringLiteral("- **%1** %2; %3\n")
                    .arg(tr("Unit:"), KpiDefinition::unitName(d.unit),
                         d.higherIsBetter ? tr("higher is better") : tr("lower is better"));
    }
    return text;
}

} // namespace clientele
