#pragma once

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>

namespace clientele {

enum class CustomerKind
{
    Consumer,
    Business
}; // ToC / ToB

QString customerKindKey(CustomerKind kind); // "toc" / "tob", as stored
std::optional<CustomerKind> customerKindFromKey(const QString& key);

struct Customer
{
    std::int64_t id = 0; // 0 until stored
    QString code;        // the external ID users know, kept as text exactly as given
    QString name;
    CustomerKind kind = CustomerKind::Consumer;
    QString industry;
    QString region;
    QString city;
    QString owner; // account manager
    QString email;
    QString phone;
    QString wechat;
    QString address;
    bool marketingConsent = false;
    int contactLimitPerMonth = 0; // 0 = no limit
    QDate createdOn;
    QString notes;
};

} // namespace clientele
