#pragma once

#include "generator/SampleDatabaseWriter.h"

#include <QString>

#include <optional>

namespace clientele {

enum class SampleFileFormat
{
    Csv,
    Xlsx
};

// The format for a file name by its extension (.csv or .xlsx, any case); none for anything else.
std::optional<SampleFileFormat> sampleFileFormatFor(const QString& filePath);

// The largest number of order lines an XLSX sheet can hold (Excel's row limit less the header).
constexpr std::int64_t kMaxSampleXlsxLines = 1048575;

// Writes the sample's order lines as an Online-Retail-shaped sheet: InvoiceNo, StockCode,
// Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country, CustomerName.
// CSV is RFC 4180 (UTF-8, CRLF, quotes where needed); XLSX streams rows in constant memory, with
// inline strings and dates as serial numbers with a date style (written with QuaZip). The file appears only
// when complete: a cancel (returns false) or an error (throws StorageError) leaves no file behind. The CSV
// bytes depend only on the spec.
bool writeSampleFile(const QString& filePath,
                     const SampleSpec& spec,
                     const SampleProgress& progress = {},
                     SampleSummary* summary = nullptr);

} // namespace clientele
