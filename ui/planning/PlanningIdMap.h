#pragma once

#include <QHash>

namespace clientele {

// Undoing a delete inserts the row again under a new id; later commands still hold the old one.
// The map follows an id to the row's current id, so a redo after an undo finds its row.
class PlanningIdMap
{
public:
    void moved(qint64 from, qint64 to)
    {
        if (from != to)
            m_next.insert(from, to);
    }
    qint64 current(qint64 id) const
    {
        for (int hops = 0; m_next.contains(id) && hops < 1000; ++hops)
            id = m_next.value(id);
        return id;
    }
    void clear() { m_next.clear(); }

private:
    QHash<qint64, qint64> m_next;
};

} // namespace clientele
