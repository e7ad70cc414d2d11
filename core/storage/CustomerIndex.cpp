#include "storage/CustomerIndex.h"

#include <algorithm>

namespace clientele {

CustomerIndex::CustomerIndex(const CustomerActivities& customers)
{
    build(customers.size(), [&customers](std::size_t i) { return customers[i].customerId; });
}

CustomerIndex::CustomerIndex(const CustomerAnalyses& customers)
{
    build(customers.size(), [&customers](std::size_t i) { return customers[i].figures.customerId; });
}

template <typename IdAt>
void CustomerIndex::build(std::size_t count, IdAt idAt)
{
    qint64 maxId = -1;
    for (std::size_t i = 0; i < count; ++i)
        maxId = std::max(maxId, idAt(i));
    if (maxId >= 0 && maxId <= 4 * static_cast<qint64>(count) + 1024) {
        m_dense.assign(static_cast<std::size_t>(maxId) + 1, -1);
        for (std::size_t i = 0; i < count; ++i)
            if (idAt(i) >= 0)
                m_dense[static_cast<std::size_t>(idAt(i))] = static_cast<int>(i);
    } else {
        for (std::size_t i = 0; i < count; ++i)
            m_sparse.insert(idAt(i), static_cast<int>(i));
    }
}

} // namespace clientele
