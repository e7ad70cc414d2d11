#pragma once

#include "import/CellValue.h"
#include "import/SpreadsheetReader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace clientele {

// What the wizard knows about a file before importing it: format, sheets, encoding, the header row
// and the first data rows of one sheet. Made on a worker thread (big XLSX files take a while to open).
struct ImportFileInspection
{
    Q_DECLARE_TR_FUNCTIONS(ImportFileInspection)

public:
    static constexpr int kMaxRows = 200;

    QString filePath;
    QString requestedEncoding; // empty: detect
    int sheetIndex = 0;
    bool valid = false;
    QString error; // translated, when !valid
    SpreadsheetReader::Format format = SpreadsheetReader::Format::Csv;
    QStringList sheetNames;
    QString encoding;
    QString encodingReason;
    QStringList headers;
    QList<QList<CellValue>> rows; // the first data rows, up to kMaxRows
    QList<qint64> rowNumbers;     // the spreadsheet's own row number of each

    QString formatName() const;
    // The cell's text as a person reads it (dates of XLSX cells included).
    static QString cellText(const CellValue& cell);

    // Never throws: errors land in `error`.
    static ImportFileInspection inspect(const QString& filePath, const QString& encoding, int sheetIndex);
};

} // namespace clientele
