// The built clientele-cli's segment, snapshot, `clv fit --db` and `clv backtest` commands, run as
// separate processes on real database files.
#include "AnalyticsTestDatabase.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

using CliRun = test::ProcessRun;

CliRun runCli(const QStringList& arguments)
{
    return test::runProcess(QStringLiteral(CLIENTELE_CLI_PATH), arguments);
}

const QStringList kColumns = {QStringLiteral("customer_code"),
                              QStringLiteral("name"),
                              QStringLiteral("recency_days"),
                              QStringLiteral("frequency"),
                              QStringLiteral("monetary"),
                              QStringLiteral("r"),
                              QStringLiteral("f"),
                              QStringLiteral("m"),
                              QStringLiteral("rfm"),
                              QStringLiteral("tier"),
                              QStringLiteral("stage"),
                              QStringLiteral("p_alive"),
                              QStringLiteral("expected_purchases_90d"),
                              QStringLiteral("clv"),
                              QStringLiteral("risk_level"),
                              QStringLiteral("risk_reasons")};

// Splits one CSV line (quotes with doubled quotes; no line breaks inside cells in these tests).
QStringList csvFields(const QString& line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

class SegmentCliTest : public ::testing::Test
{
protected:
    QStringList db(std::initializer_list<QString> arguments) const
    {
        QStringList all{QStringLiteral("--db"), ws.databasePath()};
        for (const QString& a : arguments)
            all << a;
        return all;
    }
    void importSeedSummary()
    {
        const QString path = ws.path(QStringLiteral("template1.csv"));
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(
                    "ID,客户名称,最近消费时间(天),消费频率(次/年),消费金额(元/年)\n"
                    "C001,A公司,15,12,\"150,000\"\nC002,B公司,90,3,\"20,000\"\nC003,C公司,45,6,\"60,000\"\n")
                    .toUtf8());
        f.close();
        const CliRun run =
            runCli(db({QStringLiteral("import"), path, QStringLiteral("--kind"), QStringLiteral("summary"),
                       QStringLiteral("--as-of"), QStringLiteral("2024-03-31")}));
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    }

    test::TempWorkspace ws;
};

} // namespace

TEST_F(SegmentCliTest, SeedExampleAsCsvWithExactlyTheColumns)
{
    importSeedSummary();
    const QString out = ws.path(QStringLiteral("segments.csv"));
    const CliRun run =
        runCli(db({QStringLiteral("segment"), QStringLiteral("--scheme"), QStringLiteral("tob"),
                   QStringLiteral("--model"), QStringLiteral("seed4"), QStringLiteral("--format"),
                   QStringLiteral("csv"), QStringLiteral("--out"), out}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(csvFields(lines[0]), kColumns);
    const QStringList expected[] = {
        {QStringLiteral("C001"), QStringLiteral("555"), QStringLiteral("high_value")},
        {QStringLiteral("C002"), QStringLiteral("321"), QStringLiteral("churn_risk")},
        {QStringLiteral("C003"), QStringLiteral("433"), QStringLiteral("potential")}};
    for (int i = 0; i < 3; ++i) {
        const QStringList cells = csvFields(lines[i + 1]);
        ASSERT_EQ(cells.size(), kColumns.size()) << lines[i + 1].toStdString();
        EXPECT_EQ(cells[0], expected[i][0]);
        EXPECT_EQ(cells[kColumns.indexOf(QStringLiteral("rfm"))], expected[i][1]);
        EXPECT_EQ(cells[kColumns.indexOf(QStringLiteral("tier"))], expected[i][2]);
    }
    const QStringList c002 = csvFields(lines[2]);
    EXPECT_EQ(c002[1], QStringLiteral("B公司"));
    EXPECT_EQ(c002[kColumns.indexOf(QStringLiteral("recency_days"))], QStringLiteral("90"));
    EXPECT_EQ(c002[kColumns.indexOf(QStringLiteral("frequency"))], QStringLiteral("3"));
    EXPECT_EQ(c002[kColumns.indexOf(QStringLiteral("monetary"))], QStringLiteral("20000"));
}

TEST_F(SegmentCliTest, JsonRowsCarryTheSameColumns)
{
    importSeedSummary();
    const CliRun run = runCli(db({QStringLiteral("segment"), QStringLiteral("--scheme"),
                                  QStringLiteral("tob"), QStringLiteral("--model"), QStringLiteral("seed4"),
                                  QStringLiteral("--format"), QStringLiteral("json")}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonParseError error;
    const QJsonArray rows = QJsonDocument::fromJson(run.out, &error).array();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    ASSERT_EQ(rows.size(), 3);
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        QStringList keys = row.keys();
        QStringList sorted = kColumns;
        keys.sort();
        sorted.sort();
        EXPECT_EQ(keys, sorted);
    }
    EXPECT_EQ(rows[0][QStringLiteral("rfm")].toString(), QStringLiteral("555"));
    EXPECT_EQ(rows[0][QStringLiteral("r")].toInt(), 5);
    EXPECT_EQ(rows[1][QStringLiteral("tier")].toString(), QStringLiteral("churn_risk"));
    EXPECT_TRUE(rows[1][QStringLiteral("p_alive")].isNull()); // not modelled: summary row only
}

TEST_F(SegmentCliTest, FormulaLikeCellsAreNeutralisedAndOrdersCount)
{
    {
        auto database = ws.openDatabase();
        test::AnalyticsTestDatabase data(*database);
        const qint64 a = data.customer(QStringLiteral("=HYPERLINK(1)"), QStringLiteral("@evil, \"quoted\""));
        data.order(a, QStringLiteral("O1"), QDate(2024, 1, 1), 12345);
        data.order(a, QStringLiteral("O2"), QDate(2024, 2, 1), 5000);
        const qint64 b = data.customer(QStringLiteral("B"), QStringLiteral("+plain"));
        data.order(b, QStringLiteral("O3"), QDate(2024, 3, 1), 100);
    }
    const CliRun run =
        runCli(db({QStringLiteral("segment"), QStringLiteral("--as-of"), QStringLiteral("2024-03-31"),
                   QStringLiteral("--format"), QStringLiteral("csv")}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    // Code order: "=HYPERLINK(1)" sorts before "B".
    const QStringList first = csvFields(lines[1]);
    EXPECT_EQ(first[0], QStringLiteral("'=HYPERLINK(1)"));
    EXPECT_EQ(first[1], QStringLiteral("'@evil, \"quoted\""));
    EXPECT_EQ(first[kColumns.indexOf(QStringLiteral("recency_days"))], QStringLiteral("59"));
    EXPECT_EQ(first[kColumns.indexOf(QStringLiteral("monetary"))], QStringLiteral("173.45"));
    EXPECT_EQ(first[kColumns.indexOf(QStringLiteral("stage"))], QStringLiteral("active"));
    EXPECT_EQ(csvFields(lines[2])[1], QStringLiteral("'+plain"));
    EXPECT_EQ(csvFields(lines[2])[kColumns.indexOf(QStringLiteral("stage"))], QStringLiteral("new"));
}

TEST_F(SegmentCliTest, BadOptionsAreUserErrors)
{
    importSeedSummary();
    CliRun run = runCli(db({QStringLiteral("segment"), QStringLiteral("--format"), QStringLiteral("xml")}));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("xml")));
    run = runCli(db({QStringLiteral("segment"), QStringLiteral("--scheme"), QStringLiteral("nosuch")}));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("nosuch")));
    run = runCli(db({QStringLiteral("segment"), QStringLiteral("--as-of"), QStringLiteral("31/03/2024")}));
    EXPECT_EQ(run.exitCode, 1);
    run = runCli(db({QStringLiteral("snapshot"), QStringLiteral("--period"), QStringLiteral("2024Q5")}));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("2024Q5")));
}

TEST_F(SegmentCliTest, SnapshotKeepsThePeriod)
{
    importSeedSummary();
    const CliRun run =
        runCli(db({QStringLiteral("snapshot"), QStringLiteral("--period"), QStringLiteral("2024Q1"),
                   QStringLiteral("--scheme"), QStringLiteral("tob"), QStringLiteral("--model"),
                   QStringLiteral("seed4"), QStringLiteral("--json")}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(json[QStringLiteral("period")].toString(), QStringLiteral("2024Q1"));
    EXPECT_EQ(json[QStringLiteral("as_of")].toString(), QStringLiteral("2024-03-31"));
    EXPECT_EQ(json[QStringLiteral("customers")].toInt(), 3);
    EXPECT_EQ(json[QStringLiteral("tiers")][QStringLiteral("high_value")].toInt(), 1);
    EXPECT_EQ(json[QStringLiteral("tiers")][QStringLiteral("churn_risk")].toInt(), 1);
    auto database = ws.openDatabase();
    QSqlQuery q(database->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM customer_snapshot WHERE period = '2024Q1'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 3);
}

TEST_F(SegmentCliTest, ClvFitAndBacktestOnTheCdnowLog)
{
    CliRun run =
        runCli(db({QStringLiteral("import"), test::sharedDataPath(QStringLiteral("cdnow/CDNOW_master.txt")),
                   QStringLiteral("--kind"), QStringLiteral("orders")}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();

    run = runCli(db({QStringLiteral("clv"), QStringLiteral("fit"), QStringLiteral("--as-of"),
                     QStringLiteral("1997-09-30"), QStringLiteral("--json")}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonObject json = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(json[QStringLiteral("customers")].toInt(), 23570);
    EXPECT_TRUE(json[QStringLiteral("converged")].toBool());
    EXPECT_NEAR(json[QStringLiteral("r")].toDouble(), 0.2426, 0.025);

    run = runCli(db({QStringLiteral("clv"), QStringLiteral("backtest"), QStringLiteral("--cutoff"),
                     QStringLiteral("1997-09-30"), QStringLiteral("--json")}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    json = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(json[QStringLiteral("end")].toString(), QStringLiteral("1998-06-30"));
    const QJsonObject total = json[QStringLiteral("total")].toObject();
    EXPECT_EQ(total[QStringLiteral("customers")].toInt(), 23570);
    const double actual = total[QStringLiteral("actual")].toDouble();
    const double predicted = total[QStringLiteral("predicted")].toDouble();
    EXPECT_GT(actual, 0.0);
    // Measured: 16,874 predicted against 19,684 purchase days (0.86), the model under-forecasting
    // the one- and two-time repeat buyers most; within 20 % is what this test holds it to.
    EXPECT_NEAR(predicted / actual, 1.0, 0.20);
    const QJsonArray groups = json[QStringLiteral("groups")].toArray();
    ASSERT_EQ(groups.size(), 8);
    // More repeat purchases before the cut-off, more after it: predicted and actual alike.
    for (qsizetype i = 1; i < groups.size(); ++i) {
        const QJsonObject before = groups[i - 1].toObject();
        const QJsonObject after = groups[i].toObject();
        EXPECT_LT(
            before[QStringLiteral("predicted")].toDouble() / before[QStringLiteral("customers")].toDouble(),
            after[QStringLiteral("predicted")].toDouble() / after[QStringLiteral("customers")].toDouble());
        EXPECT_LT(before[QStringLiteral("actual")].toDouble() /
                      before[QStringLiteral("customers")].toDouble(),
                  after[QStringLiteral("actual")].toDouble() / after[QStringLiteral("customers")].toDouble());
    }

    run = runCli(db({QStringLiteral("clv"), QStringLiteral("backtest"), QStringLiteral("--cutoff"),
                     QStringLiteral("1998-07-01")}));
    EXPECT_EQ(run.exitCode, 1);
}
