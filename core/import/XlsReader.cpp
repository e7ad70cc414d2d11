#include "import/XlsReader.h"

#include "import/ImportError.h"

#include <QFile>
#include <QFileInfo>

#include <freexl.h>

namespace clientele {

XlsReader::XlsReader(const QString& filePath, const ReaderLimits& limits)
    : m_fileName(QFileInfo(filePath).fileName())
    , m_limits(limits)
{
    const int rc = freexl_open(QFile::encodeName(filePath).constData(), &m_handle);
    if (rc != FREEXL_OK) {
        m_handle = nullptr;
        fail(
            tr("the Excel 97–2003 workbook cannot be read (FreeXL error %1): it may be damaged, encrypted or "
               "not a workbook")
                .arg(rc));
    }
    unsigned int password = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK &&
        password == FREEXL_BIFF_OBFUSCATED)
        fail(tr("the workbook is password-protected; save an unprotected copy and import that"));
    unsigned int count = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK || count == 0)
        fail(tr("the workbook has no worksheets"));
    for (unsigned int i = 0; i < count; ++i) {
        const char* name = nullptr;
        freexl_get_worksheet_name(m_handle, static_cast<unsigned short>(i), &name);
        m_sheetNames << (name ? QString::fromUtf8(name) : tr("Sheet %1").arg(i + 1));
    }
    selectSheet(0);
}

XlsReader::~XlsReader()
{
    if (m_handle)
        freexl_close(m_handle);
}

void XlsReader::fail(const QString& what) const
{
    throw ImportError(tr("%1: %2").arg(m_fileName, what));
}

void XlsReader::selectSheet(int index)
{
    if (index < 0 || index >= m_sheetNames.size() ||
        freexl_select_active_worksheet(m_handle, static_cast<unsigned short>(index)) != FREEXL_OK)
        fail(tr("there is no sheet number %1").arg(index + 1));
    if (freexl_worksheet_dimensions(m_handle, &m_rows, &m_columns) != FREEXL_OK)
        fail(tr("the size of sheet %1 cannot be read").arg(m_sheetNames.at(index)));
    if (m_columns > m_limits.maxColumns)
        fail(tr("the sheet has %1 columns, more than the limit of %2")
                 .arg(m_columns)
                 .arg(m_limits.maxColumns));
    m_row = 0;
}

int XlsReader::progressPermille() const
{
    return m_rows == 0 ? 1000 : static_cast<int>(m_row * 1000 / m_rows);
}

bool XlsReader::readRow(QList<CellValue>& cells)
{
    while (m_row < m_rows) {
        cells.clear();
        const auto row = static_cast<unsigned int>(m_row++);
        bool any = false;
        for (unsigned short column = 0; column < m_columns; ++column) {
            FreeXL_CellValue value;
            if (freexl_get_cell_value(m_handle, row, column, &value) != FREEXL_OK)
                continue;
            CellValue cell;
            switch (value.type) {
            case FREEXL_CELL_INT:
                cell.type = CellValue::Type::Number;
                cell.number = value.value.int_value;
                cell.text = QString::number(value.value.int_value);
                break;
            case FREEXL_CELL_DOUBLE:
                cell.type = CellValue::Type::Number;
                cell.number = value.value.double_value;
                cell.text = QString::number(value.value.double_value, 'g', 15);
                break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
                cell = CellValue::makeText(QString::fromUtf8(value.value.text_value));
                break;
            case FREEXL_CELL_DATE:
                cell.type = CellValue::Type::DateTime;
                cell.text = QString::fromUtf8(value.value.text_value);
                cell.dateTime = QDateTime(QDate::fromString(cell.text, Qt::ISODate), QTime(0, 0));
                break;
            case FREEXL_CELL_DATETIME:
                cell.type = CellValue::Type::DateTime;
                cell.text = QString::fromUtf8(value.value.text_value);
                cell.dateTime = QDateTime::fromString(cell.text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                break;
            case FREEXL_CELL_TIME:
                cell = CellValue::makeText(QString::fromUtf8(value.value.text_value));
                break;
            default:
                continue;
            }
            if (cell.text.size() > m_limits.maxCellLength) {
                cell.type = CellValue::Type::Error;
                cell.text = tr("the text is longer than %1 characters").arg(m_limits.maxCellLength);
            }
            if (cell.isEmpty())
                continue;
            if (cells.size() <= column)
                cells.resize(column + 1);
            cells[column] = std::move(cell);
            any = true;
        }
        if (any)
            return true;
    }
    cells.clear();
    return false;
}

} // namespace clientele
