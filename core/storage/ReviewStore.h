#pragma once

#include "planning/ReviewRecord.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace clientele {

// Reads and writes review records. Deleting a plan keeps its reviews (their plan becomes none).
// Rule violations throw PlanningError, database failures StorageError.
class ReviewStore
{
    Q_DECLARE_TR_FUNCTIONS(ReviewStore)

public:
    ReviewStore(const QSqlDatabase& db, const SqlDialect& dialect);

    // Newest first; with a plan id, only that plan's.
    std::vector<ReviewRecord> list(std::optional<qint64> planId = std::nullopt) const;
    std::optional<ReviewRecord> find(qint64 id) const;
    qint64 insert(const ReviewRecord& review);
    void update(const ReviewRecord& review);
    bool remove(qint64 id);

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace clientele
