// clientele-cli run as a separate process: version, init/stats, sample, and the exit codes.
#include "TestSupport.h"
#include "generator/SampleGenerator.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(CLIENTELE_CLI_PATH), arguments);
    EXPECT_TRUE(process.waitForFinished(60000)) << process.errorString().toStdString();
    Result r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QJsonObject stats(const QString& db)
{
    const Result r = runCli({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

TEST(CliSampleTest, VersionExitsZero)
{
    const Result r = runCli({QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("clientele-cli "))) << r.out.toStdString();
}

TEST(CliSampleTest, InitThenStatsGivesZeros)
{
    test::TempWorkspace ws;
    const QString db = ws.path(QStringLiteral("new.db"));
    const Result init = runCli({QStringLiteral("--db"), db, QStringLiteral("init")});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    const QJsonObject json = stats(db);
    for (const char* key : {"customers", "orders", "order_lines", "interactions", "surveys", "tags"}) {
        ASSERT_TRUE(json.contains(QLatin1String(key))) << key;
        EXPECT_EQ(json.value(QLatin1String(key)).toInteger(-1), 0) << key;
    }
}

TEST(CliSampleTest, SampleFillsANewDatabaseWithExactCounts)
{
    test::TempWorkspace ws;
    const QString db = ws.path(QStringLiteral("sample.db"));
    const Result r = runCli({QStringLiteral("--db"), db, QStringLiteral("sample"),
                             QStringLiteral("--customers"), QStringLiteral("200"), QStringLiteral("--orders"),
                             QStringLiteral("2000"), QStringLiteral("--seed"), QStringLiteral("7")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.count(QLatin1Char('\n')), 1) << "a one-line summary: " << r.out.toStdString();

    // The same spec generated in this process gives the number of distinct orders.
    SampleSpec spec;
    spec.customers = 200;
    spec.orderLines = 2000;
    spec.seed = 7;
    SampleGenerator generator(spec);
    SampleOrderLine row;
    while (generator.nextOrderLine(row)) {
    }

    const QJsonObject json = stats(db);
    EXPECT_EQ(json.value(QStringLiteral("customers")).toInteger(), 200);
    EXPECT_EQ(json.value(QStringLiteral("order_lines")).toInteger(), 2000);
    EXPECT_EQ(json.value(QStringLiteral("orders")).toInteger(), generator.ordersStarted());
    EXPECT_GT(json.value(QStringLiteral("interactions")).toInteger(), 0);

    // A second sample into the same database is refused: it already holds data.
    const Result again = runCli({QStringLiteral("--db"), db, QStringLiteral("sample")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_EQ(stats(db).value(QStringLiteral("order_lines")).toInteger(), 2000);
}

TEST(CliSampleTest, SampleWritesCsvAndXlsx)
{
    test::TempWorkspace ws;
    for (const char* name : {"out.csv", "out.xlsx"}) {
        const QString path = ws.path(QString::fromLatin1(name));
        const Result r =
            runCli({QStringLiteral("sample"), QStringLiteral("--customers"), QStringLiteral("20"),
                    QStringLiteral("--orders"), QStringLiteral("100"), QStringLiteral("--out"), path});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << name;
        const QByteArray head = file.read(4);
        if (path.endsWith(QLatin1String(".csv")))
            EXPECT_EQ(head, QByteArray("Invo"));
        else
            EXPECT_EQ(head, QByteArray("PK\x03\x04"));
    }
}

TEST(CliSampleTest, UnknownCommandExitsOneWithOneLine)
{
    const Result r = runCli({QStringLiteral("frobnicate")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("frobnicate")));
}

TEST(CliSampleTest, BadSampleOptionsExitOne)
{
    test::TempWorkspace ws;
    const QString db = ws.path(QStringLiteral("bad.db"));
    const QList<QStringList> bad = {
        {QStringLiteral("--customers"), QStringLiteral("-5")},
        {QStringLiteral("--orders"), QStringLiteral("many")},
        {QStringLiteral("--seed"), QStringLiteral("-1")},
        {QStringLiteral("--out"), ws.path(QStringLiteral("x.txt"))},
    };
    for (const QStringList& options : bad) {
        const Result r = runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("sample")} + options);
        EXPECT_EQ(r.exitCode, 1) << options.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(db)) << "bad options never create the database";
}

TEST(CliSampleTest, ANonDatabaseFileIsRefused)
{
    test::TempWorkspace ws;
    const QString notDb = ws.path(QStringLiteral("notes.txt"));
    QFile file(notDb);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("These are my notes, not a database.\n");
    file.close();
    for (const char* command : {"stats", "sample"}) {
        const Result r = runCli({QStringLiteral("--db"), notDb, QString::fromLatin1(command)});
        EXPECT_EQ(r.exitCode, 1) << command << ": " << r.err.toStdString();
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
    }
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("These are my notes, not a database.\n")) << "never modified";
}
