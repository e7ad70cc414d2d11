// The built clientele-cli's `clv fit` on the real CDNOW summaries: exit codes, JSON and messages.
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace {

using CliRun = clientele::test::ProcessRun;

CliRun runCli(const QStringList& arguments)
{
    return clientele::test::runProcess(QStringLiteral(CLIENTELE_CLI_PATH), arguments, 60000);
}

QString cdnow(const char* file)
{
    return clientele::test::sharedDataPath(QStringLiteral("cdnow/") + QLatin1String(file));
}

} // namespace

TEST(ClvCli, BgNbdFitPrintsThePublishedEstimatesAsJson)
{
    const CliRun run = runCli({QStringLiteral("clv"), QStringLiteral("fit"), QStringLiteral("--summary"),
                               cdnow("cdnow_customers_summary.csv"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    EXPECT_EQ(json[QStringLiteral("model")].toString(), QStringLiteral("bgnbd"));
    EXPECT_NEAR(json[QStringLiteral("r")].toDouble(), 0.243, 0.0005);
    EXPECT_NEAR(json[QStringLiteral("alpha")].toDouble(), 4.414, 0.0005);
    EXPECT_NEAR(json[QStringLiteral("a")].toDouble(), 0.793, 0.0005);
    EXPECT_NEAR(json[QStringLiteral("b")].toDouble(), 2.426, 0.0005);
    EXPECT_NEAR(json[QStringLiteral("log_likelihood")].toDouble(), -9582.4, 0.05);
    EXPECT_EQ(json[QStringLiteral("customers")].toInt(), 2357);
    EXPECT_TRUE(json[QStringLiteral("converged")].toBool());
    EXPECT_GT(json[QStringLiteral("iterations")].toInt(), 0);
}

TEST(ClvCli, GammaGammaFitAndTable)
{
    const QString file = cdnow("cdnow_customers_summary_with_transactions.csv");
    const CliRun run =
        runCli({QStringLiteral("clv"), QStringLiteral("fit"), QStringLiteral("--summary"), file,
                QStringLiteral("--model"), QStringLiteral("gammagamma"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(json[QStringLiteral("model")].toString(), QStringLiteral("gammagamma"));
    EXPECT_NEAR(json[QStringLiteral("p")].toDouble(), 6.25, 0.005);
    EXPECT_NEAR(json[QStringLiteral("q")].toDouble(), 3.74, 0.005);
    EXPECT_NEAR(json[QStringLiteral("gamma")].toDouble(), 15.44, 0.01);
    EXPECT_EQ(json[QStringLiteral("customers")].toInt(), 946);
    EXPECT_TRUE(json[QStringLiteral("converged")].toBool());

    const CliRun table = runCli({QStringLiteral("clv"), QStringLiteral("fit"), QStringLiteral("--summary"),
                                 file, QStringLiteral("--model"), QStringLiteral("gammagamma")});
    ASSERT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.out.contains("6.24")) << table.out.toStdString();
    EXPECT_TRUE(table.out.contains("log-likelihood")) << table.out.toStdString();
}

TEST(ClvCli, NonConvergenceIsReportedNotHidden)
{
    const CliRun run = runCli({QStringLiteral("clv"), QStringLiteral("fit"), QStringLiteral("--summary"),
                               cdnow("cdnow_customers_summary.csv"), QStringLiteral("--max-iterations"),
                               QStringLiteral("2"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    EXPECT_FALSE(json[QStringLiteral("converged")].toBool());
    EXPECT_EQ(json[QStringLiteral("iterations")].toInt(), 2);
    EXPECT_FALSE(json[QStringLiteral("status")].toString().isEmpty());
}

TEST(ClvCli, BadFilesExitWithOneAndNameTheProblem)
{
    const clientele::test::TempWorkspace workspace;
    const QString bad = workspace.path(QStringLiteral("bad.csv"));
    QFile file(bad);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("ID,x,t_x,T\n1,2,3,10\n2,two,3,10\n");
    file.close();
    CliRun run = runCli({QStringLiteral("clv"), QStringLiteral("fit"), QStringLiteral("--summary"), bad});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(bad + QStringLiteral(", row 3, column x"))) << run.err.toStdString();

    const QString missing = workspace.path(QStringLiteral("missing.csv"));
    run = runCli({QStringLiteral("clv"), QStringLiteral("fit"), QStringLiteral("--summary"), missing});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(missing)) << run.err.toStdString();

    // The spend model needs a zbar column.
    run = runCli({QStringLiteral("clv"), QStringLiteral("fit"), QStringLiteral("--summary"),
                  cdnow("cdnow_customers_summary.csv"), QStringLiteral("--model"),
                  QStringLiteral("gammagamma")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("zbar"))) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}
