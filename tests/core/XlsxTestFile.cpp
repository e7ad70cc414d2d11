#include "XlsxTestFile.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace clientele::test {

namespace {

QByteArray contentTypes(int sheets, bool shared, bool styles)
{
    QByteArray xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>";
    for (int i = 1; i <= sheets; ++i)
        xml += "<Override PartName=\"/xl/worksheets/sheet" + QByteArray::number(i) +
               ".xml\" "
               "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
    if (shared)
        xml +=
            "<Override PartName=\"/xl/sharedStrings.xml\" "
            "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>";
    if (styles)
        xml += "<Override PartName=\"/xl/styles.xml\" "
               "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";
    return xml + "</Types>";
}

} // namespace

bool XlsxTestFile::writeZip(const QString& path, const QList<QPair<QString, QByteArray>>& parts)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto& [name, data] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        file.write(data);
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

bool XlsxTestFile::write(const QString& path,
                         const QList<QPair<QString, QString>>& sheets,
                         const QString& sharedStringsXml,
                         const QString& stylesXml,
                         bool date1904)
{
    QList<QPair<QString, QByteArray>> parts;
    parts.append({QStringLiteral("[Content_Types].xml"),
                  contentTypes(int(sheets.size()), !sharedStringsXml.isEmpty(), !stylesXml.isEmpty())});
    parts.append(
        {QStringLiteral("_rels/.rels"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
         "Target=\"xl/workbook.xml\"/></Relationships>"});
    QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
                          "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
    workbook += date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>";
    workbook += "<sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (int i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        workbook +=
            "<sheet name=\"" + sheets[i].first.toUtf8() + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n +
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                "Target=\"worksheets/sheet" +
                n + ".xml\"/>";
        parts.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                      "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
                          sheets[i].second.toUtf8() + "</sheetData></worksheet>"});
    }
    workbook += "</sheets></workbook>";
    rels += "</Relationships>";
    parts.append({QStringLiteral("xl/workbook.xml"), workbook});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
    if (!sharedStringsXml.isEmpty())
        parts.append({QStringLiteral("xl/sharedStrings.xml"),
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst "
                      "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                          sharedStringsXml.toUtf8() + "</sst>"});
    if (!stylesXml.isEmpty())
        parts.append({QStringLiteral("xl/styles.xml"),
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet "
                      "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                          stylesXml.toUtf8() + "</styleSheet>"});
    return writeZip(path, parts);
}

} // namespace clientele::test
