#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>

namespace clientele {

// One dated entry of a customer's note log (the 360° profile's notes), unlike Customer::notes, which
// is one free text.
struct CustomerNote
{
    std::int64_t id = 0;
    std::int64_t customerId = 0;
    QDateTime writtenAt;
    QString author;
    QString body;
};

} // namespace clientele
