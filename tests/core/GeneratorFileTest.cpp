// The sample as an Online-Retail-shaped CSV or XLSX sheet.
#include "TestSupport.h"
#include "generator/SampleFileWriter.h"
#include "generator/SampleGenerator.h"
#include "storage/StorageError.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

SampleSpec spec(std::int64_t customers, std::int64_t lines, std::uint64_t seed)
{
    SampleSpec s;
    s.customers = customers;
    s.orderLines = lines;
    s.seed = seed;
    return s;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

// RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
QList<QStringList> parseCsv(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += ch;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (ch == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
            ++i;
        } else {
            field += ch;
        }
    }
    EXPECT_TRUE(field.isEmpty() && record.isEmpty()) << "the file ends with CRLF";
    return records;
}

QByteArray zipEntry(const QString& path, const QString& entry)
{
    QuaZip zip(path);
    EXPECT_TRUE(zip.open(QuaZip::mdUnzip)) << path.toStdString();
    EXPECT_TRUE(zip.setCurrentFile(entry)) << entry.toStdString();
    QuaZipFile file(&zip);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

const QStringList kHeader = {
    QStringLiteral("InvoiceNo"),  QStringLiteral("StockCode"),   QStringLiteral("Description"),
    QStringLiteral("Quantity"),   QStringLiteral("InvoiceDate"), QStringLiteral("UnitPrice"),
    QStringLiteral("CustomerID"), QStringLiteral("Country"),     QStringLiteral("CustomerName")};

} // namespace

TEST(SampleFileWriterTest, CsvIsOnlineRetailShapedAndByteIdenticalForTheSameSeed)
{
    test::TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("sample.csv"));
    SampleSummary summary;
    ASSERT_TRUE(writeSampleFile(path, spec(150, 1500, 7), {}, &summary));
    const QByteArray bytes = readAll(path);
    const QList<QStringList> records = parseCsv(bytes);
    ASSERT_EQ(records.size(), 1501);
    EXPECT_EQ(records.first(), kHeader);
    EXPECT_EQ(summary.orderLines, 1500);

    int withoutCustomer = 0;
    int cancelled = 0;
    bool chinese = false;
    static const QRegularExpression dateTime(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"));
    static const QRegularExpression price(QStringLiteral("^\\d+\\.\\d\\d$"));
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList& f = records.at(r);
        ASSERT_EQ(f.size(), 9) << "row " << r;
        bool ok = false;
        const int quantity = f.at(3).toInt(&ok);
        ASSERT_TRUE(ok) << f.at(3).toStdString();
        EXPECT_EQ(quantity < 0, f.at(0).startsWith(QLatin1Char('C')))
            << "cancellations: 'C' code, negative quantity";
        cancelled += quantity < 0 ? 1 : 0;
        EXPECT_TRUE(dateTime.match(f.at(4)).hasMatch()) << f.at(4).toStdString();
        EXPECT_TRUE(price.match(f.at(5)).hasMatch()) << f.at(5).toStdString();
        EXPECT_EQ(f.at(6).isEmpty(), f.at(8).isEmpty()) << "a name exactly when there is a customer";
        withoutCustomer += f.at(6).isEmpty() ? 1 : 0;
        EXPECT_FALSE(f.at(7).isEmpty());
        chinese = chinese || han.match(f.at(8)).hasMatch() || han.match(f.at(2)).hasMatch();
    }
    EXPECT_EQ(withoutCustomer, summary.linesWithoutCustomer);
    EXPECT_GT(withoutCustomer, 0);
    EXPECT_EQ(cancelled, summary.cancelledLines);
    EXPECT_TRUE(chinese);

    const QString again = ws.path(QStringLiteral("again.csv"));
    ASSERT_TRUE(writeSampleFile(again, spec(150, 1500, 7)));
    EXPECT_EQ(readAll(again), bytes);
    const QString other = ws.path(QStringLiteral("other.csv"));
    ASSERT_TRUE(writeSampleFile(other, spec(150, 1500, 8)));
    EXPECT_NE(readAll(other), bytes);
}

TEST(SampleFileWriterTest, XlsxHasTheHeaderOneRowPerLineInlineStringsAndDates)
{
    test::TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("sample.xlsx"));
    SampleSummary summary;
    ASSERT_TRUE(writeSampleFile(path, spec(100, 700, 3), {}, &summary));
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".part")));
    const QString sheet = QString::fromUtf8(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    for (const QString& column : kHeader)
        EXPECT_TRUE(sheet.contains(QStringLiteral("<t>%1</t>").arg(column))) << column.toStdString();
    EXPECT_EQ(sheet.count(QStringLiteral("<row ")), 701);
    EXPECT_TRUE(sheet.contains(QStringLiteral("<dimension ref=\"A1:I701\"/>")));
    EXPECT_TRUE(sheet.contains(QStringLiteral("t=\"inlineStr\"")));
    EXPECT_FALSE(sheet.contains(QStringLiteral("t=\"s\"")));
    EXPECT_TRUE(
        sheet.contains(QRegularExpression(QStringLiteral("<c r=\"A\\d+\" t=\"inlineStr\"><is><t>C\\d+</t>"))))
        << "cancelled invoice numbers are text";
    EXPECT_TRUE(sheet.contains(QRegularExpression(QStringLiteral("<t>\\p{Han}+"))));
    const QString styles = QString::fromUtf8(zipEntry(path, QStringLiteral("xl/styles.xml")));
    EXPECT_TRUE(styles.contains(QStringLiteral("formatCode=\"yyyy-mm-dd hh:mm:ss\"")));
    // Row 2's date is a serial number in the span, with the date style.
    static const QRegularExpression dateCell(QStringLiteral("<c r=\"E2\" s=\"(\\d+)\"><v>([0-9.]+)</v></c>"));
    const QRegularExpressionMatch match = dateCell.match(sheet);
    ASSERT_TRUE(match.hasMatch());
    SampleGenerator generator(spec(100, 700, 3));
    const double serial = match.captured(2).toDouble();
    EXPECT_GE(serial,
              static_cast<double>(generator.firstDay().toJulianDay() - QDate(1899, 12, 30).toJulianDay()));
    EXPECT_LE(serial,
              static_cast<double>(generator.lastDay().toJulianDay() - QDate(1899, 12, 30).toJulianDay() + 1));
}

TEST(SampleFileWriterTest, CancelLeavesNoFile)
{
    test::TempWorkspace ws;
    for (const char* name : {"cancelled.csv", "cancelled.xlsx"}) {
        const QString path = ws.path(QString::fromLatin1(name));
        int calls = 0;
        EXPECT_FALSE(writeSampleFile(path, spec(1000, 30000, 1),
                                     [&](std::int64_t, std::int64_t) { return ++calls < 2; }));
        EXPECT_FALSE(QFileInfo::exists(path)) << name;
        EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".part"))) << name;
    }
}

TEST(SampleFileWriterTest, UnknownExtensionsAreRefused)
{
    test::TempWorkspace ws;
    EXPECT_FALSE(sampleFileFormatFor(QStringLiteral("x.txt")).has_value());
    EXPECT_EQ(sampleFileFormatFor(QStringLiteral("X.CSV")), SampleFileFormat::Csv);
    EXPECT_EQ(sampleFileFormatFor(QStringLiteral("a.b.xlsx")), SampleFileFormat::Xlsx);
    EXPECT_THROW(writeSampleFile(ws.path(QStringLiteral("x.txt")), spec(1, 1, 1)), StorageError);
    EXPECT_FALSE(QFileInfo::exists(ws.path(QStringLiteral("x.txt"))));
}
