#pragma once

#include "model/Customer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace clientele {

struct FieldProblem
{
    QString field;   // the Customer member's stored column name, e.g. "code"
    QString message; // translated, names the field
};

// The data model's rules for a customer, checked before anything is written.
class CustomerValidator
{
    Q_DECLARE_TR_FUNCTIONS(CustomerValidator)

public:
    static constexpr int kMaxCodeLength = 64;
    static constexpr int kMaxNameLength = 255;

    static QList<FieldProblem> validate(const Customer& customer);
};

} // namespace clientele
