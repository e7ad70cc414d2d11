// clientele-xls-reader FILE.xls: reads a legacy Excel 97–2003 workbook with FreeXL and writes its
// sheets and cells on standard output in the form of XlsStreamFormat.h. It runs as a child process
// of the import, so FreeXL's own failures on damaged files (a crash included) cannot take the
// application down. Exit code 0 after a complete stream (errors about the file are in the stream),
// 2 for wrong usage or an output error.
#include "import/XlsStreamFormat.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstdio>
#include <freexl.h>

namespace {

using namespace clientele::xlsstream;

void writeCell(QDataStream& out, unsigned int row, unsigned short column, const FreeXL_CellValue& value)
{
    CellType type = CellType::Text;
    QString text;
    double number = 0;
    switch (value.type) {
    case FREEXL_CELL_INT:
        type = CellType::Number;
        number = value.value.int_value;
        text = QString::number(value.value.int_value);
        break;
    case FREEXL_CELL_DOUBLE:
        type = CellType::Number;
        number = value.value.double_value;
        text = QString::number(value.value.double_value, 'g', 15);
        break;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
        text = QString::fromUtf8(value.value.text_value);
        break;
    case FREEXL_CELL_DATE:
        type = CellType::Date;
        text = QString::fromUtf8(value.value.text_value);
        break;
    case FREEXL_CELL_DATETIME:
        type = CellType::DateTime;
        text = QString::fromUtf8(value.value.text_value);
        break;
    case FREEXL_CELL_TIME:
        type = CellType::Time;
        text = QString::fromUtf8(value.value.text_value);
        break;
    default:
        return; // empty (FREEXL_CELL_NULL)
    }
    if (text.isEmpty())
        return;
    out << static_cast<qint32>(row) << static_cast<qint32>(column) << static_cast<qint32>(type) << text
        << number;
}

int writeWorkbook(const char* path, QDataStream& out)
{
    out << kMagic << kVersion;
    const void* handle = nullptr;
    const int rc = freexl_open(path, &handle);
    if (rc != FREEXL_OK) {
        out << static_cast<qint32>(Status::OpenFailed) << static_cast<qint32>(rc);
        return 0;
    }
    unsigned int password = 0;
    unsigned int count = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK &&
        password == FREEXL_BIFF_OBFUSCATED) {
        out << static_cast<qint32>(Status::PasswordProtected);
    } else if (freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK || count == 0) {
        out << static_cast<qint32>(Status::NoSheets);
    } else {
        out << static_cast<qint32>(Status::Ok) << static_cast<qint32>(count);
        for (unsigned int i = 0; i < count; ++i) {
            const char* name = nullptr;
            freexl_get_worksheet_name(handle, static_cast<unsigned short>(i), &name);
            out << (name ? QString::fromUtf8(name) : QString());
        }
        for (unsigned int i = 0; i < count; ++i) {
            unsigned int rows = 0;
            unsigned short columns = 0;
            if (freexl_select_active_worksheet(handle, static_cast<unsigned short>(i)) != FREEXL_OK ||
                freexl_worksheet_dimensions(handle, &rows, &columns) != FREEXL_OK) {
                out << static_cast<qint32>(SheetStatus::NoDimensions) << quint32(0) << quint32(0)
                    << kEndOfSheet;
                continue;
            }
            out << static_cast<qint32>(SheetStatus::Ok) << static_cast<quint32>(rows)
                << static_cast<quint32>(columns);
            for (unsigned int row = 0; row < rows; ++row) {
                for (unsigned short column = 0; column < columns; ++column) {
                    FreeXL_CellValue value;
                    if (freexl_get_cell_value(handle, row, column, &value) == FREEXL_OK)
                        writeCell(out, row, column, value);
                }
            }
            out << kEndOfSheet;
        }
    }
    freexl_close(handle);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fputs("usage: clientele-xls-reader FILE.xls\n", stderr);
        return 2;
    }
    QFile output;
    if (!output.open(stdout, QIODevice::WriteOnly)) {
        std::fputs("clientele-xls-reader: cannot write to standard output\n", stderr);
        return 2;
    }
    QDataStream out(&output);
    out.setVersion(kStreamVersion);
    // FreeXL takes a path in the platform's narrow encoding, as the argument arrives.
    const int status = writeWorkbook(argv[1], out);
    output.flush();
    return out.status() == QDataStream::Ok && output.error() == QFileDevice::NoError ? status : 2;
}
