#include "report/RetentionActionSuggester.h"

#include <QSet>

namespace clientele {

QString RetentionActionSuggester::suggest(const QString& tierCode, const QString& stageCode)
{
    // The tiers whose loss hurts most get a person, not a campaign (seed 001, high-value playbook).
    static const QSet<QString> valuable = {
        QStringLiteral("high_value"), QStringLiteral("champions"), QStringLiteral("loyal"),
        QStringLiteral("cant_lose"),  QStringLiteral("strategic"), QStringLiteral("core"),
    };
    static const QSet<QString> growing = {
        QStringLiteral("potential"),     QStringLiteral("potential_loyalist"), QStringLiteral("promising"),
        QStringLiteral("new_customers"), QStringLiteral("need_attention"),
    };
    if (valuable.contains(tierCode))
        return tr("Account manager visits within a week: one-to-one review of needs, service and price; "
                  "offer customised perks.");
    if (stageCode == QLatin1String("dormant"))
        return tr("Send the dormant wake-up pack; a service call-back if there is no answer.");
    if (growing.contains(tierCode))
        return tr("Personalised recommendation from purchase history with a repurchase coupon.");
    return tr("Service team calls within 24 hours to learn why (quality, service, price); targeted "
              "compensation and a welcome-back gift.");
}

} // namespace clientele
