#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>

namespace clientele {

// A contact with the customer: phone, visit, email, WeChat, chat, event...
struct Interaction
{
    std::int64_t id = 0;
    std::int64_t customerId = 0;
    QDateTime occurredAt;
    QString channel;
    QString type;
    QString summary;
    QString outcome;
    QString owner;
};

} // namespace clientele
