#pragma once

#include "import/CellValue.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace clientele {

// Limits that protect against hostile files. Every one is a setting; the error names the limit.
struct ReaderLimits
{
    qint64 maxUncompressedBytes = 4LL * 1024 * 1024 * 1024; // one ZIP entry, uncompressed
    double minCompressionRatio = 0.01;   // compressed / uncompressed below this = a ZIP bomb
    qint64 ratioGraceBytes = 100 * 1024; // small entries are not ratio-checked
    int maxZipEntries = 10000;
    qsizetype maxCellLength = 32767; // Excel's own cap; longer text becomes an error cell
    qint64 maxSharedStringChars = 512LL * 1024 * 1024;
    int maxColumns = 16384;
};

// A spreadsheet read row by row, whatever its format (CSV/TSV/TXT, XLSX, XLS). Rows come back with
// cells indexed by column (0 = A), blank rows skipped.
class SpreadsheetReader
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetReader)

public:
    enum class Format
    {
        Csv,
        Xlsx,
        Xls
    };

    struct Options
    {
        QString encoding; // CSV only; empty: detect
        ReaderLimits limits;
    };

    virtual ~SpreadsheetReader() = default;

    // Opens a file, deciding its format from its first bytes, not its name. Throws ImportError with a
    // clear message for unreadable, encrypted, unsupported (.xlsb) or hostile files.
    static std::unique_ptr<SpreadsheetReader> open(const QString& filePath, const Options& options);
    static std::unique_ptr<SpreadsheetReader> open(const QString& filePath)
    {
        return open(filePath, Options{});
    }

    virtual Format format() const = 0;
    virtual QStringList sheetNames() const = 0;
    // Starts reading the given sheet from its first row.
    virtual void selectSheet(int index) = 0;
    virtual bool readRow(QList<CellValue>& cells) = 0;
    // The spreadsheet's own 1-based number of the last row read.
    virtual qint64 rowNumber() const = 0;
    // 0..1000, for progress bars.
    virtual int progressPermille() const = 0;
    // CSV: the encoding used and why; empty otherwise.
    virtual QString encoding() const { return {}; }
    virtual QString encodingReason() const { return {}; }

    // "AB" for column index 27.
    static QString columnName(int index);
};

} // namespace clientele
