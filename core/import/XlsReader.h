#pragma once

#include "import/SpreadsheetReader.h"

#include <QByteArray>
#include <QDataStream>
#include <QList>

namespace clientele {

// Legacy Excel 97–2003 workbooks (BIFF8 .xls) through FreeXL, which decodes dates from the cells'
// formats itself (1900 and 1904 systems). FreeXL runs in a child process, clientele-xls-reader,
// because it can crash on damaged files (tests/fuzz/README.md); this class reads what that process
// writes (XlsStreamFormat.h) and turns its death into a clear error naming the file.
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

    // Where clientele-xls-reader is: $CLIENTELE_XLS_READER, else beside the running program, else
    // in ../libexec/clientele, else where this build put it.
    static QString readerProgram();

private:
    struct Sheet
    {
        qint64 offset = 0; // of its first cell record in m_output
        bool dimensionsKnown = true;
        quint32 rows = 0;
        quint32 columns = 0;
    };

    QByteArray runReader(const QString& filePath);
    void parseDirectory();
    [[noreturn]] void fail(const QString& what) const;

    QString m_fileName;
    ReaderLimits m_limits;
    QByteArray m_output; // the child's whole stream (an .xls holds at most 65,536 rows a sheet)
    QStringList m_sheetNames;
    QList<Sheet> m_sheets;
    std::unique_ptr<QDataStream> m_in;
    int m_sheet = 0;
    qint64 m_row = 0;           // the 1-based number of the last row read
    bool m_havePending = false; // the row field of the next record was read ahead
    qint32 m_pendingRow = 0;
    bool m_sheetDone = false;
};

} // namespace clientele
