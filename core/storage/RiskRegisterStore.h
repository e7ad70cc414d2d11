#pragma once

#include "planning/RiskEntry.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace clientele {

// Reads and writes the risk register (risk_entry). RiskCatalog's built-in rows are inserted on first
// use (missing codes only); their texts stay NULL and come from the catalogue in the current
// language unless edited. Rule violations throw PlanningError, database failures StorageError.
class RiskRegisterStore
{
    Q_DECLARE_TR_FUNCTIONS(RiskRegisterStore)

public:
    RiskRegisterStore(const QSqlDatabase& db, const SqlDialect& dialect);

    // Built-ins in catalogue order, then the user's own in the order they were added.
    std::vector<RiskEntry> list() const;
    std::optional<RiskEntry> find(qint64 id) const;
    qint64 insert(const RiskEntry& risk); // a user's own (its code is ignored)
    // For a built-in only the texts that differ from the catalogue's are stored.
    void update(const RiskEntry& risk);
    // A built-in cannot be removed (close it instead). True when there was one to remove.
    bool remove(qint64 id);
    // Puts a built-in's catalogue texts back; its status stays.
    void reset(qint64 id);

    int ensureBuiltIns() const;

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace clientele
