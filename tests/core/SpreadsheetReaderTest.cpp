#include "import/SpreadsheetReader.h"

#include "TestSupport.h"
#include "XlsxTestFile.h"
#include "import/CsvReader.h"
#include "import/ExcelDate.h"
#include "import/ImportError.h"
#include "import/ReadAheadReader.h"
#include "import/TextEncodingDetector.h"
#include "import/XlsxReader.h"
#include "model/WallClock.h"

#include <QFile>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray encode(const QString& text, const char* encoding)
{
    QStringEncoder encoder(encoding);
    EXPECT_TRUE(encoder.isValid()) << encoding;
    return encoder.encode(text);
}

QList<QList<CellValue>> readAll(SpreadsheetReader& reader, QList<qint64>* rowNumbers = nullptr)
{
    QList<QList<CellValue>> rows;
    QList<CellValue> cells;
    while (reader.readRow(cells)) {
        rows.append(cells);
        if (rowNumbers)
            rowNumbers->append(reader.rowNumber());
    }
    return rows;
}

QString errorOf(const QString& path)
{
    try {
        auto reader = SpreadsheetReader::open(path);
        QList<CellValue> cells;
        while (reader->readRow(cells)) {
        }
    } catch (const ImportError& e) {
        return e.message();
    }
    return {};
}

const QString kChineseCsv =
    QStringLiteral("客户编号,客户名称,订单日期,销售额\n00001,张三商贸有限公司,2024年3月1日,\"¥1,234.50\"\n"
                   "00002,李四,2024/3/2,88\n");

} // namespace

// --- encodings -------------------------------------------------------------------------------

TEST(TextEncoding, ChineseAndWesternEncodingsAreAvailable)
{
    const QStringList available = TextEncodingDetector::availableEncodings();
    for (const char* name : {"UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5", "windows-1252"})
        EXPECT_TRUE(available.contains(QString::fromLatin1(name))) << name << " is missing from this build";
}

struct EncodingCase
{
    const char* encoding;
    bool bom;
    const char* expected;
};

class CsvEncodingTest : public ::testing::TestWithParam<EncodingCase>
{
};

TEST_P(CsvEncodingTest, DetectsTheEncodingAndDecodesChineseText)
{
    const EncodingCase c = GetParam();
    test::TempWorkspace ws;
    QString text = kChineseCsv;
    if (QByteArray(c.encoding) == "Big5")
        text = QStringLiteral(
            "客戶編號,客戶名稱,訂單日期,銷售額\n00001,張三貿易有限公司,2024年3月1日,\"1,234.50\"\n"
            "00002,臺灣測試,2024/3/2,88\n");
    if (QByteArray(c.encoding) == "windows-1252")
        text = QStringLiteral(
            "Code,Name,City,Amount\n00001,Café Müller,Zürich,\"€1.234,50\"\n00002,Ærø,Søborg,88\n");
    QByteArray bytes = encode(text, c.encoding);
    if (c.bom)
        bytes.prepend(QByteArray(c.encoding) == "UTF-8"      ? QByteArray("\xEF\xBB\xBF")
                      : QByteArray(c.encoding) == "UTF-16LE" ? QByteArray("\xFF\xFE")
                                                             : QByteArray("\xFE\xFF"));
    const QString path = ws.path(QStringLiteral("data.csv"));
    writeBytes(path, bytes);

    CsvReader reader(path);
    EXPECT_EQ(reader.encoding(), QString::fromLatin1(c.expected));
    QStringList fields;
    ASSERT_TRUE(reader.readRow(fields));
    ASSERT_EQ(fields.size(), 4);
    EXPECT_EQ(fields.join(QLatin1Char(',')), text.section(QLatin1Char('\n'), 0, 0)); // no BOM residue
    ASSERT_TRUE(reader.readRow(fields));
    EXPECT_EQ(fields.at(0), QStringLiteral("00001"));
    EXPECT_EQ(fields.at(1), text.section(QLatin1Char('\n'), 1, 1).section(QLatin1Char(','), 1, 1));
    ASSERT_TRUE(reader.readRow(fields));
    EXPECT_FALSE(reader.readRow(fields));
}

INSTANTIATE_TEST_SUITE_P(Encodings,
                         CsvEncodingTest,
                         ::testing::Values(EncodingCase{"UTF-8", false, "UTF-8"},
                                           EncodingCase{"UTF-8", true, "UTF-8"},
                                           EncodingCase{"UTF-16LE", true, "UTF-16LE"},
                                           EncodingCase{"UTF-16BE", true, "UTF-16BE"},
                                           EncodingCase{"UTF-16LE", false, "UTF-16LE"},
                                           EncodingCase{"GB18030", false, "GB18030"},
                                           EncodingCase{"Big5", false, "Big5"},
                                           EncodingCase{"windows-1252", false, "windows-1252"}));

TEST(CsvReader, EncodingOverrideIsHonoured)
{
    test::TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("gbk.csv"));
    writeBytes(path, encode(kChineseCsv, "GB18030"));
    CsvReader::Options options;
    options.encoding = QStringLiteral("windows-1252"); // wrong on purpose: the preview shows mojibake
    CsvReader reader(path, options);
    EXPECT_EQ(reader.encoding(), QStringLiteral("windows-1252"));
    QStringList fields;
    ASSERT_TRUE(reader.readRow(fields));
    EXPECT_NE(fields.at(0), QStringLiteral("客户编号"));
}

// --- CSV structure ----------------------------------------------------------------------------

TEST(CsvReader, QuotingAndLineEndsFollowRfc4180)
{
    test::TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("quoted.csv"));
    writeBytes(path, "id,note,amount\r\n"
                     "1,\"He said \"\"hi\"\"\",5\r\n"
                     "2,\"two\r\nlines\",6\r"
                     "3,,7\n"
                     "\n"
                     "4,\"a,b\",\n");
    CsvReader reader(path);
    EXPECT_EQ(reader.separator(), CsvReader::Separator::Comma);
    QStringList f;
    ASSERT_TRUE(reader.readRow(f));
    EXPECT_EQ(reader.rowNumber(), 1);
    ASSERT_TRUE(reader.readRow(f));
    EXPECT_EQ(f, (QStringList{QStringLiteral("1"), QStringLiteral("He said \"hi\""), QStringLiteral("5")}));
    ASSERT_TRUE(reader.readRow(f));
    EXPECT_EQ(f.at(1), QStringLiteral("two\r\nlines"));
    EXPECT_EQ(reader.rowNumber(), 3);
    ASSERT_TRUE(reader.readRow(f));
    EXPECT_EQ(f, (QStringList{QStringLiteral("3"), QString(), QStringLiteral("7")}));
    EXPECT_EQ(reader.rowNumber(), 5); // the quoted line break counts as a line
    ASSERT_TRUE(reader.readRow(f));
    EXPECT_EQ(f, (QStringList{QStringLiteral("4"), QStringLiteral("a,b"), QString()}));
    EXPECT_EQ(reader.rowNumber(), 7); // the blank line is skipped but counted
    EXPECT_FALSE(reader.readRow(f));
}

TEST(CsvReader, DetectsSemicolonTabAndPipe)
{
    test::TempWorkspace ws;
    const QList<QPair<QByteArray, CsvReader::Separator>> cases = {
        {"a;b;c\n1;\"2,5\";3\n4;5;6\n", CsvReader::Separator::Semicolon},
        {"a\tb\tc\n1\t2,5\t3\n", CsvReader::Separator::Tab},
        {"a|b|c\n1|2|3\n", CsvReader::Separator::Pipe},
    };
    for (const auto& [bytes, separator] : cases) {
        const QString path = ws.path(QStringLiteral("sep.txt"));
        writeBytes(path, bytes);
        CsvReader reader(path);
        EXPECT_EQ(reader.separator(), separator) << bytes.constData();
        QStringList f;
        ASSERT_TRUE(reader.readRow(f));
        EXPECT_EQ(f.size(), 3);
        ASSERT_TRUE(reader.readRow(f));
        EXPECT_EQ(f.size(), 3) << bytes.constData();
    }
}

TEST(CsvReader, UnclosedQuoteIsReportedWithItsRow)
{
    test::TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("broken.csv"));
    writeBytes(path, "a,b\n1,2\n3,\"never closed\n4,5\n");
    const QString message = errorOf(path);
    EXPECT_TRUE(message.contains(QStringLiteral("broken.csv"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("row 3"))) << message.toStdString();
}

TEST(CsvReader, EmptyFileIsRefusedClearly)
{
    test::TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("empty.csv"));
    writeBytes(path, QByteArray());
    EXPECT_TRUE(errorOf(path).contains(QStringLiteral("empty")));
}

TEST(CsvReader, CdnowWhitespaceSeparatedFile)
{
    const QString path = test::sharedDataPath(QStringLiteral("cdnow/CDNOW_master.txt"));
    ASSERT_TRUE(QFile::exists(path));
    CsvReader reader(path);
    EXPECT_EQ(reader.separator(), CsvReader::Separator::Whitespace);
    QStringList f;
    ASSERT_TRUE(reader.readRow(f));
    EXPECT_EQ(f, (QStringList{QStringLiteral("customer_id"), QStringLiteral("date"),
                              QStringLiteral("number_of_cds"), QStringLiteral("dollar_value")}));
    qint64 rows = 0;
    QSet<QString> customers;
    while (reader.readRow(f)) {
        ASSERT_EQ(f.size(), 4) << "row " << reader.rowNumber();
        customers.insert(f.at(0));
        ++rows;
    }
    EXPECT_EQ(rows, 69659);
    EXPECT_EQ(customers.size(), 23570);
}

// --- Excel dates ------------------------------------------------------------------------------

TEST(ExcelDate, SerialsInBothSystems)
{
    EXPECT_EQ(ExcelDate::fromSerial(1)->date(), QDate(1900, 1, 1));
    EXPECT_EQ(ExcelDate::fromSerial(59)->date(), QDate(1900, 2, 28));
    EXPECT_FALSE(ExcelDate::fromSerial(60).has_value()); // 1900-02-29 never was
    EXPECT_EQ(ExcelDate::fromSerial(61)->date(), QDate(1900, 3, 1));
    EXPECT_EQ(ExcelDate::fromSerial(45352)->date(), QDate(2024, 3, 1));
    EXPECT_EQ(*ExcelDate::fromSerial(40846.67847222222), wallClock(QDate(2011, 10, 30), QTime(16, 17)));
    EXPECT_EQ(ExcelDate::fromSerial(0, true)->date(), QDate(1904, 1, 1));
    EXPECT_EQ(ExcelDate::fromSerial(45352 - 1462, true)->date(), QDate(2024, 3, 1));
    EXPECT_FALSE(ExcelDate::fromSerial(-1).has_value());
    EXPECT_FALSE(ExcelDate::fromSerial(3e6).has_value());
}

TEST(ExcelDate, RecognisesDateFormats)
{
    EXPECT_TRUE(ExcelDate::isDateFormat(14, {}));
    EXPECT_TRUE(ExcelDate::isDateFormat(22, {}));
    EXPECT_FALSE(ExcelDate::isDateFormat(0, {}));
    EXPECT_FALSE(ExcelDate::isDateFormat(4, {}));
    EXPECT_TRUE(ExcelDate::isDateFormat(164, QStringLiteral("yyyy-mm-dd h:mm:ss")));
    EXPECT_TRUE(ExcelDate::isDateFormat(165, QStringLiteral("[$-804]yyyy\"年\"m\"月\"d\"日\"")));
    EXPECT_TRUE(ExcelDate::isDateFormat(166, QStringLiteral("[h]:mm")));
    EXPECT_FALSE(ExcelDate::isDateFormat(167, QStringLiteral("#,##0.00 [$€-1]")));
    EXPECT_FALSE(ExcelDate::isDateFormat(168, QStringLiteral("\"days\" 0")));
    EXPECT_FALSE(ExcelDate::isDateFormat(169, QStringLiteral("[Red]0.00;[Blue]-0.00")));
    EXPECT_FALSE(ExcelDate::isDateFormat(170, QStringLiteral("General")));
}

// --- XLSX -------------------------------------------------------------------------------------

TEST(XlsxReader, ReadsTheRealOnlineRetailSample)
{
    const QString path = test::sharedDataPath(QStringLiteral("online-retail/online-retail-40k.xlsx"));
    ASSERT_TRUE(QFile::exists(path));
    auto reader = SpreadsheetReader::open(path);
    EXPECT_EQ(reader->format(), SpreadsheetReader::Format::Xlsx);
    EXPECT_EQ(reader->sheetNames(), QStringList{QStringLiteral("Sheet1")});
    QList<CellValue> cells;
    ASSERT_TRUE(reader->readRow(cells));
    ASSERT_EQ(cells.size(), 8);
    EXPECT_EQ(cells[0].text, QStringLiteral("InvoiceNo"));
    EXPECT_EQ(cells[6].text, QStringLiteral("CustomerID"));
    ASSERT_TRUE(reader->readRow(cells));
    EXPECT_EQ(reader->rowNumber(), 2);
    EXPECT_EQ(cells[0].text, QStringLiteral("573415"));
    EXPECT_EQ(cells[2].text, QStringLiteral("COOK WITH WINE METAL SIGN ")); // trailing space kept
    EXPECT_EQ(cells[4].type, CellValue::Type::DateTime);
    EXPECT_EQ(cells[4].dateTime, wallClock(QDate(2011, 10, 30), QTime(16, 17)));
    EXPECT_EQ(cells[5].text, QStringLiteral("2.08"));
    EXPECT_EQ(cells[6].text, QStringLiteral("13607"));
    qint64 rows = 2;
    qint64 withoutCustomer = 0;
    qint64 cancellations = 0;
    QDateTime first = cells[4].dateTime, last = cells[4].dateTime;
    while (reader->readRow(cells)) {
        ++rows;
        withoutCustomer += cells.size() <= 6 || cells[6].isEmpty();
        cancellations += cells[0].text.startsWith(QLatin1Char('C'));
        if (cells.size() > 4 && cells[4].type == CellValue::Type::DateTime) {
            first = std::min(first, cells[4].dateTime);
            last = std::max(last, cells[4].dateTime);
        }
    }
    EXPECT_EQ(rows, 40001);
    EXPECT_EQ(reader->rowNumber(), 40001);
    EXPECT_GT(withoutCustomer, 8000); // about a quarter
    EXPECT_LT(withoutCustomer, 12000);
    EXPECT_GT(cancellations, 0);
    EXPECT_EQ(first.date().year(), 2010);
    EXPECT_EQ(last.date().year(), 2011);
    EXPECT_EQ(reader->progressPermille(), 1000);
}

TEST(XlsxReader, SharedStringsRichTextTypesSparseRowsAndDates)
{
    test::TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("types.xlsx"));
    const QString shared =
        QStringLiteral("<si><t>00001</t></si>"
                       "<si><r><t>张三</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\"> "
                       "商贸</t></r><rPh><t>ふりがな</t></rPh></si>");
    const QString styles = QStringLiteral(
        "<numFmts count=\"1\"><numFmt numFmtId=\"164\" "
        "formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/></numFmts>"
        "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellXfs>");
    const QString sheet1 = QStringLiteral(
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
        "<c r=\"C1\" s=\"1\"><v>45352</v></c><c r=\"D1\" s=\"2\"><v>45352.5</v></c></row>"
        // no r attributes at all: rows and cells count on from the last
        "<row><c t=\"b\"><v>1</v></c><c t=\"e\"><v>#N/A</v></c><c t=\"inlineStr\"><is><t>inline</t></is></c>"
        "<c><f>1+1</f><v>2</v></c></row>"
        // a sparse row far below, a cell far right
        "<row r=\"10\"><c r=\"Z10\"><v>-12.5</v></c></row>");
    ASSERT_TRUE(test::XlsxTestFile::write(
        path, {{QStringLiteral("订单"), sheet1}, {QStringLiteral("Other"), {}}}, shared, styles));

    auto reader = SpreadsheetReader::open(path);
    EXPECT_EQ(reader->sheetNames(), (QStringList{QStringLiteral("订单"), QStringLiteral("Other")}));
    QList<qint64> numbers;
    const auto rows = readAll(*reader, &numbers);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(numbers, (QList<qint64>{1, 2, 10}));
    EXPECT_EQ(rows[0][0].text, QStringLiteral("00001"));
    EXPECT_EQ(rows[0][1].text, QStringLiteral("张三 商贸")); // runs joined, phonetic dropped
    EXPECT_EQ(rows[0][2].type, CellValue::Type::DateTime);
    EXPECT_EQ(rows[0][2].dateTime.date(), QDate(2024, 3, 1));
    EXPECT_EQ(rows[0][3].type, CellValue::Type::DateTime);
    EXPECT_EQ(rows[0][3].dateTime, wallClock(QDate(2024, 3, 1), QTime(12, 0)));
    EXPECT_EQ(rows[1][0].type, CellValue::Type::Boolean);
    EXPECT_EQ(rows[1][1].type, CellValue::Type::Error);
    EXPECT_EQ(rows[1][1].text, QStringLiteral("#N/A"));
    EXPECT_EQ(rows[1][2].text, QStringLiteral("inline"));
    EXPECT_EQ(rows[1][3].number, 2);
    ASSERT_EQ(rows[2].size(), 26);
    EXPECT_EQ(rows[2][25].number, -12.5);
    EXPECT_TRUE(rows[2][0].isEmpty());
}

TEST(XlsxReader, Dates1904System)
{
    test::TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("mac.xlsx"));
    ASSERT_TRUE(test::XlsxTestFile::write(
        path,
        {{QStringLiteral("S"), QStringLiteral("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>43890</v></c></row>")}},
        {}, QStringLiteral("<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>"),
        true));
    XlsxReader reader(path, {});
    EXPECT_TRUE(reader.uses1904Dates());
    QList<CellValue> cells;
    ASSERT_TRUE(reader.readRow(cells));
    EXPECT_EQ(cells[0].dateTime.date(), QDate(2024, 3, 1));
}

TEST(XlsxReader, SecondSheetCanBeChosen)
{
    test::TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("two.xlsx"));
    ASSERT_TRUE(test::XlsxTestFile::write(
        path,
        {{QStringLiteral("A"),
          QStringLiteral("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>first</t></is></c></row>")},
         {QStringLiteral("B"),
          QStringLiteral("<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>second</t></is></c></row>")}}));
    auto reader = SpreadsheetReader::open(path);
    reader->selectSheet(1);
    QList<CellValue> cells;
    ASSERT_TRUE(reader->readRow(cells));
    EXPECT_EQ(reader->rowNumber(), 3);
    EXPECT_EQ(cells.value(1).text, QStringLiteral("second"));
    EXPECT_THROW(reader->selectSheet(2), ImportError);
}

TEST(XlsxReader, SheetEntitiesCdataCommentsRichTextAndMissingReferences)
{
    test::TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("scanner.xlsx"));
    const QString sheet = QStringLiteral(
        "<row r=\"1\" spans=\"1:7\">"
        "<c r=\"A1\" t=\"inlineStr\"><is><t>A &amp; B &lt;C&gt; &quot;q&quot; &apos;s&apos;</t></is></c>"
        "<c r=\"B1\" t=\"inlineStr\"><is><t>&#20013;&#x6587;&#x1F600;</t></is></c>"
        "<c r=\"C1\" t=\"inlineStr\"><is><t><![CDATA[<raw> & text]]></t></is></c>"
        "<!-- a comment --><?pi ignored?>"
        "<c r=\"D1\" t=\"inlineStr\"><is><r><t>rich</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\"> "
        "run</t></r><rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh></is></c>"
        "<c r=\"E1\" t=\"str\"><f>A1&amp;B1</f><v>formula text</v></c>"
        "<c r='F1' s='0'><v> 42 </v></c>"
        "<c r=\"G1\"/></row>"
        "<row r=\"3\"/>"                                                              // empty: skipped
        "<row r=\"4\"><c/><c t=\"inlineStr\"><is><t>second column</t></is></c></row>" // cells without r
        "<row><c r=\"C5\"><v>7</v></c><c><v>8</v></c></row>"                          // row without r
        "<row r=\"6\"><c r=\"A6\" t=\"inlineStr\"><is><t>line1\r\nline2</t></is></c>"
        "<c r=\"B6\" t=\"s\"><v>0</v></c><c r=\"C6\" t=\"e\"><v>#DIV/0!</v></c></row>");
    ASSERT_TRUE(test::XlsxTestFile::write(path, {{QStringLiteral("S"), sheet}},
                                          QStringLiteral("<si><t>shared &amp; kept</t></si>")));
    auto reader = SpreadsheetReader::open(path);
    QList<qint64> numbers;
    const auto rows = readAll(*reader, &numbers);
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(numbers, (QList<qint64>{1, 4, 5, 6}));
    ASSERT_EQ(rows[0].size(), 6); // G1 is empty
    EXPECT_EQ(rows[0][0].text, QStringLiteral("A & B <C> \"q\" 's'"));
    EXPECT_EQ(rows[0][1].text, QStringLiteral("中文😀"));
    EXPECT_EQ(rows[0][2].text, QStringLiteral("<raw> & text"));
    EXPECT_EQ(rows[0][3].text, QStringLiteral("rich run"));
    EXPECT_EQ(rows[0][4].text, QStringLiteral("formula text"));
    EXPECT_EQ(rows[0][5].type, CellValue::Type::Number);
    EXPECT_EQ(rows[0][5].number, 42);
    ASSERT_EQ(rows[1].size(), 2);
    EXPECT_TRUE(rows[1][0].isEmpty());
    EXPECT_EQ(rows[1][1].text, QStringLiteral("second column"));
    ASSERT_EQ(rows[2].size(), 4);
    EXPECT_EQ(rows[2][2].number, 7);
    EXPECT_EQ(rows[2][3].number, 8);                            // the cell after C5
    EXPECT_EQ(rows[3][0].text, QStringLiteral("line1\nline2")); // XML line ends
    EXPECT_EQ(rows[3][1].text, QStringLiteral("shared & kept"));
    EXPECT_EQ(rows[3][2].type, CellValue::Type::Error);
    EXPECT_EQ(rows[3][2].text, QStringLiteral("#DIV/0!"));
}

TEST(XlsxReader, SheetWithNamespacePrefixesIsRead)
{
    test::TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("prefixed.xlsx"));
    ASSERT_TRUE(test::XlsxTestFile::writeZip(
        path, {{QStringLiteral("xl/workbook.xml"),
                "<workbook><sheets><sheet name=\"S\" sheetId=\"1\"/></sheets></workbook>"},
               {QStringLiteral("xl/worksheets/sheet1.xml"),
                "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<x:worksheet xmlns:x=\"urn:x\"><x:sheetData>\n"
                "<x:row r=\"2\"><x:c r=\"B2\" t=\"inlineStr\"><x:is><x:t>p</x:t></x:is></x:c></x:row>\n"
                "</x:sheetData></x:worksheet>\n"}}));
    auto reader = SpreadsheetReader::open(path);
    QList<CellValue> cells;
    ASSERT_TRUE(reader->readRow(cells));
    EXPECT_EQ(reader->rowNumber(), 2);
    EXPECT_EQ(cells.value(1).text, QStringLiteral("p"));
    EXPECT_FALSE(reader->readRow(cells));
}

TEST(XlsxReader, RowsAcrossManyReadChunksKeepTheirValues)
{
    test::TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("long.xlsx"));
    // About 3 MB of sheet XML: rows, entities and references straddle the scanner's 256 KB reads.
    QString sheet;
    const int count = 30000;
    for (int r = 1; r <= count; ++r)
        sheet +=
            QStringLiteral("<row r=\"%1\"><c r=\"A%1\" t=\"inlineStr\"><is><t>name %1 &amp; co &#x4E2D;</t>"
                           "</is></c><c r=\"B%1\"><v>%1.25</v></c></row>")
                .arg(r);
    ASSERT_TRUE(test::XlsxTestFile::write(path, {{QStringLiteral("S"), sheet}}));
    auto reader = SpreadsheetReader::open(path);
    QList<CellValue> cells;
    int rows = 0;
    while (reader->readRow(cells)) {
        ++rows;
        ASSERT_EQ(reader->rowNumber(), rows);
        ASSERT_EQ(cells.size(), 2);
        ASSERT_EQ(cells[0].text, QStringLiteral("name %1 & co 中").arg(rows));
        ASSERT_EQ(cells[1].number, rows + 0.25);
    }
    EXPECT_EQ(rows, count);
    EXPECT_EQ(reader->progressPermille(), 1000);
}

// --- hostile and broken files -----------------------------------------------------------------

TEST(XlsxReader, TruncatedZipIsRefusedClearly)
{
    test::TempWorkspace ws;
    const QString good = ws.path(QStringLiteral("good.xlsx"));
    ASSERT_TRUE(test::XlsxTestFile::write(
        good, {{QStringLiteral("S"), QStringLiteral("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")}}));
    QFile f(good);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const QString cut = ws.path(QStringLiteral("cut.xlsx"));
    writeBytes(cut, bytes.left(bytes.size() / 2));
    const QString message = errorOf(cut);
    EXPECT_TRUE(message.contains(QStringLiteral("cut.xlsx"))) << message.toStdString();
}

TEST(XlsxReader, ZipBombIsRefusedBeforeInflating)
{
    test::TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("bomb.xlsx"));
    QByteArray sheet =
        "<?xml version=\"1.0\"?><worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>";
    sheet += QByteArray(64 * 1024 * 1024, ' '); // 64 MB of spaces deflate about 1000:1
    sheet += "</sheetData></worksheet>";
    ASSERT_TRUE(test::XlsxTestFile::writeZip(
        path, {{QStringLiteral("xl/workbook.xml"),
                "<workbook><sheets><sheet name=\"S\" sheetId=\"1\"/></sheets></workbook>"},
               {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}}));
    const QString message = errorOf(path);
    EXPECT_TRUE(message.contains(QStringLiteral("ZIP bomb"))) << message.toStdString();
}

TEST(XlsxReader, EntityDeclarationsAreRefused)
{
    test::TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("laughs.xlsx"));
    const QByteArray sheet =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
        "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lol2;</t></is></c>"
        "</row></sheetData></worksheet>";
    ASSERT_TRUE(test::XlsxTestFile::writeZip(
        path, {{QStringLiteral("xl/workbook.xml"),
                "<workbook><sheets><sheet name=\"S\" sheetId=\"1\"/></sheets></workbook>"},
               {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}}));
    const QString message = errorOf(path);
    EXPECT_TRUE(message.contains(QStringLiteral("document type declaration"))) << message.toStdString();
}

TEST(XlsxReader, MalformedSheetXmlIsRefusedWithTheLine)
{
    test::TempWorkspace ws;
    const QList<QPair<QString, QByteArray>> cases = {
        {QStringLiteral("mismatched"), "<row r=\"1\"><c r=\"A1\"><v>1</c></row>"},
        {QStringLiteral("nbsp"),
         "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a&nbsp;b</t></is></c></row>"},
        {QStringLiteral("&#0;"), "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a&#0;b</t></is></c></row>"},
        {QStringLiteral("ends early"), "<row r=\"1\"><c r=\"A1\"><v>1</v>"},
    };
    for (const auto& [expected, rows] : cases) {
        const QString path = ws.path(QStringLiteral("bad.xlsx"));
        QFile::remove(path);
        ASSERT_TRUE(test::XlsxTestFile::writeZip(
            path,
            {{QStringLiteral("xl/workbook.xml"),
              "<workbook><sheets><sheet name=\"S\" sheetId=\"1\"/></sheets></workbook>"},
             {QStringLiteral("xl/worksheets/sheet1.xml"),
              "<?xml version=\"1.0\"?>\n<worksheet><sheetData>\n" + rows +
                  (expected == QLatin1String("ends early") ? QByteArray()
                                                           : QByteArray("</sheetData></worksheet>"))}}));
        const QString message = errorOf(path);
        EXPECT_TRUE(message.contains(QStringLiteral("not well-formed"))) << message.toStdString();
        EXPECT_TRUE(message.contains(QStringLiteral("line 3"))) << message.toStdString();
        if (expected != QLatin1String("mismatched") && expected != QLatin1String("ends early")) {
            EXPECT_TRUE(message.contains(expected)) << message.toStdString();
        }
    }
}

TEST(XlsxReader, HugeCellBecomesAnErrorCellNotACrash)
{
    test::TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("bigcell.xlsx"));
    // 10 MB of varied text (a repeated letter would trip the ZIP-bomb ratio check first).
    QString big;
    big.reserve(10 * 1024 * 1024);
    quint32 state = 12345;
    while (big.size() < 10 * 1024 * 1024) {
        state = state * 1103515245u + 12345u;
        big += QChar(u'a' + (state >> 16) % 26);
    }
    ASSERT_TRUE(test::XlsxTestFile::write(
        path,
        {{QStringLiteral("S"), QStringLiteral("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>") + big +
                                   QStringLiteral("</t></is></c><c r=\"B1\"><v>5</v></c></row>")}}));
    auto reader = SpreadsheetReader::open(path);
    QList<CellValue> cells;
    ASSERT_TRUE(reader->readRow(cells));
    EXPECT_EQ(cells[0].type, CellValue::Type::Error);
    EXPECT_TRUE(cells[0].text.contains(QStringLiteral("32767")));
    EXPECT_EQ(cells[1].number, 5);
}

TEST(XlsxReader, ColumnsBeyondTheSheetLimitAreRefused)
{
    test::TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("wide.xlsx"));
    QString row = QStringLiteral("<row r=\"1\">");
    for (int c = 0; c < 16384; c += 512)
        row += QStringLiteral("<c r=\"%1\"><v>%2</v></c>")
                   .arg(SpreadsheetReader::columnName(c) + QLatin1Char('1'))
                   .arg(c);
    row += QStringLiteral("<c r=\"XFE1\"><v>1</v></c></row>"); // column 16,385
    ASSERT_TRUE(test::XlsxTestFile::write(path, {{QStringLiteral("S"), row}}));
    const QString message = errorOf(path);
    EXPECT_TRUE(message.contains(QStringLiteral("XFE1"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("row 1"))) << message.toStdString();
}

TEST(XlsxReader, XlsbRenamedToXlsxIsNamedAsSuch)
{
    test::TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("binary.xlsx"));
    ASSERT_TRUE(
        test::XlsxTestFile::writeZip(path, {{QStringLiteral("xl/workbook.bin"), QByteArray(100, '\x01')}}));
    EXPECT_TRUE(errorOf(path).contains(QStringLiteral(".xlsb")));
}

TEST(XlsxReader, PasswordProtectedWorkbookIsNamedAsSuch)
{
    test::TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("secret.xlsx"));
    QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole += QByteArray(504, '\0');
    ole += QByteArray("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28);
    ole += QByteArray(1024, '\0');
    writeBytes(path, ole);
    EXPECT_TRUE(errorOf(path).contains(QStringLiteral("password"))) << errorOf(path).toStdString();
}

TEST(XlsxReader, NotAZipAtAllFallsBackToTextAndSaysSoIfBinary)
{
    test::TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("garbage.xlsx"));
    writeBytes(path, QByteArray("PK\x03\x04garbage", 11));
    const QString message = errorOf(path);
    EXPECT_TRUE(message.contains(QStringLiteral("garbage.xlsx"))) << message.toStdString();
}

// --- XLS (BIFF8) ------------------------------------------------------------------------------

TEST(XlsReader, ReadsBiff8WithDatesTextAndSheets)
{
    for (const QString& name : {QStringLiteral("orders-1900.xls"), QStringLiteral("orders-1904.xls")}) {
        auto reader = SpreadsheetReader::open(test::testDataPath(QStringLiteral("xls/") + name));
        EXPECT_EQ(reader->format(), SpreadsheetReader::Format::Xls);
        const auto rows = readAll(*reader);
        ASSERT_EQ(rows.size(), 4) << name.toStdString();
        EXPECT_EQ(rows[0][0].text, QStringLiteral("客户编号"));
        EXPECT_EQ(rows[1][0].text, QStringLiteral("00001"));
        EXPECT_EQ(rows[1][1].text, QStringLiteral("A公司"));
        EXPECT_EQ(rows[1][2].type, CellValue::Type::DateTime) << name.toStdString();
        EXPECT_EQ(rows[1][2].dateTime, wallClock(QDate(2024, 3, 1), QTime(9, 30))) << name.toStdString();
        EXPECT_EQ(rows[2][2].dateTime, wallClock(QDate(2024, 2, 29), QTime(17, 5, 10)));
        EXPECT_EQ(rows[1][3].number, 150000.5);
        EXPECT_EQ(rows[3][1].text, QStringLiteral("Café Ünïcode"));
        EXPECT_EQ(rows[3][4].dateTime.date(), QDate(2000, 2, 29));
    }
}

TEST(XlsReader, SecondSheetAndSparseCells)
{
    auto reader = SpreadsheetReader::open(test::testDataPath(QStringLiteral("xls/orders-1900.xls")));
    EXPECT_EQ(reader->sheetNames(), (QStringList{QStringLiteral("订单"), QStringLiteral("Notes")}));
    reader->selectSheet(1);
    QList<qint64> numbers;
    const auto rows = readAll(*reader, &numbers);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(numbers, (QList<qint64>{1, 5}));
    EXPECT_EQ(rows[1].value(2).text, QStringLiteral("42"));
}

TEST(XlsReader, DamagedWorkbookThatUpsetsFreeXlGivesAClearError)
{
    // FreeXL 1.0.6 reads out of bounds on this file (tests/fuzz/README.md). It runs in
    // clientele-xls-reader, so whether it fails cleanly (release) or crashes (sanitizers), this
    // process gets an error naming the file.
    test::TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("damaged.xls"));
    ASSERT_TRUE(QFile::copy(
        test::testDataPath(QStringLiteral("../fuzz/crashers/xlsx/freexl-iconv-overread.xls")), path));
    const QString message = errorOf(path);
    EXPECT_TRUE(message.contains(QStringLiteral("damaged.xls"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Excel 97"))) << message.toStdString();
}

#ifdef Q_OS_UNIX
TEST(XlsReader, ACrashOfTheReaderProcessIsReportedNotShared)
{
    // A stand-in for clientele-xls-reader that dies of a segmentation fault, as FreeXL might.
    test::TempWorkspace ws;
    const QString program = ws.path(QStringLiteral("crashing-reader.sh"));
    {
        QFile script(program);
        ASSERT_TRUE(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nkill -SEGV $$\n");
    }
    QFile::setPermissions(program, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString path = ws.path(QStringLiteral("订单.xls"));
    ASSERT_TRUE(QFile::copy(test::testDataPath(QStringLiteral("xls/orders-1900.xls")), path));
    qputenv("CLIENTELE_XLS_READER", QFile::encodeName(program));
    const QString message = errorOf(path);
    qunsetenv("CLIENTELE_XLS_READER");
    EXPECT_TRUE(message.contains(QStringLiteral("订单.xls"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("crashed"))) << message.toStdString();
    // The real reader still reads the same file.
    EXPECT_EQ(readAll(*SpreadsheetReader::open(path)).size(), 4);
}
#endif

TEST(XlsReader, XlsRenamedToXlsxIsStillRead)
{
    test::TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("renamed.xlsx"));
    ASSERT_TRUE(QFile::copy(test::testDataPath(QStringLiteral("xls/orders-1900.xls")), path));
    auto reader = SpreadsheetReader::open(path);
    EXPECT_EQ(reader->format(), SpreadsheetReader::Format::Xls);
}

// The read-ahead thread hands rows over in blocks and takes the caller's finished rows back to
// reuse their lists: over many blocks, with rows of different widths and the caller keeping
// copies, every row must come out as the file's own reader gives it.
TEST(ReadAheadReader, GivesTheSameRowsAsTheReaderItWrapsOverManyBlocks)
{
    test::TempWorkspace ws;
    const QString path = ws.path(QStringLiteral("many.csv"));
    QByteArray csv = "Order,Customer,Amount,Note\n";
    for (int i = 1; i <= 3000; ++i) {
        csv += "O" + QByteArray::number(i) + ",C" + QByteArray::number(i % 97) + "," +
               QByteArray::number(i * 3) + ".50";
        if (i % 7 != 0) // every seventh row is a column short
            csv += ",note " + QByteArray::number(i);
        csv += "\n";
    }
    writeBytes(path, csv);

    QList<qint64> directNumbers;
    const QList<QList<CellValue>> direct = readAll(*SpreadsheetReader::open(path), &directNumbers);
    ReadAheadReader ahead(SpreadsheetReader::open(path));
    QList<qint64> aheadNumbers;
    const QList<QList<CellValue>> read = readAll(ahead, &aheadNumbers);

    ASSERT_EQ(direct.size(), 3001);
    ASSERT_EQ(read.size(), direct.size());
    EXPECT_EQ(aheadNumbers, directNumbers);
    for (qsizetype r = 0; r < direct.size(); ++r) {
        ASSERT_EQ(read[r].size(), direct[r].size()) << "row " << r;
        for (qsizetype c = 0; c < direct[r].size(); ++c) {
            EXPECT_EQ(read[r][c].type, direct[r][c].type) << "row " << r << ", column " << c;
            EXPECT_EQ(read[r][c].text, direct[r][c].text) << "row " << r << ", column " << c;
        }
    }
    EXPECT_EQ(read.last().value(3).text, QStringLiteral("note 3000"));
    EXPECT_EQ(read[7].size(), 3); // row 7 of the data, a column short
}
