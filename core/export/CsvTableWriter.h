#pragma once

#include "export/TableWriter.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

namespace clientele {

// CSV the way Excel reads it: UTF-8 with a BOM, CRLF line ends, RFC 4180 quoting. Every text cell
// is quoted (with its quotes doubled) and guarded against formula injection; numbers and ISO dates
// are written bare.
class CsvTableWriter : public TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvTableWriter)

public:
    explicit CsvTableWriter(const QString& filePath);
    ~CsvTableWriter() override;

    void begin(const QList<ExportColumn>& columns) override;
    void writeRow(const QVariantList& cells) override;
    void commit() override;
    void discard() override;

    // One cell as it appears in the file, for a column of the given type.
    static QString field(const QVariant& value, ExportColumn::Type type);

private:
    void write(const QString& line);

    QSaveFile m_file;
    QList<ExportColumn> m_columns;
    QByteArray m_buffer;
};

} // namespace clientele
