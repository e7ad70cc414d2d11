#include "planning/PlaybookCatalog.h"

#include "analytics/KpiCatalog.h"

namespace clientele {

namespace {

// One built-in playbook; the texts are translated in the PlaybookCatalog context.
struct Entry
{
    const char* code;
    PlaybookTarget targetKind;
    const char* tierModel;
    const char* target;
    const char* name;
    const char* goal;
    const char* measures;
    OwnerRole ownerRole;
    const char* cadence;
    const char* resources;
    const char* expectedEffect;
    const char* kpi;
};

const Entry kEntries[] = {
    // Seed 001 step 3: the four ToC tiers.
    {"tier.seed4.high_value", PlaybookTarget::Tier, "seed4", "high_value",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Deep binding for high-value customers"),
     QT_TRANSLATE_NOOP(
         "PlaybookCatalog",
         "Keep the core profit contributors close: deeper ties, upgraded perks, an emotional connection."),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "A dedicated account manager and one-to-one service\n"
                       "Regular visits: a deep talk each quarter, a light touch each month\n"
                       "Customised perks: early access to new products, limited gifts, exclusive discounts\n"
                       "Invitations to private brand events (product co-creation, industry salons)"),
     OwnerRole::Sales, QT_TRANSLATE_NOOP("PlaybookCatalog", "Quarterly deep visit, monthly light touch"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Perk budget, reserved stock of new products, CRM tags"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Repurchase rate of high-value customers +15% in 3 months"),
     KpiCatalog::RepurchaseRate},
    {"tier.seed4.potential", PlaybookTarget::Tier, "seed4", "potential",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Cultivating potential customers"),
     QT_TRANSLATE_NOOP(
         "PlaybookCatalog",
         "Turn potential customers into high-value ones: stir up demand, improve their experience."),
     QT_TRANSLATE_NOOP(
         "PlaybookCatalog",
         "Personalised product recommendations from the purchase history (\"you may also like\")\n"
         "Repurchase incentives for new and returning customers (coupons, double points)\n"
         "Free trials or experience services (product training, in-store experience vouchers)"),
     OwnerRole::Sales, QT_TRANSLATE_NOOP("PlaybookCatalog", "Monthly"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Coupon and points budget, recommendation content, trial stock"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "10% of potential customers become high-value within 6 months"),
     KpiCatalog::RepurchaseRate},
    {"tier.seed4.low_value", PlaybookTarget::Tier, "seed4", "low_value",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Low-cost reach for low-value customers"),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "Reach them at low cost, wake their value up and pick out the promising ones."),
     QT_TRANSLATE_NOOP(
         "PlaybookCatalog",
         "Standard content through automated tools (holiday greetings, product tips)\n"
         "A \"dormant customer wake-up pack\" (a large coupon plus a time-limited event reminder)\n"
         "Regular analysis of their behaviour to move promising customers into the cultivation pool"),
     OwnerRole::Marketing, QT_TRANSLATE_NOOP("PlaybookCatalog", "Automated monthly, screened quarterly"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Automated marketing tools (email, SMS platform), wake-up coupons"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "More dormant customers woken up at a lower cost per contact"),
     KpiCatalog::DormantWakeUpRate},
    {"tier.seed4.churn_risk", PlaybookTarget::Tier, "seed4", "churn_risk",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Urgent retention of churn-risk customers"),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "Retain them first: find the problem, solve it and win a second purchase."),
     QT_TRANSLATE_NOOP(
         "PlaybookCatalog",
         "The service team contacts the customer within 24 hours to learn why (product quality, service "
         "attitude, price)\n"
         "Targeted compensation (refund, exchange, free service)\n"
         "A \"welcome back\" gift that lowers the bar for the next purchase"),
     OwnerRole::Service, QT_TRANSLATE_NOOP("PlaybookCatalog", "Within 24 hours of the warning, then weekly"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Retention budget, service call scripts"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Win-back rate of churn-risk customers at least 30%"),
     KpiCatalog::WinBackRate},
    // Seed 000: the ToB tiers.
    {"tier.tob4.strategic", PlaybookTarget::Tier, "tob4", "strategic",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Strategic account partnership"),
     QT_TRANSLATE_NOOP(
         "PlaybookCatalog",
         "Secure and grow the accounts with the largest revenue, the longest relationship and the best fit."),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "A named account team led by a senior account manager\n"
                       "Quarterly business reviews with the customer's decision makers\n"
                       "A joint yearly plan, priority support and early access to new products"),
     OwnerRole::Sales, QT_TRANSLATE_NOOP("PlaybookCatalog", "Quarterly business review, monthly check-in"),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "Senior account manager time, an executive sponsor, priority support"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Every strategic account renews; its revenue grows"),
     KpiCatalog::RetentionRate},
    {"tier.tob4.core", PlaybookTarget::Tier, "tob4", "core",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Core account development"),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "Keep core accounts and raise their value through cross-selling and up-selling."),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "A dedicated account manager\n"
                       "Cross-selling of related products, up-selling of higher packages\n"
                       "A satisfaction survey every half year"),
     OwnerRole::Sales, QT_TRANSLATE_NOOP("PlaybookCatalog", "Monthly"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Account manager time, product specialists"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Higher lifetime value of core accounts"),
     KpiCatalog::HistoricalLtv},
    {"tier.tob4.potential", PlaybookTarget::Tier, "tob4", "potential",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Potential account cultivation"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Grow accounts that fit well but buy little so far."),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "A needs analysis together with the customer\n"
                       "Pilot projects or trials of further products\n"
                       "Industry cases and training"),
     OwnerRole::Sales, QT_TRANSLATE_NOOP("PlaybookCatalog", "Monthly"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Trial licences, solution engineers"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "More repeat purchases; some accounts become core accounts"),
     KpiCatalog::RepurchaseRate},
    {"tier.tob4.risk", PlaybookTarget::Tier, "tob4", "risk",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Renewal rescue for risk accounts"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Keep the accounts whose renewal is at risk."),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "The service lead contacts the account within 24 hours to learn the cause\n"
                       "A remediation plan with dates agreed with the customer\n"
                       "The renewal terms reviewed (price, scope)"),
     OwnerRole::Service, QT_TRANSLATE_NOOP("PlaybookCatalog", "Weekly until the renewal"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Service lead time, renewal discount budget"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Lower churn rate of risk accounts"), KpiCatalog::ChurnRate},
    // The eleven-segment RFM map (rfm11): the usual treatment of each segment.
    {"tier.rfm11.champions", PlaybookTarget::Tier, "rfm11", "champions",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Champions: reward and involve"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Keep the best customers delighted and make them advocates."),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "Early access to new products and exclusive perks\nInvitations to review products and "
                       "refer friends\nA personal thank-you from their account manager"),
     OwnerRole::Sales, QT_TRANSLATE_NOOP("PlaybookCatalog", "Monthly"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Perk budget, referral rewards"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Repurchase rate kept high; more referrals"),
     KpiCatalog::RepurchaseRate},
    {"tier.rfm11.loyal", PlaybookTarget::Tier, "rfm11", "loyal",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Loyal customers: up-selling and membership"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Raise the value of frequent buyers."),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "Up-selling of higher-value products\nMembership levels and points\nRequests for "
                       "reviews and ratings"),
     OwnerRole::Sales, QT_TRANSLATE_NOOP("PlaybookCatalog", "Monthly"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Points budget, product bundles"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Higher average order value"), KpiCatalog::AverageOrderValue},
    {"tier.rfm11.potential_loyalist", PlaybookTarget::Tier, "rfm11", "potential_loyalist",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Potential loyalists: a membership offer"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Turn recent repeat buyers into loyal customers."),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "An offer to join the membership or loyalty programme\nPersonalised recommendations "
                       "from the purchase history"),
     OwnerRole::Marketing, QT_TRANSLATE_NOOP("PlaybookCatalog", "Monthly"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Membership perks, recommendation content"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Higher repurchase rate"), KpiCatalog::RepurchaseRate},
    {"tier.rfm11.new_customers", PlaybookTarget::Tier, "rfm11", "new_customers",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Recent first-time buyers: onboarding"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Make the first purchase the start of a relationship."),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "A welcome message and getting-started help\nA second-purchase offer within 30 days"),
     OwnerRole::Marketing, QT_TRANSLATE_NOOP("PlaybookCatalog", "Within 30 days of the first order"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Welcome content, second-order coupons"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Higher 7-day activation rate of new customers"),
     KpiCatalog::ActivationRate},
    {"tier.rfm11.promising", PlaybookTarget::Tier, "rfm11", "promising",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Promising customers: building awareness"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Give recent small spenders a reason to come back."),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "Brand and product stories\nA free trial or a small introductory offer"),
     OwnerRole::Marketing, QT_TRANSLATE_NOOP("PlaybookCatalog", "Monthly"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Content, trial offers"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Higher repurchase rate"), KpiCatalog::RepurchaseRate},
    {"tier.rfm11.need_attention", PlaybookTarget::Tier, "rfm11", "need_attention",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Need attention: limited-time offers"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Re-engage average customers before they slip away."),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "Limited-time offers based on past purchases\nRecommendations of popular products"),
     OwnerRole::Marketing, QT_TRANSLATE_NOOP("PlaybookCatalog", "Monthly"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Coupon budget"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Higher retention rate"), KpiCatalog::RetentionRate},
    {"tier.rfm11.about_to_sleep", PlaybookTarget::Tier, "rfm11", "about_to_sleep",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "About to sleep: reactivation"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Reactivate customers whose purchases are fading."),
     QT_TRANSLATE_NOOP(
         "PlaybookCatalog",
         "Popular products and discounts shared with them\nA reminder with a time-limited coupon"),
     OwnerRole::Marketing,
     QT_TRANSLATE_NOOP("PlaybookCatalog", "When a customer's purchases fade, then monthly"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Reactivation coupons"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Dormant wake-up rate +25%"), KpiCatalog::DormantWakeUpRate},
    {"tier.rfm11.at_risk", PlaybookTarget::Tier, "rfm11", "at_risk",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "At risk: a personal win-back"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Win back good customers who have not bought for a long time."),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "Personal emails or calls to learn why\nRenewal offers and news of product upgrades"),
     OwnerRole::Service, QT_TRANSLATE_NOOP("PlaybookCatalog", "Within 24 hours of the warning, then weekly"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Retention budget, service call scripts"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Higher win-back rate"), KpiCatalog::WinBackRate},
    {"tier.rfm11.cant_lose", PlaybookTarget::Tier, "rfm11", "cant_lose",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Can't lose them: urgent personal contact"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Bring back big spenders who have gone quiet."),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "A call from the account manager within 24 hours\nAn exclusive offer or a new product "
                       "that fits them\nAsk what went wrong and put it right"),
     OwnerRole::Sales, QT_TRANSLATE_NOOP("PlaybookCatalog", "Within 24 hours of the warning, then weekly"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Account manager time, retention budget"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Win back at least 30% of them"), KpiCatalog::WinBackRate},
    {"tier.rfm11.hibernating", PlaybookTarget::Tier, "rfm11", "hibernating",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Hibernating: low-cost reminders"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Remind them at low cost; stop contacting those who never answer."),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "Automated offers of relevant products\nUnreachable contacts cleaned out"),
     OwnerRole::Marketing, QT_TRANSLATE_NOOP("PlaybookCatalog", "Quarterly"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Automated marketing tools (email, SMS platform), wake-up coupons"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "More dormant customers woken up at a lower cost per contact"),
     KpiCatalog::DormantWakeUpRate},
    {"tier.rfm11.lost", PlaybookTarget::Tier, "rfm11", "lost",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Lost customers: one last win-back"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Try once to win them back, then stop contacting them."),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "One win-back campaign with a strong offer\nAsk why they left\nNo more marketing to "
                       "those who do not answer (no useless disturbance)"),
     OwnerRole::Marketing, QT_TRANSLATE_NOOP("PlaybookCatalog", "Quarterly win-back campaign"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Win-back incentive budget"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Higher win-back rate"), KpiCatalog::WinBackRate},
    // Seed 000: one playbook per lifecycle stage.
    {"stage.acquire", PlaybookTarget::Stage, "", "acquire",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Acquisition: precise targeting"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Win good new customers at a lower acquisition cost."),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "Define the target customer groups precisely\n"
                       "Optimise the mix of acquisition channels\n"
                       "Design offers that draw new customers in\n"
                       "Shorten the path from first contact to first order"),
     OwnerRole::Marketing, QT_TRANSLATE_NOOP("PlaybookCatalog", "Channels reviewed monthly"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Acquisition budget, channel tools"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Customer acquisition cost (CAC) −25%"), KpiCatalog::Cac},
    {"stage.activate", PlaybookTarget::Stage, "", "activate",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Activation: a good first order"),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "Turn new customers into active ones quickly and build their trust."),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "Simplify the first-order process\n"
                       "An experience made for new customers (getting-started guide, first-order discount)"),
     OwnerRole::Marketing, QT_TRANSLATE_NOOP("PlaybookCatalog", "Within 7 days of the first order"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "First-order discount budget, getting-started guide"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Higher 7-day activation rate of new customers"),
     KpiCatalog::ActivationRate},
    {"stage.grow", PlaybookTarget::Stage, "", "grow",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Growth: cross-selling and up-selling"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Raise each customer's value."),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "Personalised product and service recommendations from their preferences\n"
                       "Cross-selling (related products)\n"
                       "Up-selling (upgraded packages)"),
     OwnerRole::Sales, QT_TRANSLATE_NOOP("PlaybookCatalog", "Monthly"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Recommendation content, product bundles"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Higher average order value and lifetime value"),
     KpiCatalog::AverageOrderValue},
    {"stage.mature", PlaybookTarget::Stage, "", "mature",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Maturity: a loyalty programme"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Strengthen loyalty and keep mature customers close."),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "A membership loyalty scheme (points, levels, exclusive perks)\n"
                       "Regular interactive events"),
     OwnerRole::Marketing, QT_TRANSLATE_NOOP("PlaybookCatalog", "Monthly events"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Points and perks budget"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Retention rate +30%"), KpiCatalog::RetentionRate},
    {"stage.retain", PlaybookTarget::Stage, "", "retain",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Retention: early warning and retention offers"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Keep the customers who show churn warning signals."),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "Watch the warning signals (purchase frequency falling, fewer interactions)\n"
                       "Retention offers (exclusive discounts, tailored service)\n"
                       "Solve the customer's core complaint"),
     OwnerRole::Service, QT_TRANSLATE_NOOP("PlaybookCatalog", "Warning list checked weekly"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Retention budget, churn-risk list"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Churn rate below 8%"), KpiCatalog::ChurnRate},
    {"stage.win_back", PlaybookTarget::Stage, "", "win_back",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Win-back: learn why, invite them back"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Bring churned customers back."),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "Ask lost customers why they left\n"
                       "Differentiated win-back offers (incentives, news of product upgrades)"),
     OwnerRole::Marketing, QT_TRANSLATE_NOOP("PlaybookCatalog", "Quarterly win-back campaign"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Win-back incentive budget"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Higher win-back rate"), KpiCatalog::WinBackRate},
    // Seed 004: the online groups.
    {"group.new", PlaybookTarget::OnlineGroup, "", "new",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "New customers: first order and onboarding"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Activate new customers within 7 days."),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "A first-order offer\n"
                       "Onboarding (e.g. a guide to using the app)\n"
                       "A one-to-one consultation"),
     OwnerRole::Marketing, QT_TRANSLATE_NOOP("PlaybookCatalog", "Within 7 days of the first order"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "First-order coupons, onboarding content"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "7-day activation rate of new customers up to 60%"),
     KpiCatalog::ActivationRate},
    {"group.active", PlaybookTarget::OnlineGroup, "", "active",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Active customers: recommendations and member perks"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Keep active customers buying."),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "Personalised recommendations from the purchase history\n"
                       "Member perks (double points, priority purchase)\n"
                       "Birthday and membership-anniversary gifts (coupons, presents)"),
     OwnerRole::Marketing, QT_TRANSLATE_NOOP("PlaybookCatalog", "Monthly"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Points budget, recommendation content"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Monthly repurchase rate of active customers +30%"),
     KpiCatalog::RepurchaseRate},
    {"group.dormant", PlaybookTarget::OnlineGroup, "", "dormant",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Dormant customers: wake-up offers"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Wake dormant customers up before they are lost."),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "Wake-up offers (discount coupons, exclusive events)\n"
                       "Churn-warning intervention: a call-back from the service team"),
     OwnerRole::Marketing,
     QT_TRANSLATE_NOOP("PlaybookCatalog", "When a customer falls dormant, then monthly"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Wake-up coupons, call-back scripts"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Dormant wake-up rate +25%"), KpiCatalog::DormantWakeUpRate},
    {"group.churned", PlaybookTarget::OnlineGroup, "", "churned",
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Churned customers: win them back"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Bring lost customers back."),
     QT_TRANSLATE_NOOP("PlaybookCatalog",
                       "Ask why they left (survey or call)\n"
                       "A \"welcome back\" offer that lowers the bar for the next purchase\n"
                       "News of product upgrades"),
     OwnerRole::Service, QT_TRANSLATE_NOOP("PlaybookCatalog", "Quarterly"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Win-back budget"),
     QT_TRANSLATE_NOOP("PlaybookCatalog", "Higher win-back rate"), KpiCatalog::WinBackRate},
};

Playbook playbookOf(const Entry& e)
{
    Playbook p;
    p.code = QString::fromLatin1(e.code);
    p.targetKind = e.targetKind;
    p.tierModel = QString::fromLatin1(e.tierModel);
    p.target = QString::fromLatin1(e.target);
    p.name = PlaybookCatalog::tr(e.name);
    p.goal = PlaybookCatalog::tr(e.goal);
    p.measures = PlaybookCatalog::tr(e.measures);
    p.ownerRole = e.ownerRole;
    p.cadence = PlaybookCatalog::tr(e.cadence);
    p.resources = PlaybookCatalog::tr(e.resources);
    p.expectedEffect = PlaybookCatalog::tr(e.expectedEffect);
    p.kpi = QString::fromLatin1(e.kpi);
    return p;
}

} // namespace

std::vector<Playbook> PlaybookCatalog::builtIns()
{
    std::vector<Playbook> result;
    for (const Entry& e : kEntries)
        result.push_back(playbookOf(e));
    return result;
}

std::optional<Playbook> PlaybookCatalog::find(const QString& code)
{
    for (const Entry& e : kEntries)
        if (code == QLatin1String(e.code))
            return playbookOf(e);
    return std::nullopt;
}

} // namespace clientele
