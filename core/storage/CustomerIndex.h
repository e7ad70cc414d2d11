#pragma once

#include "analytics/CustomerActivity.h"
#include "analytics/CustomerAnalysis.h"

#include <QHash>

#include <vector>

namespace clientele {

// Customer id → position in a list of customers. Ids are usually dense, so a plain vector; a sparse
// id range falls back to a hash. Read-only once built, so threads may share one.
class CustomerIndex
{
public:
    explicit CustomerIndex(const CustomerActivities& customers);
    explicit CustomerIndex(const CustomerAnalyses& customers);

    // The position, or -1 for an id not in the list.
    int find(qint64 customerId) const
    {
        if (!m_dense.empty() || m_sparse.isEmpty())
            return customerId >= 0 && customerId < static_cast<qint64>(m_dense.size())
                       ? m_dense[static_cast<std::size_t>(customerId)]
                       : -1;
        return m_sparse.value(customerId, -1);
    }

private:
    template <typename IdAt>
    void build(std::size_t count, IdAt idAt);

    std::vector<int> m_dense;
    QHash<qint64, int> m_sparse;
};

} // namespace clientele
