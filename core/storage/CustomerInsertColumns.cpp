#include "storage/CustomerInsertColumns.h"

#include "storage/BulkStatement.h"

namespace clientele {

QString CustomerInsertColumns::names()
{
    return QStringLiteral("code, name, kind, industry, region, city, owner, email, phone, wechat, address,"
                          " marketing_consent, contact_limit_per_month, created_on, notes");
}

void CustomerInsertColumns::bind(BulkStatement& q, const Customer& c)
{
    // The code and name are validated non-empty before a customer gets here.
    q.bindText(0, c.code);
    q.bindText(1, c.name);
    q.bindText(2, customerKindKey(c.kind));
    q.bindTextOrNull(3, c.industry);
    q.bindTextOrNull(4, c.region);
    q.bindTextOrNull(5, c.city);
    q.bindTextOrNull(6, c.owner);
    q.bindTextOrNull(7, c.email);
    q.bindTextOrNull(8, c.phone);
    q.bindTextOrNull(9, c.wechat);
    q.bindTextOrNull(10, c.address);
    q.bindInt64(11, c.marketingConsent ? 1 : 0);
    q.bindInt64(12, c.contactLimitPerMonth);
    q.bindTextOrNull(13, c.createdOn.toString(Qt::ISODate));
    q.bindTextOrNull(14, c.notes);
}

} // namespace clientele
