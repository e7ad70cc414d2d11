#pragma once

#include "export/TableWriter.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QProcess>
#include <QString>

#include <memory>

class QTemporaryFile;

namespace clientele {

// An XLSX workbook with one sheet: a bold, frozen header row with an autofilter, text as text (ids
// keep their leading zeros), numbers as numbers and dates as dates shown yyyy-mm-dd. Text is guarded
// against formula injection like the CSV, and cut at Excel's 32,767 characters with a marker.
//
// The workbook is written by libxlsxwriter in a child process, clientele-xlsx-writer, which this
// class streams the rows to: libxlsxwriter and QuaZip (which the readers use) export the same minizip
// symbols, and on Linux a process that loads both crashes in whichever loses. A dlopen with
// RTLD_DEEPBIND would also separate them, but the sanitizers refuse RTLD_DEEPBIND. Must be used on
// one thread; works without an event loop.
class XlsxTableWriter : public TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxTableWriter)

public:
    explicit XlsxTableWriter(const QString& filePath, const QString& sheetName = {});
    ~XlsxTableWriter() override;

    void begin(const QList<ExportColumn>& columns) override;
    void writeRow(const QVariantList& cells) override;
    void commit() override;
    void discard() override;

    // Where clientele-xlsx-writer is: $CLIENTELE_XLSX_WRITER, else beside the running program, else
    // in ../libexec/clientele, else where this build put it. Empty if none exists.
    static QString writerProgram();
    static constexpr qsizetype kMaxTextLength = 32767; // Excel's cap on a cell's text
    static QString marker() { return QStringLiteral("…"); }

private:
    void flush(bool all);
    [[noreturn]] void failWithWriterMessage();

    QString m_filePath;
    QString m_sheetName;
    QList<ExportColumn> m_columns;
    std::unique_ptr<QTemporaryFile> m_temporary;
    QProcess m_process;
    QByteArray m_buffer;
    QDataStream m_stream;
    bool m_started = false;
};

} // namespace clientele
