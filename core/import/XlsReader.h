#pragma once

#include "import/SpreadsheetReader.h"

namespace clientele {

// Legacy Excel 97–2003 workbooks (BIFF8 .xls) through FreeXL, which decodes dates from the cells'
// formats itself (1900 and 1904 systems) and hands text over as UTF-8.
class XlsReader : public SpreadsheetReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsReader)

public:
    XlsReader(const QString& filePath, const ReaderLimits& limits);
    ~XlsReader() override;

    Format format() const override { return Format::Xls; }
    QStringList sheetNames() const override { return m_sheetNames; }
    void selectSheet(int index) override;
    bool readRow(QList<CellValue>& cells) override;
    qint64 rowNumber() const override { return m_row; }
    int progressPermille() const override;

private:
    [[noreturn]] void fail(const QString& what) const;

    QString m_fileName;
    ReaderLimits m_limits;
    const void* m_handle = nullptr;
    QStringList m_sheetNames;
    unsigned int m_rows = 0;
    unsigned short m_columns = 0;
    qint64 m_row = 0; // rows read so far on the active sheet (= the last row's 1-based number)
};

} // namespace clientele
