#include "storage/CustomerIndex.h"

#include <algorithm>

namespace clientele {

CustomerIndex::CustomerIndex(const CustomerActivities& customers)
{
    qint64 maxId = -1;
    for (const CustomerActivity& c : customers)
        maxId = std::max(maxId, c.customerId);
    if (maxId >= 0 && maxId <= 4 * static_cast<qint64>(customers.size()) + 1024) {
        m_dense.assign(static_cast<std::size_t>(maxId) + 1, -1);
        for (std::size_t i = 0; i < customers.size(); ++i)
            if (customers[i].customerId >= 0)
                m_dense[static_cast<std::size_t>(customers[i].customerId)] = static_cast<int>(i);
    } else {
        for (std::size_t i = 0; i < customers.size(); ++i)
            m_sparse.insert(customers[i].customerId, static_cast<int>(i));
    }
}

} // namespace clientele
