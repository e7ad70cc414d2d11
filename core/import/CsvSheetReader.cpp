#include "import/CsvSheetReader.h"

#include "import/ImportError.h"

#include <QFileInfo>

namespace clientele {

CsvSheetReader::CsvSheetReader(const QString& filePath, const CsvReader::Options& options)
    : m_filePath(filePath)
    , m_sheetName(QFileInfo(filePath).completeBaseName())
    , m_options(options)
    , m_reader(std::make_unique<CsvReader>(filePath, options))
{
}

void CsvSheetReader::selectSheet(int index)
{
    if (index != 0)
        throw ImportError(tr("%1 has only one sheet").arg(QFileInfo(m_filePath).fileName()));
    m_reader = std::make_unique<CsvReader>(m_filePath, m_options);
}

bool CsvSheetReader::readRow(QList<CellValue>& cells)
{
    cells.clear();
    if (!m_reader->readRow(m_fields))
        return false;
    cells.reserve(m_fields.size());
    for (const QString& field : std::as_const(m_fields))
        cells.append(CellValue::makeText(field));
    return true;
}

int CsvSheetReader::progressPermille() const
{
    const qint64 total = m_reader->totalBytes();
    return total <= 0 ? 1000 : static_cast<int>(m_reader->bytesRead() * 1000 / total);
}

} // namespace clientele
