#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace clientele::test {

// Writes a minimal but valid XLSX by hand (QuaZip), so tests control every detail of the XML:
// sparse rows, cells without `r`, rich text, 1904 dates, hostile content.
class XlsxTestFile
{
public:
    // Raw parts, for broken or hostile archives.
    static bool writeZip(const QString& path, const QList<QPair<QString, QByteArray>>& parts);
    // sheets: (name, the <sheetData> inner XML), in order.
    static bool write(const QString& path,
                      const QList<QPair<QString, QString>>& sheets,
                      const QString& sharedStringsXml = {},
                      const QString& stylesXml = {},
                      bool date1904 = false);
};

} // namespace clientele::test
