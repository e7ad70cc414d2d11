#pragma once

#include "storage/SnapshotStore.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace clientele {

// How customers moved between tiers from one period's snapshot to a later one's: counts and the
// amount they bought in between (the growth of their net amount), per from × to pair.
struct TierMigration
{
    struct Cell
    {
        int customers = 0;
        qint64 amountMinor = 0;
    };

    QString fromPeriod;
    QString toPeriod;
    // Tier codes in the built-in order; an empty code is "no tier": not yet in the earlier snapshot
    // (a row) or no longer in the later one (a column).
    QStringList fromTiers;
    QStringList toTiers;
    std::vector<std::vector<Cell>> cells; // [from][to]
    QStringList missingPeriods;           // periods without a snapshot; nothing was compared

    bool isEmpty() const { return cells.empty(); }
    Cell cell(const QString& fromTier, const QString& toTier) const;
    int stayed() const; // customers on the diagonal (same tier in both)

    static TierMigration between(const QString& fromPeriod,
                                 const std::vector<CustomerSnapshot>& from,
                                 const QString& toPeriod,
                                 const std::vector<CustomerSnapshot>& to);
};

} // namespace clientele
