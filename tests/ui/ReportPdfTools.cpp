#include "ReportPdfTools.h"

#include <QProcess>

#include <gtest/gtest.h>

namespace clientele::test {

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(60000))
        << program.toStdString() << ": " << process.errorString().toStdString();
    EXPECT_EQ(process.exitCode(), 0) << program.toStdString() << ": "
                                     << QString::fromUtf8(process.readAllStandardError()).toStdString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

QString pdfText(const QString& pdfPath, int firstPage, int lastPage)
{
    QStringList arguments;
    if (firstPage > 0)
        arguments << QStringLiteral("-f") << QString::number(firstPage);
    if (lastPage > 0)
        arguments << QStringLiteral("-l") << QString::number(lastPage);
    arguments << QStringLiteral("-enc") << QStringLiteral("UTF-8") << pdfPath << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), arguments);
}

QList<PdfFont> pdfFonts(const QString& pdfPath)
{
    // name type encoding emb sub uni object ID; the type may hold spaces ("CID TrueType"), so the
    // columns are cut at the header's dashes.
    const QStringList lines =
        run(QStringLiteral("pdffonts"), {pdfPath}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QList<PdfFont> fonts;
    if (lines.size() < 2)
        return fonts;
    const QString header = lines.at(0);
    const int embColumn = static_cast<int>(header.indexOf(QStringLiteral("emb")));
    for (int i = 2; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        fonts << PdfFont{line.section(QLatin1Char(' '), 0, 0),
                         line.mid(embColumn, 3).trimmed() == QLatin1String("yes")};
    }
    return fonts;
}

QString pdfInfo(const QString& pdfPath, const QString& key)
{
    for (const QString& line : run(QStringLiteral("pdfinfo"), {pdfPath}).split(QLatin1Char('\n')))
        if (line.startsWith(key + QLatin1Char(':')))
            return line.mid(key.size() + 1).trimmed();
    return {};
}

int pdfImageCount(const QString& pdfPath)
{
    // Two header lines, then one line per image.
    const QStringList lines = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdfPath})
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return std::max(0, static_cast<int>(lines.size()) - 2);
}

QString squeezed(const QString& text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace())
            out += c;
    return out;
}

} // namespace clientele::test
