#include "segments/SegmentFilter.h"

#include "analytics/TierNames.h"

#include <QStringList>

namespace clientele {

QString SegmentFilter::description() const
{
    QStringList parts;
    if (customerId != 0)
        parts << tr("Customer %1").arg(customerCode);
    if (!tier.isEmpty())
        parts << tr("Tier: %1").arg(TierNames::displayName(tier));
    if (!stage.isEmpty())
        parts << tr("Stage: %1").arg(TierNames::displayName(stage));
    if (!riskLevel.isEmpty())
        parts << TierNames::displayName(riskLevel);
    if (r != 0 || f != 0)
        parts << tr("R %1 · F %2").arg(r).arg(f);
    return parts.join(QStringLiteral(" · "));
}

} // namespace clientele
