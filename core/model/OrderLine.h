#pragma once

#include "model/Money.h"

#include <QDateTime>
#include <QString>

#include <cstdint>
#include <optional>

namespace clientele {

enum class OrderStatus
{
    Completed,
    Cancelled,
    Returned
};

QString orderStatusKey(OrderStatus status); // "completed" / "cancelled" / "returned"
std::optional<OrderStatus> orderStatusFromKey(const QString& key);

// One line of an order (a transaction). Cancellations and returns carry negative amounts.
struct OrderLine
{
    std::int64_t id = 0;
    std::int64_t customerId = 0; // 0 = the source row had no customer
    QString orderCode;           // external order id
    int lineNo = 1;
    QDateTime orderedAt;
    MinorUnits amount = 0;
    QString currency = QStringLiteral("CNY");
    int quantity = 1;
    QString productCode;
    QString productName;
    QString category;
    QString channel;
    OrderStatus status = OrderStatus::Completed;
};

} // namespace clientele
