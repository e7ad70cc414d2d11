#pragma once

#include "planning/Playbook.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace clientele {

// Reads and writes the playbook table. The built-in playbooks of PlaybookCatalog are inserted the
// first time the store is used on a database (missing codes only, so it is idempotent); their texts
// stay NULL and are filled in from the catalogue in the current language, unless the user edited
// them. Rule violations throw PlanningError, database failures StorageError.
class PlaybookStore
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookStore)

public:
    PlaybookStore(const QSqlDatabase& db, const SqlDialect& dialect);

    // Built-ins first in catalogue order, then the user's own by name.
    std::vector<Playbook> list(bool includeRetired = true) const;
    std::optional<Playbook> find(qint64 id) const;
    std::optional<Playbook> findByCode(const QString& code) const;

    // Adds a user's own playbook (its code is ignored); returns the new id.
    qint64 insert(const Playbook& playbook);
    // Saves the texts, owner role, KPI and retired flag. For a built-in only the texts that differ
    // from the catalogue's are stored, and its target stays the catalogue's.
    void update(const Playbook& playbook);
    // Removes a user's own playbook (execution items made from it keep their texts); a built-in
    // cannot be removed, only retired. True when there was one to remove.
    bool remove(qint64 id);
    // Puts a built-in's catalogue texts back (and un-retires it).
    void reset(qint64 id);
    // Resets every built-in; returns how many had been edited or retired.
    int resetAllBuiltIns();
    // Copies a playbook as a user's own, named "<name> (copy)"; returns the new id.
    qint64 duplicate(qint64 id);
    // A retired playbook is kept (items refer to it) but no longer offered.
    void setRetired(qint64 id, bool retired);

    // Inserts the catalogue's built-ins that are missing; called by every read. Returns how many.
    int ensureBuiltIns() const;

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace clientele
