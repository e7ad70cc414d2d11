#pragma once

#include "import/SheetXmlScanner.h"
#include "import/SpreadsheetReader.h"

#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <memory>
#include <optional>

class QuaZip;
class QuaZipFile;

namespace clientele {

// Streams an Office Open XML workbook: the ZIP through QuaZip, the small parts through
// QXmlStreamReader and the sheet through SheetXmlScanner, both fed in chunks, so a 400 MB sheet is
// read with flat memory. Shared and inline strings, rich-text runs,
// numbers, booleans, error cells, dates recognised from the cell's number format (built-in and
// custom) in the 1900 and 1904 systems, sparse rows and cells without an `r` attribute.
class XlsxReader : public SpreadsheetReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    XlsxReader(const QString& filePath, const ReaderLimits& limits);
    ~XlsxReader() override;

    Format format() const override { return Format::Xlsx; }
    QStringList sheetNames() const override { return m_sheetNames; }
    void selectSheet(int index) override;
    bool readRow(QList<CellValue>& cells) override;
    qint64 rowNumber() const override { return m_rowNumber; }
    int progressPermille() const override;
    bool uses1904Dates() const { return m_date1904; }

private:
    class PartStream;
    class SheetStream;

    void checkEntries();
    QByteArray readWholePart(const QString& name, qint64 maxBytes);
    void readWorkbook();
    void readStyles();
    void readSharedStrings();
    QString resolveTarget(const QString& target) const;
    CellValue makeCell(const SheetXmlScanner::Cell& raw, int& column);
    template <typename Next>
    QString readRichText(QXmlStreamReader& xml, Next next, const QString& endElement);
    [[noreturn]] void fail(const QString& what) const;
    [[noreturn]] void failXml(const QXmlStreamReader& xml, const QString& part) const;

    QString m_filePath;
    QString m_fileName;
    ReaderLimits m_limits;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, qint64> m_entrySizes; // uncompressed, as declared
    QStringList m_sheetNames;
    QStringList m_sheetParts;
    QStringList m_sharedStrings;
    QSet<int> m_dateStyles; // cellXfs indexes whose number format is a date
    bool m_date1904 = false;

    std::unique_ptr<SheetStream> m_sheet;
    SheetXmlScanner::Row m_row;
    // Dates repeat from row to row (the lines of one order): the last serial's date is kept.
    double m_lastSerial = -1;
    std::optional<QDateTime> m_lastSerialDate;
    QString m_currentPart;
    qint64 m_rowNumber = 0;
};

} // namespace clientele
