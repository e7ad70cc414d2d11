#include "export/CsvTableWriter.h"

#include "export/ExportError.h"
#include "export/FormulaGuard.h"

#include <QDate>
#include <QDir>
#include <QLocale>

namespace clientele {

namespace {

constexpr qsizetype kFlushBytes = 1 << 20;

QString quoted(const QString& text)
{
    QString escaped = FormulaGuard::neutralise(text);
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString numberText(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    default:
        // The shortest text that reads back as the same double; always with a decimal point.
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
}

} // namespace

CsvTableWriter::CsvTableWriter(const QString& filePath)
    : m_file(filePath)
{
}

CsvTableWriter::~CsvTableWriter()
{
    discard();
}

QString CsvTableWriter::field(const QVariant& value, ExportColumn::Type type)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (type) {
    case ExportColumn::Type::Number:
        if (value.typeId() != QMetaType::QString)
            return numberText(value);
        break;
    case ExportColumn::Type::Date:
        if (value.typeId() == QMetaType::QDate)
            return value.toDate().toString(Qt::ISODate);
        break;
    case ExportColumn::Type::Text:
        break;
    }
    // Text, or a value the column's type does not describe: written as guarded text.
    return quoted(value.toString());
}

void CsvTableWriter::begin(const QList<ExportColumn>& columns)
{
    m_columns = columns;
    if (!m_file.open(QIODevice::WriteOnly))
        throw ExportError(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
    m_buffer = QByteArrayLiteral("\xEF\xBB\xBF");
    QStringList headers;
    for (const ExportColumn& column : columns)
        headers << quoted(column.header);
    write(headers.join(QLatin1Char(',')));
}

void CsvTableWriter::writeRow(const QVariantList& cells)
{
    QString line;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        if (i < cells.size())
            line += field(cells.at(i), m_columns.at(i).type);
    }
    write(line);
}

void CsvTableWriter::write(const QString& line)
{
    m_buffer += line.toUtf8();
    m_buffer += "\r\n";
    if (m_buffer.size() >= kFlushBytes) {
        if (m_file.write(m_buffer) != m_buffer.size())
            throw ExportError(tr("Cannot write %1: %2")
                                  .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
        m_buffer.clear();
    }
}

void CsvTableWriter::commit()
{
    if ((!m_buffer.isEmpty() && m_file.write(m_buffer) != m_buffer.size()) || !m_file.commit())
        throw ExportError(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
    m_buffer.clear();
}

void CsvTableWriter::discard()
{
    // QSaveFile removes its temporary file when cancelled and closed; the target is never touched.
    if (m_file.isOpen()) {
        m_file.cancelWriting();
        m_file.commit();
    }
    m_buffer.clear();
}

} // namespace clientele
