#include "ImportFileInspection.h"

#include "import/ImportError.h"

#include <QFileInfo>

#include <exception>

namespace clientele {

QString ImportFileInspection::formatName() const
{
    switch (format) {
    case SpreadsheetReader::Format::Csv:
        return tr("CSV / text");
    case SpreadsheetReader::Format::Xlsx:
        return tr("Excel workbook (XLSX)");
    case SpreadsheetReader::Format::Xls:
        return tr("Excel 97-2003 workbook (XLS)");
    }
    return {};
}

QString ImportFileInspection::cellText(const CellValue& cell)
{
    if (cell.type == CellValue::Type::DateTime && cell.dateTime.isValid())
        return cell.dateTime.time() == QTime(0, 0)
                   ? cell.dateTime.date().toString(Qt::ISODate)
                   : cell.dateTime.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return cell.text;
}

ImportFileInspection
ImportFileInspection::inspect(const QString& filePath, const QString& encoding, int sheetIndex)
{
    ImportFileInspection result;
    result.filePath = filePath;
    result.requestedEncoding = encoding;
    result.sheetIndex = sheetIndex;
    if (!QFileInfo(filePath).isFile()) {
        result.error = tr("%1 does not exist or is not a file.").arg(QFileInfo(filePath).fileName());
        return result;
    }
    try {
        auto reader = SpreadsheetReader::open(filePath, {encoding, {}});
        result.format = reader->format();
        result.sheetNames = reader->sheetNames();
        if (sheetIndex < 0 || sheetIndex >= result.sheetNames.size())
            result.sheetIndex = sheetIndex = 0;
        reader->selectSheet(sheetIndex);
        result.encoding = reader->encoding();
        result.encodingReason = reader->encodingReason();
        QList<CellValue> cells;
        if (!reader->readRow(cells)) {
            result.error = tr("%1: the sheet %2 has no rows.")
                               .arg(QFileInfo(filePath).fileName(), result.sheetNames.value(sheetIndex));
            return result;
        }
        for (const CellValue& c : cells)
            result.headers << c.text.trimmed();
        while (result.rows.size() < kMaxRows && reader->readRow(cells)) {
            result.rows << cells;
            result.rowNumbers << reader->rowNumber();
        }
        result.valid = true;
    } catch (const ImportError& e) {
        result.error = e.message();
    } catch (const std::exception& e) {
        result.error =
            tr("%1 cannot be read: %2").arg(QFileInfo(filePath).fileName(), QString::fromUtf8(e.what()));
    }
    return result;
}

} // namespace clientele
