#include "export/XlsxTableWriter.h"

#include "export/ExportError.h"
#include "export/FormulaGuard.h"
#include "export/XlsxStreamFormat.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

namespace clientele {

namespace {

constexpr qsizetype kFlushBytes = 256 * 1024;
constexpr int kStartTimeoutMs = 30000;

QString programName()
{
#ifdef Q_OS_WIN
    return QStringLiteral("clientele-xlsx-writer.exe");
#else
    return QStringLiteral("clientele-xlsx-writer");
#endif
}

QString guardedText(const QString& text)
{
    QString value = FormulaGuard::neutralise(text);
    if (value.size() > XlsxTableWriter::kMaxTextLength)
        value = value.left(XlsxTableWriter::kMaxTextLength - XlsxTableWriter::marker().size()) +
                XlsxTableWriter::marker();
    return value;
}

// A path std::filesystem reads as the same file, whatever the C locale says about non-ASCII names.
std::filesystem::path nativePath(const QString& path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

} // namespace

XlsxTableWriter::XlsxTableWriter(const QString& filePath, const QString& sheetName)
    : m_filePath(filePath)
    , m_sheetName(sheetName)
    , m_stream(&m_buffer, QIODevice::WriteOnly)
{
    m_stream.setVersion(xlsxstream::kStreamVersion);
}

XlsxTableWriter::~XlsxTableWriter()
{
    discard();
}

QString XlsxTableWriter::writerProgram()
{
    QStringList candidates;
    const QString fromEnvironment = qEnvironmentVariable("CLIENTELE_XLSX_WRITER");
    if (!fromEnvironment.isEmpty())
        candidates << fromEnvironment;
    if (QCoreApplication::instance()) {
        const QDir here(QCoreApplication::applicationDirPath());
        candidates << here.filePath(programName())
                   << here.filePath(QStringLiteral("../libexec/clientele/") + programName());
    }
#ifdef CLIENTELE_XLSX_WRITER_BUILD_PATH
    candidates << QStringLiteral(CLIENTELE_XLSX_WRITER_BUILD_PATH);
#endif
    for (const QString& candidate : candidates)
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).absoluteFilePath();
    return {};
}

void XlsxTableWriter::begin(const QList<ExportColumn>& columns)
{
    m_columns = columns;
    const QString program = writerProgram();
    if (program.isEmpty())
        throw ExportError(tr("Cannot write %1: the XLSX writer %2 is not installed beside the program.")
                              .arg(QDir::toNativeSeparators(m_filePath), programName()));
    // The temporary file sits beside the target, so the final rename stays on one file system.
    const QFileInfo target(m_filePath);
    m_temporary = std::make_unique<QTemporaryFile>(
        target.absoluteDir().filePath(QLatin1Char('.') + target.fileName() + QStringLiteral(".XXXXXX.part")));
    if (!m_temporary->open())
        throw ExportError(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_filePath), m_temporary->errorString()));
    m_temporary->close();

    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start(program, {m_temporary->fileName()});
    if (!m_process.waitForStarted(kStartTimeoutMs))
        throw ExportError(tr("Cannot write %1: the XLSX writer did not start (%2).")
                              .arg(QDir::toNativeSeparators(m_filePath), m_process.errorString()));
    m_started = true;

    m_stream << xlsxstream::kMagic << xlsxstream::kVersion << m_sheetName
             << static_cast<qint32>(columns.size());
    for (const ExportColumn& column : columns)
        m_stream << guardedText(column.header) << static_cast<quint8>(column.type);
    flush(false);
}

void XlsxTableWriter::writeRow(const QVariantList& cells)
{
    using xlsxstream::CellKind;
    m_stream << static_cast<quint8>(xlsxstream::kRow);
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const QVariant value = i < cells.size() ? cells.at(i) : QVariant();
        const ExportColumn::Type type = m_columns.at(i).type;
        if (!value.isValid() || value.isNull() ||
            (value.typeId() == QMetaType::QString && value.toString().isEmpty())) {
            m_stream << static_cast<quint8>(CellKind::Empty);
        } else if (type == ExportColumn::Type::Number && value.typeId() != QMetaType::QString) {
            m_stream << static_cast<quint8>(CellKind::Number) << value.toDouble();
        } else if (type == ExportColumn::Type::Date && value.typeId() == QMetaType::QDate &&
                   value.toDate().isValid()) {
            m_stream << static_cast<quint8>(CellKind::Date)
                     << static_cast<qint64>(value.toDate().toJulianDay());
        } else {
            m_stream << static_cast<quint8>(CellKind::Text) << guardedText(value.toString());
        }
    }
    flush(false);
}

void XlsxTableWriter::flush(bool all)
{
    if (!all && m_buffer.size() < kFlushBytes)
        return;
    if (m_process.write(m_buffer) != m_buffer.size())
        failWithWriterMessage();
    m_buffer.clear();
    m_stream.device()->seek(0);
    // Keep at most a few blocks in the pipe: memory stays flat and a dead writer is noticed early.
    while (m_process.bytesToWrite() > kFlushBytes) {
        if (!m_process.waitForBytesWritten(-1))
            failWithWriterMessage();
    }
}

void XlsxTableWriter::failWithWriterMessage()
{
    m_process.kill();
    m_process.waitForFinished(-1);
    QString detail = QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed();
    if (detail.isEmpty())
        detail = m_process.errorString();
    m_started = false;
    discard();
    throw ExportError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_filePath), detail));
}

void XlsxTableWriter::commit()
{
    m_stream << static_cast<quint8>(xlsxstream::kEnd);
    flush(true);
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(-1) || m_process.exitStatus() != QProcess::NormalExit ||
        m_process.exitCode() != xlsxstream::kExitOk)
        failWithWriterMessage();
    m_started = false;
    // Replaces an older file of the same name in one step (rename(2); MoveFileEx on Windows).
    std::error_code error;
    std::filesystem::rename(nativePath(m_temporary->fileName()),
                            nativePath(QFileInfo(m_filePath).absoluteFilePath()), error);
    if (error) {
        discard();
        throw ExportError(
            tr("Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(m_filePath), QString::fromStdString(error.message())));
    }
    m_temporary->setAutoRemove(false);
    m_temporary.reset();
}

void XlsxTableWriter::discard()
{
    if (m_started) {
        // Without its end marker the writer removes its output; kill it so a cancel is immediate.
        m_process.kill();
        m_process.waitForFinished(-1);
        m_started = false;
    }
    m_temporary.reset(); // removes the temporary file
    m_buffer.clear();
}

} // namespace clientele
