#include "analysis/TierMigration.h"

#include "analytics/TierModel.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace clientele {

namespace {

// Built-in tiers best first, other codes alphabetically, "no tier" last.
QStringList ordered(const std::set<QString>& codes)
{
    QHash<QString, int> rank;
    for (const TierModel& model : TierModel::builtIns())
        for (const TierModel::Segment& segment : model.segments())
            if (!rank.contains(segment.code))
                rank.insert(segment.code, static_cast<int>(rank.size()));
    QStringList list(codes.begin(), codes.end());
    std::stable_sort(list.begin(), list.end(), [&rank](const QString& a, const QString& b) {
        if (a.isEmpty() != b.isEmpty())
            return b.isEmpty();
        const int ra = rank.value(a, INT_MAX), rb = rank.value(b, INT_MAX);
        return ra != rb ? ra < rb : a < b;
    });
    return list;
}

} // namespace

TierMigration::Cell TierMigration::cell(const QString& fromTier, const QString& toTier) const
{
    const qsizetype row = fromTiers.indexOf(fromTier);
    const qsizetype column = toTiers.indexOf(toTier);
    if (row < 0 || column < 0)
        return {};
    return cells[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)];
}

int TierMigration::stayed() const
{
    int total = 0;
    for (qsizetype row = 0; row < fromTiers.size(); ++row)
        if (!fromTiers[row].isEmpty())
            total += cell(fromTiers[row], fromTiers[row]).customers;
    return total;
}

TierMigration TierMigration::between(const QString& fromPeriod,
                                     const std::vector<CustomerSnapshot>& from,
                                     const QString& toPeriod,
                                     const std::vector<CustomerSnapshot>& to)
{
    TierMigration m;
    m.fromPeriod = fromPeriod;
    m.toPeriod = toPeriod;

    std::unordered_map<qint64, const CustomerSnapshot*> before;
    before.reserve(from.size());
    std::set<QString> fromCodes, toCodes;
    for (const CustomerSnapshot& row : from) {
        before.emplace(row.customerId, &row);
        fromCodes.insert(row.tier);
    }
    std::unordered_set<qint64> seen;
    seen.reserve(to.size());
    for (const CustomerSnapshot& row : to) {
        toCodes.insert(row.tier);
        seen.insert(row.customerId);
        if (!before.count(row.customerId))
            fromCodes.insert(QString());
    }
    for (const CustomerSnapshot& row : from)
        if (!seen.count(row.customerId))
            toCodes.insert(QString());

    m.fromTiers = ordered(fromCodes);
    m.toTiers = ordered(toCodes);
    m.cells.assign(static_cast<std::size_t>(m.fromTiers.size()),
                   std::vector<Cell>(static_cast<std::size_t>(m.toTiers.size())));
    const auto add = [&m](const QString& fromTier, const QString& toTier, qint64 amount) {
        Cell& c = m.cells[static_cast<std::size_t>(m.fromTiers.indexOf(fromTier))]
                         [static_cast<std::size_t>(m.toTiers.indexOf(toTier))];
        ++c.customers;
        c.amountMinor += amount;
    };
    for (const CustomerSnapshot& row : to) {
        const auto it = before.find(row.customerId);
        if (it == before.end())
            add(QString(), row.tier, row.netAmountMinor);
        else
            add(it->second->tier, row.tier, row.netAmountMinor - it->second->netAmountMinor);
    }
    for (const CustomerSnapshot& row : from)
        if (!seen.count(row.customerId))
            add(row.tier, QString(), 0);
    return m;
}

} // namespace clientele
