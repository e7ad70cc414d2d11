#include "import/XlsReader.h"

#include "import/ImportError.h"
#include "import/XlsStreamFormat.h"
#include "model/WallClock.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

namespace clientele {

namespace {

using namespace xlsstream;

constexpr int kStartTimeoutMs = 30000;
constexpr qint64 kReadTimeoutMs = 10 * 60 * 1000; // FreeXL loads a workbook in seconds
// The stream repeats each cell with a few bytes of framing; a 2 GB stream is far beyond what an
// .xls (at most 65,536 rows a sheet) can hold.
constexpr qint64 kMaxStreamBytes = 2000LL * 1024 * 1024;

QString programName()
{
#ifdef Q_OS_WIN
    return QStringLiteral("clientele-xls-reader.exe");
#else
    return QStringLiteral("clientele-xls-reader");
#endif
}

} // namespace

QString XlsReader::readerProgram()
{
    QStringList candidates;
    const QString fromEnvironment = qEnvironmentVariable("CLIENTELE_XLS_READER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (QCoreApplication::instance()) {
        const QDir here(QCoreApplication::applicationDirPath());
        candidates << here.filePath(programName())
                   << here.filePath(QStringLiteral("../libexec/clientele/") + programName());
    }
#ifdef CLIENTELE_XLS_READER_BUILD_PATH
    candidates << QStringLiteral(CLIENTELE_XLS_READER_BUILD_PATH);
#endif
    for (const QString& candidate : std::as_const(candidates))
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    return candidates.isEmpty() ? programName() : candidates.first();
}

XlsReader::XlsReader(const QString& filePath, const ReaderLimits& limits)
    : m_fileName(QFileInfo(filePath).fileName())
    , m_limits(limits)
{
    m_output = runReader(filePath);
    parseDirectory();
    selectSheet(0);
}

XlsReader::~XlsReader() = default;

void XlsReader::fail(const QString& what) const
{
    throw ImportError(tr("%1: %2").arg(m_fileName, what));
}

QByteArray XlsReader::runReader(const QString& filePath)
{
    const QString program = readerProgram();
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardErrorFile(QProcess::nullDevice()); // FreeXL's and sanitizers' chatter
    process.start(program, {QDir::toNativeSeparators(QFileInfo(filePath).absoluteFilePath())});
    if (!process.waitForStarted(kStartTimeoutMs))
        fail(tr("the reader for Excel 97–2003 files (%1) cannot be started: %2")
                 .arg(program, process.errorString()));
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(1000);
        output += process.readAllStandardOutput();
        if (output.size() > kMaxStreamBytes || timer.elapsed() > kReadTimeoutMs) {
            process.kill();
            process.waitForFinished(kStartTimeoutMs);
            fail(tr("the Excel 97–2003 workbook is too large or takes too long to read"));
        }
    }
    output += process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        fail(tr("the Excel 97–2003 workbook cannot be read: the reader stopped on it (%1), so it is "
                "probably damaged. Open it in Excel or LibreOffice and save it as .xlsx.")
                 .arg(process.exitStatus() == QProcess::CrashExit
                          ? tr("crashed")
                          : tr("exit code %1").arg(process.exitCode())));
    return output;
}

void XlsReader::parseDirectory()
{
    QDataStream in(m_output);
    in.setVersion(kStreamVersion);
    quint32 magic = 0;
    quint32 version = 0;
    qint32 status = -1;
    in >> magic >> version >> status;
    if (in.status() != QDataStream::Ok || magic != kMagic || version != kVersion)
        fail(tr("the reader for Excel 97–2003 files answered with something else than a workbook"));
    switch (static_cast<Status>(status)) {
    case Status::Ok:
        break;
    case Status::OpenFailed: {
        qint32 rc = 0;
        in >> rc;
        fail(
            tr("the Excel 97–2003 workbook cannot be read (FreeXL error %1): it may be damaged, encrypted or "
               "not a workbook")
                .arg(rc));
    }
    case Status::PasswordProtected:
        fail(tr("the workbook is password-protected; save an unprotected copy and import that"));
    case Status::NoSheets:
        fail(tr("the workbook has no worksheets"));
    default:
        fail(tr("the reader for Excel 97–2003 files answered with something else than a workbook"));
    }
    qint32 count = 0;
    in >> count;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString name;
        in >> name;
        m_sheetNames << (name.isEmpty() ? tr("Sheet %1").arg(i + 1) : name);
    }
    // Where each sheet's cells start: skip over the cell records of the sheets before it.
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        Sheet sheet;
        qint32 sheetStatus = 0;
        in >> sheetStatus >> sheet.rows >> sheet.columns;
        sheet.dimensionsKnown = static_cast<SheetStatus>(sheetStatus) == SheetStatus::Ok;
        sheet.offset = in.device()->pos();
        for (;;) {
            qint32 row = kEndOfSheet;
            in >> row;
            if (row == kEndOfSheet || in.status() != QDataStream::Ok)
                break;
            qint32 column = 0;
            qint32 type = 0;
            QString text;
            double number = 0;
            in >> column >> type >> text >> number;
        }
        m_sheets << sheet;
    }
    if (in.status() != QDataStream::Ok || m_sheets.size() != count || count == 0)
        fail(tr("the Excel 97–2003 workbook cannot be read: the reader's answer is incomplete"));
}

void XlsReader::selectSheet(int index)
{
    if (index < 0 || index >= m_sheets.size())
        fail(tr("there is no sheet number %1").arg(index + 1));
    const Sheet& sheet = m_sheets.at(index);
    if (!sheet.dimensionsKnown)
        fail(tr("the size of sheet %1 cannot be read").arg(m_sheetNames.at(index)));
    if (sheet.columns > static_cast<quint32>(m_limits.maxColumns))
        fail(tr("the sheet has %1 columns, more than the limit of %2")
                 .arg(sheet.columns)
                 .arg(m_limits.maxColumns));
    m_sheet = index;
    m_in = std::make_unique<QDataStream>(m_output);
    m_in->setVersion(kStreamVersion);
    m_in->device()->seek(sheet.offset);
    m_row = 0;
    m_havePending = false;
    m_sheetDone = false;
}

int XlsReader::progressPermille() const
{
    const quint32 rows = m_sheets.value(m_sheet).rows;
    return rows == 0 ? 1000 : static_cast<int>(std::min<qint64>(1000, m_row * 1000 / rows));
}

bool XlsReader::readRow(QList<CellValue>& cells)
{
    cells.clear();
    if (m_sheetDone)
        return false;
    QDataStream& in = *m_in;
    qint32 row = m_pendingRow;
    if (!m_havePending)
        in >> row;
    m_havePending = false;
    if (row == kEndOfSheet || in.status() != QDataStream::Ok) {
        m_sheetDone = true;
        return false;
    }
    m_row = row + 1;
    for (;;) {
        qint32 column = 0;
        qint32 type = 0;
        QString text;
        double number = 0;
        in >> column >> type >> text >> number;
        if (in.status() != QDataStream::Ok || column < 0 || column >= m_limits.maxColumns)
            fail(tr("the reader's answer is damaged at row %1").arg(m_row));
        CellValue cell;
        switch (static_cast<CellType>(type)) {
        case CellType::Number:
            cell.type = CellValue::Type::Number;
            cell.number = number;
            cell.text = text;
            break;
        case CellType::Date:
            cell.type = CellValue::Type::DateTime;
            cell.text = text;
            cell.dateTime = wallClock(QDate::fromString(text, Qt::ISODate));
            break;
        case CellType::DateTime:
            cell.type = CellValue::Type::DateTime;
            cell.text = text;
            cell.dateTime = wallClock(QDate::fromString(text.left(10), Qt::ISODate),
                                      QTime::fromString(text.mid(11), QStringLiteral("HH:mm:ss")));
            break;
        default: // text and times of day
            cell = CellValue::makeText(text);
        }
        if (cell.text.size() > m_limits.maxCellLength) {
            cell.type = CellValue::Type::Error;
            cell.text = tr("the text is longer than %1 characters").arg(m_limits.maxCellLength);
        }
        if (cells.size() <= column)
            cells.resize(column + 1);
        cells[column] = std::move(cell);

        qint32 next = kEndOfSheet;
        in >> next;
        if (in.status() != QDataStream::Ok)
            fail(tr("the reader's answer is damaged at row %1").arg(m_row));
        if (next != row) {
            m_pendingRow = next;
            m_havePending = true;
            return true;
        }
    }
}

} // namespace clientele
