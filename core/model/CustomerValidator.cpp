#include "model/CustomerValidator.h"

#include <QRegularExpression>

namespace clientele {

QList<FieldProblem> CustomerValidator::validate(const Customer& customer)
{
    QList<FieldProblem> problems;
    const QString code = customer.code;
    if (code.trimmed().isEmpty())
        problems.append({QStringLiteral("code"), tr("The customer code is required.")});
    else if (code.size() > kMaxCodeLength)
        problems.append({QStringLiteral("code"),
                         tr("The customer code is longer than %1 characters.").arg(kMaxCodeLength)});
    else if (code != code.trimmed())
        problems.append({QStringLiteral("code"), tr("The customer code starts or ends with spaces.")});

    if (customer.name.trimmed().isEmpty())
        problems.append({QStringLiteral("name"), tr("The customer name is required.")});
    else if (customer.name.size() > kMaxNameLength)
        problems.append(
            {QStringLiteral("name"), tr("The name is longer than %1 characters.").arg(kMaxNameLength)});

    if (!customer.email.isEmpty()) {
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!email.match(customer.email).hasMatch())
            problems.append(
                {QStringLiteral("email"), tr("\"%1\" is not an e-mail address.").arg(customer.email)});
    }
    if (!customer.phone.isEmpty()) {
        static const QRegularExpression phone(QStringLiteral("^[+0-9][0-9 ()\\-]{4,30}$"));
        if (!phone.match(customer.phone).hasMatch())
            problems.append(
                {QStringLiteral("phone"), tr("\"%1\" is not a phone number.").arg(customer.phone)});
    }
    if (customer.contactLimitPerMonth < 0)
        problems.append(
            {QStringLiteral("contact_limit_per_month"), tr("The contact limit cannot be negative.")});
    if (!customer.createdOn.isValid())
        problems.append({QStringLiteral("created_on"), tr("The date the customer was created is required.")});
    return problems;
}

} // namespace clientele
