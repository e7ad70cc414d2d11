#pragma once

#include <QString>
#include <QStringList>

namespace clientele::test {

// The poppler tools run as processes on a written PDF (poppler-utils is a build dependency).
struct PdfFont
{
    QString name;
    bool embedded = false;
};

QString pdfText(const QString& pdfPath, int firstPage = 0, int lastPage = 0);
QList<PdfFont> pdfFonts(const QString& pdfPath);
// "Pages" and "Page size" of pdfinfo, e.g. {"Pages": "9", "Page size": "595.276 x 841.89 pts (A4)"}.
QString pdfInfo(const QString& pdfPath, const QString& key);
// Image XObjects in the file (pdfimages -list); charts must add none.
int pdfImageCount(const QString& pdfPath);
// All whitespace removed: extracted text breaks lines where the layout wrapped them.
QString squeezed(const QString& text);

} // namespace clientele::test
