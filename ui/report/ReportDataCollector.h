#pragma once

#include "report/ReportData.h"
#include "report/ReportOptions.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <optional>
#include <stdexcept>

namespace clientele {

class AnalysisPeriod;

// A period the report cannot be made for (bad code, no data): the message says which and why.
class ReportDataError : public std::runtime_error
{
public:
    explicit ReportDataError(const QString& message)
        : std::runtime_error(message.toStdString())
    {
    }
};

// Fills ReportData for a period from core: the analytics engine as of the period end (tiers,
// stages, churn risk with reasons), the previous period from its stored snapshot when there is one
// (the tiers last quarter's review saw) or else from the engine too, and the KPIs of both periods
// measured on those same analyses; the planning feature's parts (tracking, goals, plans, reviews)
// through ReportPlanningCollector, which says so where there is no plan. Runs on any thread with that
// thread's connection; texts come out in the language installed while it runs (ReportLanguage).
class ReportDataCollector
{
    Q_DECLARE_TR_FUNCTIONS(ReportDataCollector)

public:
    // percent 0–100 and what is being done, in words.
    using Progress = std::function<void(int percent, const QString& step)>;

    ReportDataCollector(const QSqlDatabase& db, const SqlDialect& dialect);

    // Throws ReportDataError for an unusable period, StorageError for database failures. Returns
    // std::nullopt when cancelled.
    std::optional<ReportData> collect(const ReportOptions& options,
                                      const QString& databaseName,
                                      const Progress& progress = {},
                                      const std::atomic<bool>* cancel = nullptr) const;

    // The period options.period names, or when it is empty the latest quarter that has ended by the
    // last order in the database. Throws ReportDataError naming a bad code.
    AnalysisPeriod resolvePeriod(const QString& code) const;

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};

} // namespace clientele
