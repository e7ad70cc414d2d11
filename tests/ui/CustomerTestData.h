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
// Stores a latest analysis (snapshot 'current') for customers C00001..C<analysed> (by id 1..analysed,
// as insertCustomers() leaves them), replacing any earlier one. Customer i: tier high_value, potential,
// low_value, churn_risk by i % 4; stage by i % 7 in lifecycle order; risk low, medium, high by i % 3;
// amount i × 1,000.00 (+ `amountShift` minor units) and 1 + i % 8 orders; every fifth customer never
// bought (no orders, amount, recency,
// RFM, P(alive) or CLV), the others recency i % 90 days, RFM (1 + i % 5)(1 + i / 5 % 5)(1 + i % 3),
// P(alive) i % 10 / 10, CLV i % 13 × 100.00.
void storeCurrentAnalysis(Database& db, int analysed, qint64 amountShift = 0);
// Installs the English catalogue once, as the app does: it holds the plural forms ("1 customer").
void installEnglish();

} // namespace clientele::test
