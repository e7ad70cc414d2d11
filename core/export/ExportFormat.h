#pragma once

#include <QString>

namespace clientele {

enum class ExportFormat
{
    Csv,
    Xlsx
};

// XLSX for a name ending in .xlsx (any case), CSV otherwise.
inline ExportFormat exportFormatForPath(const QString& filePath)
{
    return filePath.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? ExportFormat::Xlsx
                                                                          : ExportFormat::Csv;
}

} // namespace clientele
