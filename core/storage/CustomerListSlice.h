#pragma once

#include "storage/CustomerListRow.h"

#include <QList>

namespace clientele {

// The start of a customer list: how many customers the query matches and its first rows.
struct CustomerListSlice
{
    int total = 0;
    QList<CustomerListRow> rows;
};

} // namespace clientele
