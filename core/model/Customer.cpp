#include "model/Customer.h"

namespace clientele {

QString customerKindKey(CustomerKind kind)
{
    return kind == CustomerKind::Business ? QStringLiteral("tob") : QStringLiteral("toc");
}

std::optional<CustomerKind> customerKindFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("toc"))
        return CustomerKind::Consumer;
    if (k == QLatin1String("tob"))
        return CustomerKind::Business;
    return std::nullopt;
}

} // namespace clientele
