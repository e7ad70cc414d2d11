// clientele-xlsx-writer OUTPUT.xlsx: writes the table streamed on standard input (see
// XlsxStreamFormat.h) as an XLSX workbook with libxlsxwriter. Kept out of the main programs because
// libxlsxwriter and QuaZip export the same minizip symbols (see XlsxStreamFormat.h). Links only Qt
// Core and libxlsxwriter; never QuaZip.

#include "export/ExportColumn.h"
#include "export/XlsxStreamFormat.h"

#include <QDate>
#include <QIODevice>
#include <QList>
#include <QString>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <xlsxwriter.h>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <poll.h>
#include <unistd.h>
#endif

using namespace clientele;
using namespace clientele::xlsxstream;

namespace {

struct Column
{
    QString header;
    ExportColumn::Type type = ExportColumn::Type::Text;
};

// Standard input as a device whose every read returns all the bytes asked for unless the stream has
// ended. QDataStream takes a short read as the end of the data, and a pipe hands over what it has
// (QProcess may even give the child a non-blocking end), so QFile on stdin is not enough.
class StandardInput : public QIODevice
{
public:
    StandardInput() { open(QIODevice::ReadOnly | QIODevice::Unbuffered); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        qint64 done = 0;
        while (done < maxSize) {
#ifdef Q_OS_WIN
            const int n =
                ::_read(0, data + done, static_cast<unsigned>(std::min<qint64>(maxSize - done, 1 << 20)));
#else
            const ssize_t n = ::read(0, data + done, static_cast<size_t>(maxSize - done));
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                pollfd wait = {0, POLLIN, 0};
                ::poll(&wait, 1, -1);
                continue;
            }
#endif
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return done > 0 ? done : -1; // end of the stream (or an error): the caller sees it short
            done += n;
        }
        return done;
    }
    qint64 writeData(const char*, qint64) override
    {
        return -1;
    }
};

int fail(int code, const char* message, const QString& detail = {})
{
    std::fprintf(stderr, "%s%s%s\n", message, detail.isEmpty() ? "" : ": ", qPrintable(detail));
    return code;
}

double widthFor(ExportColumn::Type type)
{
    switch (type) {
    case ExportColumn::Type::Date:
        return 12;
    case ExportColumn::Type::Number:
        return 14;
    case ExportColumn::Type::Text:
        break;
    }
    return 20;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2)
        return fail(kExitUsage, "usage: clientele-xlsx-writer OUTPUT.xlsx");
    const QByteArray outputPath = argv[1];

    StandardInput input;
    QDataStream in(&input);
    in.setVersion(kStreamVersion);

    quint32 magic = 0;
    quint32 version = 0;
    QString sheetName;
    qint32 columnCount = 0;
    in >> magic >> version >> sheetName >> columnCount;
    if (in.status() != QDataStream::Ok || magic != kMagic || version != kVersion || columnCount <= 0 ||
        columnCount > LXW_COL_MAX)
        return fail(kExitBadStream, "not a table stream");
    QList<Column> columns;
    for (qint32 i = 0; i < columnCount; ++i) {
        Column column;
        quint8 type = 0;
        in >> column.header >> type;
        column.type = static_cast<ExportColumn::Type>(type);
        columns.append(column);
    }
    if (in.status() != QDataStream::Ok)
        return fail(kExitBadStream, "truncated header");

    // Constant memory: rows go to disk as they come, so 1,000,000 rows need no more memory than 10.
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE;
    lxw_workbook* workbook = workbook_new_opt(outputPath.constData(), &options);
    if (!workbook)
        return fail(kExitWriteFailed, "cannot create the workbook");
    const QByteArray sheetUtf8 = sheetName.toUtf8();
    lxw_worksheet* sheet =
        workbook_add_worksheet(workbook, sheetUtf8.isEmpty() ? nullptr : sheetUtf8.constData());
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format* date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format* text = workbook_add_format(workbook);
    format_set_num_format(text, "@");

    for (qint32 c = 0; c < columnCount; ++c) {
        worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                             widthFor(columns.at(c).type), nullptr);
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), columns.at(c).header.toUtf8().constData(),
                               bold);
    }
    worksheet_freeze_panes(sheet, 1, 0);

    lxw_row_t row = 0;
    bool complete = false;
    lxw_error error = LXW_NO_ERROR;
    while (error == LXW_NO_ERROR) {
        quint8 marker = 0;
        in >> marker;
        if (in.status() != QDataStream::Ok)
            break; // the stream stopped: a cancelled export
        if (marker == kEnd) {
            complete = true;
            break;
        }
        if (marker != kRow || row + 1 >= LXW_ROW_MAX)
            break;
        ++row;
        for (qint32 c = 0; c < columnCount && error == LXW_NO_ERROR && in.status() == QDataStream::Ok; ++c) {
            quint8 kind = 0;
            in >> kind;
            if (in.status() != QDataStream::Ok)
                break;
            const auto col = static_cast<lxw_col_t>(c);
            switch (static_cast<CellKind>(kind)) {
            case CellKind::Empty:
                break;
            case CellKind::Text: {
                QString value;
                in >> value;
                // A string, never a formula: worksheet_write_string stores text as text.
                error = worksheet_write_string(sheet, row, col, value.toUtf8().constData(), text);
                break;
            }
            case CellKind::Number: {
                double value = 0;
                in >> value;
                error = worksheet_write_number(sheet, row, col, value, nullptr);
                break;
            }
            case CellKind::Date: {
                qint64 julianDay = 0;
                in >> julianDay;
                const QDate day = QDate::fromJulianDay(julianDay);
                lxw_datetime when = {day.year(), day.month(), day.day(), 0, 0, 0};
                error = worksheet_write_datetime(sheet, row, col, &when, date);
                break;
            }
            default:
                error = LXW_ERROR_PARAMETER_VALIDATION;
                break;
            }
        }
        if (in.status() != QDataStream::Ok)
            break;
    }
    if (complete && error == LXW_NO_ERROR && row > 0)
        worksheet_autofilter(sheet, 0, 0, row, static_cast<lxw_col_t>(columnCount - 1));
    const lxw_error closed = workbook_close(workbook);
    if (!complete || error != LXW_NO_ERROR || closed != LXW_NO_ERROR) {
        std::remove(outputPath.constData());
        if (error != LXW_NO_ERROR)
            return fail(kExitWriteFailed, lxw_strerror(error));
        if (closed != LXW_NO_ERROR)
            return fail(kExitWriteFailed, lxw_strerror(closed));
        return fail(kExitBadStream, "the table stream ended early");
    }
    return kExitOk;
}
