#pragma once

#include "import/CsvReader.h"
#include "import/SpreadsheetReader.h"

namespace clientele {

// A delimited text file seen as a one-sheet spreadsheet whose cells are all text.
class CsvSheetReader : public SpreadsheetReader
{
public:
    CsvSheetReader(const QString& filePath, const CsvReader::Options& options);

    Format format() const override { return Format::Csv; }
    QStringList sheetNames() const override { return {m_sheetName}; }
    void selectSheet(int index) override;
    bool readRow(QList<CellValue>& cells) override;
    qint64 rowNumber() const override { return m_reader->rowNumber(); }
    int progressPermille() const override;
    QString encoding() const override { return m_reader->encoding(); }
    QString encodingReason() const override { return m_reader->encodingReason(); }

private:
    QString m_filePath;
    QString m_sheetName;
    CsvReader::Options m_options;
    std::unique_ptr<CsvReader> m_reader;
    QStringList m_fields;
};

} // namespace clientele
