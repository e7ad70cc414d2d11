#pragma once

#include "storage/SqlDialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <climits>
#include <functional>
#include <vector>

namespace clientele::built_in_rows {

// Tables that hold a catalogue's built-in rows beside the user's own (playbook, risk_entry): a built-in
// row keeps its code and stores NULL texts until the user edits them, so the catalogue's texts follow the
// language. These are the pieces the stores of such tables share.

// A built-in's text: the stored one when the user edited it (non-NULL), else the catalogue's.
QString textOr(const QVariant& stored, const QString& catalogue, bool& edited);

// The value to store for a built-in's text: NULL while it is the catalogue's; an emptied text is an edit
// too, so it is stored as '' rather than NULL.
QVariant overrideOf(const QString& text, const QString& catalogue);

// Inserts the catalogue rows whose codes are not in table yet, calling insertRow(index into codes) for
// each inside one write transaction; only reads when none is missing. Returns how many were added.
int insertMissing(const QSqlDatabase& db,
                  const SqlDialect& dialect,
                  const QString& table,
                  const QStringList& codes,
                  const std::function<void(int index)>& insertRow);

// The built-ins in catalogue order, then the user's own in the order given.
template <class Entry>
std::vector<Entry>
builtInsFirst(std::vector<Entry> builtIns, std::vector<Entry> own, const std::vector<Entry>& catalogue)
{
    QHash<QString, int> rank;
    for (const Entry& entry : catalogue)
        rank.insert(entry.code, static_cast<int>(rank.size()));
    std::stable_sort(builtIns.begin(), builtIns.end(), [&rank](const Entry& a, const Entry& b) {
        return rank.value(a.code, INT_MAX) < rank.value(b.code, INT_MAX);
    });
    builtIns.insert(builtIns.end(), std::make_move_iterator(own.begin()), std::make_move_iterator(own.end()));
    return builtIns;
}

} // namespace clientele::built_in_rows
