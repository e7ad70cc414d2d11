#include "model/OrderLine.h"

namespace clientele {

QString orderStatusKey(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Completed:
        return QStringLiteral("completed");
    case OrderStatus::Cancelled:
        return QStringLiteral("cancelled");
    case OrderStatus::Returned:
        return QStringLiteral("returned");
    }
    return QStringLiteral("completed");
}

std::optional<OrderStatus> orderStatusFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("completed"))
        return OrderStatus::Completed;
    if (k == QLatin1String("cancelled"))
        return OrderStatus::Cancelled;
    if (k == QLatin1String("returned"))
        return OrderStatus::Returned;
    return std::nullopt;
}

} // namespace clientele
