#pragma once

#include "import/TextEncodingDetector.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

namespace clientele {

// Streams a delimited text file (CSV, TSV, TXT) row by row: RFC 4180 quoting (doubled quotes,
// line breaks inside quoted fields), CRLF/LF/CR line ends, any encoding of TextEncodingDetector,
// and the separator detected from the first lines (comma, semicolon, tab, pipe or runs of spaces).
// Memory stays flat whatever the file size. Throws ImportError naming the file and row.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Separator
    {
        Detect,
        Comma,
        Semicolon,
        Tab,
        Pipe,
        Whitespace
    };

    struct Options
    {
        QString encoding; // empty: detect
        Separator separator = Separator::Detect;
        qsizetype maxFieldLength = 10 * 1024 * 1024; // characters; a longer field is refused
        int maxColumns = 16384;                      // as many as Excel has
    };

    explicit CsvReader(const QString& filePath, const Options& options);
    explicit CsvReader(const QString& filePath)
        : CsvReader(filePath, Options{})
    {
    }

    QString encoding() const { return m_encoding; }
    QString encodingReason() const { return m_encodingReason; }
    Separator separator() const { return m_separator; }

    // Reads the next non-blank row. Returns false at the end of the file.
    bool readRow(QStringList& fields);
    // The 1-based line on which the last row read began.
    qint64 rowNumber() const { return m_rowStartLine; }
    qint64 bytesRead() const { return m_file.pos(); }
    qint64 totalBytes() const { return m_file.size(); }

    static QString separatorName(Separator separator);

private:
    bool fill(); // decodes the next chunk into the buffer; false at end of file
    QChar peek(qsizetype ahead = 0);
    Separator detectSeparator(const QString& sample) const;
    [[noreturn]] void fail(const QString& what) const;

    QFile m_file;
    QString m_filePath;
    Options m_options;
    QString m_encoding;
    QString m_encodingReason;
    Separator m_separator = Separator::Comma;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_line = 1;
    qint64 m_rowStartLine = 0;
};

} // namespace clientele
