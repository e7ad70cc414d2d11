#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>

namespace clientele {

// A value that could not be imported, and why. Row is the spreadsheet's own 1-based row number.
struct ImportIssue
{
    qint64 row = 0;
    QString column; // "C (订单日期)"
    QString value;
    QString reason;
};

// What one row did (or, in a dry run, would do).
struct ImportRowAction
{
    enum class Kind
    {
        Create,
        Update,
        Duplicate,
        Reject,
        NoCustomer,
        Unchanged
    };
    qint64 row = 0;
    Kind kind = Kind::Create;
    QString detail; // the fields that change, the reason of a rejection, ...
};

struct ImportReport
{
    static constexpr int kMaxIssues = 10000;   // kept in full; the count goes on
    static constexpr int kMaxActions = 200000; // the dry run's row list

    QString fileName;
    QString sheet;
    QString kind;
    QString encoding;
    QString encodingReason;
    QString dateOrder; // "dmy", "mdy", "ymd" or empty
    bool decimalComma = false;
    bool dryRun = false;
    bool strict = true;
    bool cancelled = false;
    bool committed = false;
    std::int64_t batchId = 0;

    std::int64_t rowsRead = 0;
    std::int64_t imported = 0;
    std::int64_t duplicates = 0;
    std::int64_t skipped = 0;
    std::int64_t rowsWithoutCustomer = 0;
    std::int64_t customersCreated = 0;
    std::int64_t customersUpdated = 0;
    std::int64_t issueCount = 0;
    QList<ImportIssue> issues;
    QStringList warnings;
    QList<ImportRowAction> actions;
    qint64 elapsedMs = 0;

    void addIssue(const ImportIssue& issue);
    void addAction(const ImportRowAction& action);
    QJsonObject toJson() const;
    // file, row, column, value, reason; cells that a spreadsheet would run as a formula are neutralised.
    bool writeIssuesCsv(const QString& path, QString* error = nullptr) const;
};

} // namespace clientele
