#pragma once

#include "export/ExportColumn.h"
#include "export/ExportFormat.h"
#include "storage/CustomerQuery.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <functional>

namespace clientele {

struct Customer;

// Which customers go to which file.
struct CustomerExportRequest
{
    QString filePath;
    ExportFormat format = ExportFormat::Csv;
    QList<std::int64_t> customerIds; // these customers, in this order; empty: every customer of `query`
    CustomerQuery query;
};

struct CustomerExportResult
{
    int rows = 0;
    bool cancelled = false; // nothing was written
};

// Exports customers (their attributes and tags) to CSV or XLSX, reading them in one pass on the
// given connection. The file appears only when the export is complete: a cancel or an error leaves
// no file behind (and an older file of that name untouched). Throws ExportError or StorageError.
class CustomerExport
{
    Q_DECLARE_TR_FUNCTIONS(CustomerExport)

public:
    // Called every few hundred rows with (rows written, rows in all); returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    static CustomerExportResult run(const QSqlDatabase& db,
                                    const SqlDialect& dialect,
                                    const CustomerExportRequest& request,
                                    const Progress& progress = {});

    static QList<ExportColumn> columns();
    // One customer's cells, in the order of columns().
    static QVariantList cells(const Customer& customer, const QStringList& tags);

    static constexpr int kChunk = 500;
};

} // namespace clientele
