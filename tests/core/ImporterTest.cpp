#include "import/Importer.h"

#include "TestSupport.h"
#include "XlsxTestFile.h"
#include "generator/SampleFileWriter.h"
#include "import/ImportError.h"
#include "storage/CustomerProfileReader.h"
#include "storage/CustomerRepository.h"
#include "storage/DatabaseStatistics.h"
#include "storage/ImportStore.h"
#include "storage/SqlSupport.h"
#include "storage/WriteTransaction.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QThread>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

void writeText(const QString& path, const QString& text, const char* encoding = "UTF-8")
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    QStringEncoder encoder(encoding);
    f.write(encoder.encode(text));
}

// The process's local time zone for one test, as a POSIX TZ rule (needs no zone database).
class ScopedLocalZone
{
public:
    explicit ScopedLocalZone(const char* rule)
        : m_wasSet(qEnvironmentVariableIsSet("TZ"))
        , m_previous(qgetenv("TZ"))
    {
        qputenv("TZ", rule);
        tzset();
    }
    ~ScopedLocalZone()
    {
        if (m_wasSet)
            qputenv("TZ", m_previous);
        else
            qunsetenv("TZ");
        tzset();
    }
    ScopedLocalZone(const ScopedLocalZone&) = delete;
    ScopedLocalZone& operator=(const ScopedLocalZone&) = delete;

private:
    bool m_wasSet;
    QByteArray m_previous;
};

class ImporterTest : public ::testing::Test
{
protected:
    ImportReport
    import(const QString& file, ImportOptions options, const Importer::ProgressCallback& progress = {})
    {
        options.backupRoot = ws.backupRoot();
        return Importer::run(db->connection(), db->dialect(), file, options, progress);
    }
    ImportOptions orders() const
    {
        ImportOptions o;
        o.kind = ImportKind::Orders;
        return o;
    }
    qint64 count(const char* statement) const
    {
        return sql::scalar(db->connection(), QString::fromUtf8(statement)).toLongLong();
    }
    QString text(const char* statement) const
    {
        return sql::scalar(db->connection(), QString::fromUtf8(statement)).toString();
    }

    test::TempWorkspace ws;
    std::unique_ptr<Database> db = ws.openDatabase();
};

} // namespace

TEST_F(ImporterTest, OnlineRetailXlsxCounts)
{
    const ImportReport r =
        import(test::sharedDataPath(QStringLiteral("online-retail/online-retail-40k.xlsx")), orders());
    ASSERT_TRUE(r.committed);
    EXPECT_EQ(r.rowsRead, 40000);
    EXPECT_EQ(r.imported, 40000);
    EXPECT_EQ(r.skipped, 0);
    EXPECT_EQ(r.rowsWithoutCustomer, 10057);
    EXPECT_EQ(r.customersCreated, 3621);
    EXPECT_EQ(count("SELECT COUNT(*) FROM customer"), 3621);
    EXPECT_EQ(count("SELECT COUNT(*) FROM order_line WHERE customer_id IS NULL"), 10057);
    const qint64 cancelled = count("SELECT COUNT(*) FROM order_line WHERE status = 'cancelled'");
    EXPECT_EQ(cancelled, count("SELECT COUNT(*) FROM order_line WHERE order_code LIKE 'C%'"));
    EXPECT_GT(cancelled, 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM order_line WHERE status = 'cancelled' AND amount_minor > 0"), 0);
    EXPECT_EQ(text("SELECT MIN(ordered_at) FROM order_line").left(7), QStringLiteral("2010-12"));
    EXPECT_EQ(text("SELECT MAX(ordered_at) FROM order_line").left(7), QStringLiteral("2011-12"));
    // Row 2 of the sheet: 573415, 1 x 2.08, customer 13607, 2011-10-30 16:17.
    EXPECT_EQ(text("SELECT o.ordered_at || '|' || o.amount_minor || '|' || o.quantity || '|' || o.source_row "
                   "FROM order_line o"
                   " JOIN customer c ON c.id = o.customer_id WHERE c.code = '13607' AND order_code = '573415'"
                   " ORDER BY o.source_row LIMIT 1"),
              QStringLiteral("2011-10-30T16:17:00|208|1|2"));
}

TEST_F(ImporterTest, CdnowTransactionLogCounts)
{
    const ImportReport r = import(test::sharedDataPath(QStringLiteral("cdnow/CDNOW_master.txt")), orders());
    ASSERT_TRUE(r.committed);
    EXPECT_EQ(r.rowsRead, 69659);
    EXPECT_EQ(r.imported, 69659);
    EXPECT_EQ(count("SELECT COUNT(*) FROM customer"), 23570);
    EXPECT_EQ(text("SELECT code FROM customer ORDER BY code LIMIT 1"),
              QStringLiteral("00001")); // leading zeros kept
    EXPECT_EQ(count("SELECT SUM(amount_minor) FROM order_line WHERE customer_id = (SELECT id FROM customer "
                    "WHERE code = '00001')"),
              1177);
}

TEST_F(ImporterTest, ReimportAddsNoDuplicates)
{
    const QString file = test::sharedDataPath(QStringLiteral("online-retail/online-retail-40k.xlsx"));
    import(file, orders());
    const ImportReport again = import(file, orders());
    EXPECT_TRUE(again.committed);
    EXPECT_EQ(again.imported, 0);
    EXPECT_EQ(again.duplicates, 40000);
    EXPECT_EQ(again.customersCreated, 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM order_line"), 40000);
    // The second import had something to lose, so a backup came first.
    EXPECT_FALSE(db->backupManager().backups().isEmpty());
}

TEST_F(ImporterTest, ChineseGbkCsvWithChineseHeadersDatesAndAmounts)
{
    const QString path = ws.path(QStringLiteral("订单.csv"));
    writeText(path,
              QStringLiteral("订单号,客户编号,客户名称,订单日期,销售额\r\n"
                             "SO-1,00001,张三商贸,2024年3月1日,\"¥1,234.50\"\r\n"
                             "SO-2,00002,李四,2024年3月2日 14:05,\"(88.00)\"\r\n"
                             "SO-3,00001,张三商贸,2024-03-05,12\r\n"),
              "GB18030");
    const ImportReport r = import(path, orders());
    ASSERT_TRUE(r.committed) << r.issues.value(0).reason.toStdString();
    EXPECT_EQ(r.encoding, QStringLiteral("GB18030"));
    EXPECT_EQ(r.imported, 3);
    EXPECT_EQ(text("SELECT name FROM customer WHERE code = '00001'"), QStringLiteral("张三商贸"));
    EXPECT_EQ(count("SELECT amount_minor FROM order_line WHERE order_code = 'SO-1'"), 123450);
    EXPECT_EQ(count("SELECT amount_minor FROM order_line WHERE order_code = 'SO-2'"), -8800);
    EXPECT_EQ(text("SELECT status FROM order_line WHERE order_code = 'SO-2'"), QStringLiteral("returned"));
    EXPECT_EQ(text("SELECT ordered_at FROM order_line WHERE order_code = 'SO-2'"),
              QStringLiteral("2024-03-02T14:05:00"));
}

TEST_F(ImporterTest, DateOrderIsDecidedFromTheWholeColumn)
{
    QString csv = QStringLiteral("Order,Customer,Date,Amount\n");
    for (int i = 1; i <= 300; ++i)
        csv += QStringLiteral("O%1,C1,%2/%3/2024,10\n").arg(i).arg(1 + i % 12).arg(1 + i % 12);
    csv += QStringLiteral("O999,C1,25/12/2024,10\n"); // only the last row tells: day first
    const QString path = ws.path(QStringLiteral("dmy.csv"));
    writeText(path, csv);
    const ImportReport r = import(path, orders());
    ASSERT_TRUE(r.committed);
    EXPECT_EQ(r.dateOrder, QStringLiteral("dmy"));
    EXPECT_EQ(text("SELECT ordered_at FROM order_line WHERE order_code = 'O2'"),
              QStringLiteral("2024-03-03T00:00:00"));
    EXPECT_EQ(text("SELECT ordered_at FROM order_line WHERE order_code = 'O999'"),
              QStringLiteral("2024-12-25T00:00:00"));
}

TEST_F(ImporterTest, TimesInTheLocalClockChangeGapAreKeptAsWritten)
{
    // Central European rules: on 2024-03-31 the local clock jumps from 02:00 to 03:00, so 02:30 does
    // not exist as a local time. The file's times have no zone and must come in as written.
    const ScopedLocalZone zone("CET-1CEST,M3.5.0,M10.5.0/3");
    const QString csv = ws.path(QStringLiteral("gap.csv"));
    writeText(csv, QStringLiteral("Order,Customer,Date,Amount\n"
                                  "D1,C1,2024-03-31 02:30,10\n"
                                  "D2,C1,31/03/2024 02:45,10\n"));
    const ImportReport fromCsv = import(csv, orders());
    ASSERT_TRUE(fromCsv.committed);
    EXPECT_EQ(fromCsv.imported, 2);
    EXPECT_EQ(text("SELECT ordered_at FROM order_line WHERE order_code = 'D1'"),
              QStringLiteral("2024-03-31T02:30:00"));
    EXPECT_EQ(text("SELECT ordered_at FROM order_line WHERE order_code = 'D2'"),
              QStringLiteral("2024-03-31T02:45:00"));

    // The same time as an Excel serial (45382 is 2024-03-31) in a date-time format (numFmtId 22).
    const QString xlsx = ws.path(QStringLiteral("gap.xlsx"));
    const auto inlineText = [](const char* ref, const char* value) {
        return QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>")
            .arg(QLatin1String(ref), QLatin1String(value));
    };
    ASSERT_TRUE(test::XlsxTestFile::write(
        xlsx,
        {{QStringLiteral("S"),
          QStringLiteral("<row r=\"1\">") + inlineText("A1", "Order") + inlineText("B1", "Customer") +
              inlineText("C1", "Date") + inlineText("D1", "Amount") + QStringLiteral("</row><row r=\"2\">") +
              inlineText("A2", "X1") + inlineText("B2", "C1") +
              QStringLiteral(
                  "<c r=\"C2\" s=\"1\"><v>45382.104166666664</v></c><c r=\"D2\"><v>10</v></c></row>")}},
        {}, QStringLiteral("<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"22\"/></cellXfs>")));
    const ImportReport fromXlsx = import(xlsx, orders());
    ASSERT_TRUE(fromXlsx.committed);
    EXPECT_EQ(fromXlsx.imported, 1);
    EXPECT_EQ(text("SELECT ordered_at FROM order_line WHERE order_code = 'X1'"),
              QStringLiteral("2024-03-31T02:30:00"));
}

TEST_F(ImporterTest, AmbiguousDatesAreAskedNotGuessed)
{
    const QString path = ws.path(QStringLiteral("ambiguous.csv"));
    writeText(path, QStringLiteral("Order,Customer,Date,Amount\nO1,C1,03/04/2024,10\nO2,C1,05/06/2024,10\n"));
    try {
        import(path, orders());
        FAIL() << "ambiguous dates were guessed";
    } catch (const ImportError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("ambiguous.csv")));
        EXPECT_TRUE(e.message().contains(QStringLiteral("03/04/2024")));
        EXPECT_EQ(e.row(), 2);
    }
    EXPECT_EQ(count("SELECT COUNT(*) FROM order_line"), 0);
    ImportOptions o = orders();
    o.dateOrder = DateOrder::MonthDayYear;
    ASSERT_TRUE(import(path, o).committed);
    EXPECT_EQ(text("SELECT ordered_at FROM order_line WHERE order_code = 'O1'"),
              QStringLiteral("2024-03-04T00:00:00"));
}

TEST_F(ImporterTest, DecimalCommaIsDecidedFromTheColumn)
{
    const QString path = ws.path(QStringLiteral("euro.csv"));
    writeText(path, QStringLiteral("Order;Customer;Date;Amount\nA;C1;2024-01-02;\"1.234,50 "
                                   "€\"\nB;C1;2024-01-03;\"12,5\"\nC;C1;2024-01-04;7\n"));
    const ImportReport r = import(path, orders());
    ASSERT_TRUE(r.committed) << r.issues.value(0).reason.toStdString();
    EXPECT_TRUE(r.decimalComma);
    EXPECT_EQ(count("SELECT amount_minor FROM order_line WHERE order_code = 'A'"), 123450);
    EXPECT_EQ(count("SELECT amount_minor FROM order_line WHERE order_code = 'B'"), 1250);
    EXPECT_EQ(count("SELECT amount_minor FROM order_line WHERE order_code = 'C'"), 700);
}

TEST_F(ImporterTest, StrictModeImportsNothingWhenARowIsBadLenientSkipsIt)
{
    const QString path = ws.path(QStringLiteral("bad.csv"));
    writeText(
        path,
        QStringLiteral(
            "Order,Customer,Date,Amount\nO1,C1,2024-01-02,10\nO2,C1,2024-02-30,10\nO3,C2,2024-01-04,=1+2\n"));
    const ImportReport strict = import(path, orders());
    EXPECT_FALSE(strict.committed);
    EXPECT_EQ(strict.skipped, 2);
    ASSERT_EQ(strict.issues.size(), 2);
    EXPECT_EQ(strict.issues[0].row, 3);
    EXPECT_TRUE(strict.issues[0].column.startsWith(QStringLiteral("C (Date)")));
    EXPECT_EQ(strict.issues[1].row, 4);
    EXPECT_EQ(strict.issues[1].value, QStringLiteral("=1+2"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM order_line"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM customer"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM import_batch"), 0);

    ImportOptions lenient = orders();
    lenient.mode = ImportOptions::Mode::Lenient;
    const ImportReport r = import(path, lenient);
    EXPECT_TRUE(r.committed);
    EXPECT_EQ(r.imported, 1);
    EXPECT_EQ(r.skipped, 2);
    EXPECT_EQ(count("SELECT COUNT(*) FROM order_line"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM customer"), 1); // C2's only row was rejected

    const QString errors = ws.path(QStringLiteral("errors.csv"));
    ASSERT_TRUE(r.writeIssuesCsv(errors));
    QFile f(errors);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(content.contains(QStringLiteral("\"bad.csv\",3,\"C (Date)\",\"2024-02-30\"")));
    EXPECT_TRUE(content.contains(QStringLiteral("\"'=1+2\""))) << "formula neutralised";
}

TEST_F(ImporterTest, DryRunSaysWhatWouldHappenAndChangesNothing)
{
    const QString file = test::sharedDataPath(QStringLiteral("cdnow/CDNOW_master.txt"));
    ImportOptions o = orders();
    o.dryRun = true;
    const ImportReport dry = import(file, o);
    EXPECT_FALSE(dry.committed);
    EXPECT_EQ(dry.imported, 69659);
    EXPECT_EQ(dry.customersCreated, 23570);
    EXPECT_EQ(dry.actions.size(), 69659);
    EXPECT_EQ(dry.actions.first().kind, ImportRowAction::Kind::Create);
    EXPECT_EQ(DatabaseStatistics::collect(db->connection()).orderLines, 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM import_batch"), 0);
}

TEST_F(ImporterTest, CancelLeavesTheDatabaseAsItWas)
{
    import(test::sharedDataPath(QStringLiteral("online-retail/online-retail-40k.xlsx")), orders());
    const auto before = DatabaseStatistics::collect(db->connection());
    int calls = 0;
    const ImportReport r = import(test::sharedDataPath(QStringLiteral("cdnow/CDNOW_master.txt")), orders(),
                                  [&calls](const ImportProgress& p) {
                                      return !(p.phase == ImportProgress::Phase::Importing && ++calls > 5);
                                  });
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(r.committed);
    EXPECT_GT(r.rowsRead, 0);
    const auto after = DatabaseStatistics::collect(db->connection());
    EXPECT_EQ(after.customers, before.customers);
    EXPECT_EQ(after.orderLines, before.orderLines);
    EXPECT_EQ(count("SELECT COUNT(*) FROM import_batch"), 1);
}

TEST_F(ImporterTest, IndexesDroppedForAnImportIntoEmptyTablesAreBackAfterwardsWhateverTheOutcome)
{
    // The indexes an import into empty tables builds after its rows, as the schema defines them.
    const auto indexes = [this] {
        QStringList list;
        QSqlQuery q = sql::run(db->connection(),
                               QStringLiteral("SELECT name || ': ' || COALESCE(sql, '') FROM sqlite_master"
                                              " WHERE type = 'index' ORDER BY name"));
        while (q.next())
            list << q.value(0).toString();
        return list;
    };
    const QStringList schema = indexes();
    ASSERT_TRUE(schema.contains(
        QStringLiteral("order_line_customer_idx: CREATE INDEX order_line_customer_idx ON "
                       "order_line (customer_id, ordered_at, order_code, amount_minor, status)")));
    ASSERT_TRUE(schema.contains(
        QStringLiteral("customer_owner_idx: CREATE INDEX customer_owner_idx ON customer (owner)")));
    const QString cdnow = test::sharedDataPath(QStringLiteral("cdnow/CDNOW_master.txt"));

    // Cancelled half way, and refused in strict mode: rolled back, indexes and all.
    int calls = 0;
    const ImportReport cancelled = import(cdnow, orders(), [&calls](const ImportProgress& p) {
        return !(p.phase == ImportProgress::Phase::Importing && ++calls > 5);
    });
    EXPECT_TRUE(cancelled.cancelled);
    EXPECT_EQ(indexes(), schema);
    const QString bad = ws.path(QStringLiteral("bad.csv"));
    writeText(bad, QStringLiteral("Order,Customer,Date,Amount\nO1,C1,2024-01-02,10\nO2,C1,2024-02-30,10\n"));
    EXPECT_FALSE(import(bad, orders()).committed);
    EXPECT_EQ(indexes(), schema);
    EXPECT_EQ(count("SELECT COUNT(*) FROM order_line"), 0);

    // Committed: the same indexes, and they hold every row (a lookup through each finds them all).
    const ImportReport done = import(cdnow, orders());
    ASSERT_TRUE(done.committed);
    EXPECT_EQ(indexes(), schema);
    EXPECT_EQ(
        count("SELECT COUNT(*) FROM order_line INDEXED BY order_line_customer_idx WHERE customer_id > 0"),
        69659);
    EXPECT_EQ(count("SELECT COUNT(*) FROM order_line INDEXED BY order_line_time_idx"
                    " WHERE ordered_at >= '1990'"),
              69659);
    EXPECT_EQ(
        count("SELECT COUNT(*) FROM customer INDEXED BY customer_created_idx WHERE created_on >= '1990'"),
        23570);
    EXPECT_EQ(sql::scalar(db->connection(), QStringLiteral("PRAGMA integrity_check")).toString(),
              QStringLiteral("ok"));

    // A second import into tables that now hold rows leaves the indexes in place as it goes.
    const ImportReport again = import(cdnow, orders());
    EXPECT_TRUE(again.committed);
    EXPECT_EQ(again.duplicates, 69659);
    EXPECT_EQ(indexes(), schema);
}

TEST_F(ImporterTest, CustomersAreCreatedUpdatedAndRolledBack)
{
    {
        CustomerRepository repo(db->connection(), db->dialect());
        Customer c;
        c.code = QStringLiteral("00007");
        c.name = QStringLiteral("Old Name");
        c.city = QStringLiteral("Shanghai");
        repo.insert(c);
    }
    const QString path = ws.path(QStringLiteral("customers.csv"));
    writeText(path, QStringLiteral("客户编号,客户名称,城市,客户经理,邮箱\n"
                                   "00007,New Name,Shanghai,王经理,\n"
                                   "00008,Fresh,Beijing,李经理,fresh@example.cn\n"
                                   "00009,,Beijing,,\n"));
    ImportOptions o;
    o.kind = ImportKind::Customers;
    o.mode = ImportOptions::Mode::Lenient;
    o.dryRun = true;
    const ImportReport dry = import(path, o);
    ASSERT_EQ(dry.actions.size(), 3);
    EXPECT_EQ(dry.actions[0].kind, ImportRowAction::Kind::Update);
    EXPECT_TRUE(dry.actions[0].detail.contains(QStringLiteral("name")));
    EXPECT_TRUE(dry.actions[0].detail.contains(QStringLiteral("owner")));
    EXPECT_FALSE(dry.actions[0].detail.contains(QStringLiteral("city")));
    EXPECT_EQ(dry.actions[1].kind, ImportRowAction::Kind::Create);
    EXPECT_EQ(dry.actions[2].kind, ImportRowAction::Kind::Reject);

    o.dryRun = false;
    const ImportReport r = import(path, o);
    ASSERT_TRUE(r.committed);
    EXPECT_EQ(r.customersCreated, 1);
    EXPECT_EQ(r.customersUpdated, 1);
    EXPECT_EQ(text("SELECT name || '|' || owner FROM customer WHERE code = '00007'"),
              QStringLiteral("New Name|王经理"));
    EXPECT_EQ(text("SELECT import_batch_id || '|' || source_row FROM customer WHERE code = '00008'"),
              QStringLiteral("%1|3").arg(r.batchId));

    ImportStore store(db->connection(), db->dialect());
    WriteTransaction tx(db->connection(), db->dialect());
    const auto result = store.rollback(r.batchId);
    tx.commit();
    EXPECT_EQ(result.customersDeleted, 1);
    EXPECT_EQ(result.fieldsRestored, 2);
    EXPECT_EQ(text("SELECT name || '|' || COALESCE(owner, '') FROM customer WHERE code = '00007'"),
              QStringLiteral("Old Name|"));
    EXPECT_EQ(count("SELECT COUNT(*) FROM customer WHERE code = '00008'"), 0);
    EXPECT_TRUE(store.batch(r.batchId)->rolledBackAt.isValid());
}

TEST_F(ImporterTest, ProfileShowsWhichImportSheetAndRowCreatedAndChangedACustomer)
{
    {
        CustomerRepository repo(db->connection(), db->dialect());
        Customer c;
        c.code = QStringLiteral("K1");
        c.name = QStringLiteral("Hand Made");
        repo.insert(c);
    }
    const QString customers = ws.path(QStringLiteral("people.csv"));
    writeText(customers, QStringLiteral("Customer ID,Name,City\nK1,Hand Made,Hangzhou\nK2,Imported,Wuhan\n"));
    ImportOptions o;
    o.kind = ImportKind::Customers;
    const ImportReport people = import(customers, o);
    ASSERT_TRUE(people.committed);
    const QString lines = ws.path(QStringLiteral("lines.csv"));
    writeText(lines,
              QStringLiteral("Order,Customer,Date,Amount\nA1,K2,2024-01-02,10\nA2,K2,2024-01-03,20\n"));
    const ImportReport orderImport = import(lines, orders());
    ASSERT_TRUE(orderImport.committed);

    const CustomerProfileReader reader(db->connection(), db->dialect());
    const qint64 k1 = count("SELECT id FROM customer WHERE code = 'K1'");
    const qint64 k2 = count("SELECT id FROM customer WHERE code = 'K2'");

    // K1 was made by hand and only its city changed by the import.
    const auto changed = reader.read(k1);
    ASSERT_TRUE(changed);
    EXPECT_FALSE(changed->createdBy);
    ASSERT_EQ(changed->changedBy.size(), 1);
    EXPECT_EQ(changed->changedBy[0].batchId, people.batchId);
    EXPECT_EQ(changed->changedBy[0].fields, QStringList{QStringLiteral("city")});
    EXPECT_EQ(changed->imports.value(people.batchId).fileName, QStringLiteral("people.csv"));
    EXPECT_EQ(changed->imports.value(people.batchId).sheet, QStringLiteral("people"));
    EXPECT_TRUE(changed->imports.value(people.batchId).importedAt.isValid());

    // K2 came from row 3 of people.csv; its lines from rows 2 and 3 of lines.csv.
    const auto created = reader.read(k2);
    ASSERT_TRUE(created);
    ASSERT_TRUE(created->createdBy);
    EXPECT_EQ(created->createdBy->batchId, people.batchId);
    EXPECT_EQ(created->createdBy->sourceRow, 3);
    EXPECT_TRUE(created->changedBy.isEmpty());
    ASSERT_EQ(created->record.orderLines.size(), 2);
    for (const OrderLine& line : created->record.orderLines) {
        ASSERT_TRUE(created->orderLineSources.contains(line.id));
        EXPECT_EQ(created->orderLineSources.value(line.id).batchId, orderImport.batchId);
        EXPECT_EQ(created->orderLineSources.value(line.id).sourceRow,
                  line.orderCode == QLatin1String("A1") ? 2 : 3);
    }
    EXPECT_EQ(created->imports.value(orderImport.batchId).fileName, QStringLiteral("lines.csv"));
}

TEST_F(ImporterTest, LateEvidenceForADateOrderRedoesTheImportWithTheRightOrder)
{
    // The first rows read the same either way; a late d/m/y value makes the one-pass import start
    // over with the analysis pass, and nothing of the first attempt is left behind.
    QString csv = QStringLiteral("Order,Customer,Date,Amount\n");
    for (int i = 1; i <= 3000; ++i)
        csv += QStringLiteral("O%1,C%2,2024-01-02,10\n").arg(i).arg(i % 7);
    csv += QStringLiteral("O9999,C1,25/12/2024,\"1,5\"\n");
    const QString path = ws.path(QStringLiteral("late.csv"));
    writeText(path, csv);
    const ImportReport r = import(path, orders());
    ASSERT_TRUE(r.committed);
    EXPECT_EQ(r.dateOrder, QStringLiteral("dmy"));
    EXPECT_TRUE(r.decimalComma);
    EXPECT_EQ(r.rowsRead, 3001);
    EXPECT_EQ(r.imported, 3001);
    EXPECT_EQ(r.customersCreated, 7);
    EXPECT_EQ(count("SELECT COUNT(*) FROM order_line"), 3001);
    EXPECT_EQ(count("SELECT COUNT(*) FROM customer"), 7);
    EXPECT_EQ(count("SELECT COUNT(*) FROM import_batch"), 1);
    EXPECT_EQ(text("SELECT ordered_at || '|' || amount_minor FROM order_line WHERE order_code = 'O9999'"),
              QStringLiteral("2024-12-25T00:00:00|150"));
}

TEST_F(ImporterTest, RollbackOfAnOrderImportRemovesItsLinesAndCustomers)
{
    const ImportReport r =
        import(test::sharedDataPath(QStringLiteral("online-retail/online-retail-40k.xlsx")), orders());
    ASSERT_TRUE(r.committed);
    ImportStore store(db->connection(), db->dialect());
    WriteTransaction tx(db->connection(), db->dialect());
    const auto result = store.rollback(r.batchId);
    tx.commit();
    EXPECT_EQ(result.rowsDeleted, 40000);
    EXPECT_EQ(result.customersDeleted, 3621);
    const auto stats = DatabaseStatistics::collect(db->connection());
    EXPECT_EQ(stats.customers, 0);
    EXPECT_EQ(stats.orderLines, 0);
}

TEST_F(ImporterTest, SeedSummaryRowsAreStored)
{
    const QString path = ws.path(QStringLiteral("template1.csv"));
    writeText(path,
              QStringLiteral(
                  "ID,客户名称,最近消费时间(天),消费频率(次/年),消费金额(元/年)\n"
                  "C001,A公司,15,12,\"150,000\"\nC002,B公司,90,3,\"20,000\"\nC003,C公司,45,6,\"60,000\"\n"));
    ImportOptions o;
    o.kind = ImportKind::Summary;
    o.summaryAsOf = QDate(2024, 3, 31);
    const ImportReport r = import(path, o);
    ASSERT_TRUE(r.committed) << (r.issues.isEmpty() ? std::string() : r.issues.first().reason.toStdString());
    EXPECT_EQ(r.imported, 3);
    EXPECT_EQ(text("SELECT c.name || '|' || s.recency_days || '|' || s.frequency_per_year_milli || '|' ||"
                   " s.amount_per_year_minor || '|' || s.as_of FROM customer_summary s JOIN customer c"
                   " ON c.id = s.customer_id WHERE c.code = 'C002'"),
              QStringLiteral("B公司|90|3000|2000000|2024-03-31"));
    EXPECT_EQ(import(path, o).duplicates, 3);
}

TEST_F(ImporterTest, MissingRequiredColumnIsNamed)
{
    const QString path = ws.path(QStringLiteral("nodate.csv"));
    writeText(path, QStringLiteral("Order,Customer,Amount\nO1,C1,10\n"));
    try {
        import(path, orders());
        FAIL();
    } catch (const ImportError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("Order date"))) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(QStringLiteral("nodate.csv")));
    }
}

TEST_F(ImporterTest, MangledIdsAreWarnedAbout)
{
    const QString path = ws.path(QStringLiteral("mangled.csv"));
    writeText(path, QStringLiteral("Order,Customer,Date,Amount\nO1,1.2E+5,2024-01-02,10\n"));
    const ImportReport r = import(path, orders());
    ASSERT_FALSE(r.warnings.isEmpty());
    EXPECT_TRUE(r.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("scientific notation")));
}

TEST_F(ImporterTest, AutoMappingRecognisesEnglishAndChineseHeaders)
{
    const auto m =
        Importer::autoMap(ImportKind::Orders, {QStringLiteral("InvoiceNo"), QStringLiteral("StockCode"),
                                               QStringLiteral("Description"), QStringLiteral("Quantity"),
                                               QStringLiteral("InvoiceDate"), QStringLiteral("UnitPrice"),
                                               QStringLiteral("CustomerID"), QStringLiteral("Country")});
    EXPECT_EQ(m.value(0), QStringLiteral("order_code"));
    EXPECT_EQ(m.value(1), QStringLiteral("product_code"));
    EXPECT_EQ(m.value(2), QStringLiteral("product_name"));
    EXPECT_EQ(m.value(3), QStringLiteral("quantity"));
    EXPECT_EQ(m.value(4), QStringLiteral("ordered_at"));
    EXPECT_EQ(m.value(5), QStringLiteral("unit_price"));
    EXPECT_EQ(m.value(6), QStringLiteral("customer_code"));
    EXPECT_EQ(m.value(7), QStringLiteral("region"));
    const auto zh =
        Importer::autoMap(ImportKind::Customers, {QStringLiteral("客户ID"), QStringLiteral("客户名称"),
                                                  QStringLiteral("所在城市"), QStringLiteral("手机号")});
    EXPECT_EQ(zh.value(0), QStringLiteral("customer_code"));
    EXPECT_EQ(zh.value(1), QStringLiteral("customer_name"));
    EXPECT_EQ(zh.value(2), QStringLiteral("city"));
    EXPECT_EQ(zh.value(3), QStringLiteral("phone"));
    const QStringList headers = {QStringLiteral("A"), QStringLiteral("Kunde")};
    EXPECT_EQ(
        Importer::mappingFromJson(Importer::mappingToJson({{1, QStringLiteral("customer_code")}}, headers),
                                  {QStringLiteral("Kunde"), QStringLiteral("A")}),
        (QHash<int, QString>{{0, QStringLiteral("customer_code")}})); // found by name after moving
}

TEST_F(ImporterTest, KilledImportLeavesTheDatabaseUnchanged)
{
    // A real child process, killed with SIGKILL while its transaction is open.
    const QString file = ws.path(QStringLiteral("big.csv"));
    SampleSpec spec;
    spec.customers = 20000;
    spec.orderLines = 400000;
    spec.seed = 3;
    ASSERT_TRUE(writeSampleFile(file, spec));
    import(test::sharedDataPath(QStringLiteral("cdnow/CDNOW_master.txt")), orders());
    const auto before = DatabaseStatistics::collect(db->connection());
    db.reset(); // the child needs the write lock

    QProcess child;
    child.start(QStringLiteral(CLIENTELE_CLI_PATH),
                {QStringLiteral("--db"), ws.databasePath(), QStringLiteral("import"), file,
                 QStringLiteral("--mode"), QStringLiteral("lenient")});
    ASSERT_TRUE(child.waitForStarted());
    // Wait until the import is writing (past its page cache: the database file grows, its old pages
    // in the rollback journal, as the import has the file to itself; or the WAL grows), then kill it.
    const qint64 sizeBefore = QFileInfo(ws.databasePath()).size();
    const auto writing = [&] {
        return QFileInfo(ws.databasePath() + QStringLiteral("-wal")).size() >= 4 * 1024 * 1024 ||
               QFileInfo(ws.databasePath()).size() >= sizeBefore + 4 * 1024 * 1024;
    };
    for (int i = 0; i < 600 && child.state() == QProcess::Running && !writing(); ++i)
        QThread::msleep(50);
    ASSERT_EQ(child.state(), QProcess::Running) << "the import finished before it could be killed";
    const bool rollbackJournal = QFileInfo::exists(ws.databasePath() + QStringLiteral("-journal"));
    child.kill();
    child.waitForFinished();

    db = Database::open(ws.databasePath());
    EXPECT_EQ(sql::scalar(db->connection(), QStringLiteral("PRAGMA integrity_check")).toString(),
              QStringLiteral("ok"));
    const auto after = DatabaseStatistics::collect(db->connection());
    EXPECT_EQ(after.customers, before.customers);
    EXPECT_EQ(after.orderLines, before.orderLines);
    EXPECT_EQ(count("SELECT COUNT(*) FROM import_batch"), 1);
    // The import was the file's only user, so it wrote through the rollback journal, which the
    // open above rolled back; the database is in WAL mode again.
    EXPECT_TRUE(rollbackJournal);
    EXPECT_FALSE(QFileInfo::exists(ws.databasePath() + QStringLiteral("-journal")));
    EXPECT_EQ(sql::scalar(db->connection(), QStringLiteral("PRAGMA journal_mode")).toString(),
              QStringLiteral("wal"));
}
