#pragma once

#include "model/Customer.h"
#include "storage/Database.h"

#include <QString>

namespace clientele::test {

// Inserts `count` customers in one transaction: codes C00001..; names run the other way ("Name 00600"
// for C00001), cities cycle through Beijing, Chengdu, Shanghai, kind alternates ToC/ToB, and every
// tenth customer carries the tag "vip".
void insertCustomers(Database& db, int count);
Customer customerNumbered(int i, int count);
// Installs the English catalogue once, as the app does: it holds the plural forms ("1 customer").
void installEnglish();

} // namespace clientele::test
