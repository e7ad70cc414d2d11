// clientele-cli report, run as a separate process with no display.
#include "ReportPdfTools.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

using namespace clientele;
using namespace clientele::test;

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
    // No display and no platform chosen: the command must pick the offscreen platform itself.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CLIENTELE_CLI_PATH), arguments);
    EXPECT_TRUE(process.waitForFinished(180000)) << process.errorString().toStdString();
    Result r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

} // namespace

TEST(ReportCliTest, WritesTheReportOfAQuarterWithoutADisplay)
{
    TempWorkspace ws;
    const QString db = ws.path(QStringLiteral("sample.db"));
    const Result sample =
        runCli({QStringLiteral("--db"), db, QStringLiteral("sample"), QStringLiteral("--customers"),
                QStringLiteral("500"), QStringLiteral("--orders"), QStringLiteral("6000"),
                QStringLiteral("--seed"), QStringLiteral("3")});
    ASSERT_EQ(sample.exitCode, 0) << sample.err.toStdString();

    // The sample's orders end on 2024-07-01 for seed 3 (2025-06-30 less 3 days less the span):
    // ask for a quarter inside it.
    const QString out = ws.path(QStringLiteral("review.pdf"));
    const Result report =
        runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--period"),
                QStringLiteral("2025Q1"), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                QStringLiteral("--page"), QStringLiteral("letter"), QStringLiteral("--out"), out});
    ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
    EXPECT_TRUE(report.out.contains(QStringLiteral("2025Q1"))) << report.out.toStdString();
    ASSERT_TRUE(QFileInfo::exists(out));
    EXPECT_TRUE(pdfInfo(out, QStringLiteral("Page size")).endsWith(QStringLiteral("(letter)")));
    EXPECT_GE(pdfInfo(out, QStringLiteral("Pages")).toInt(), 3);
    const QString text = squeezed(pdfText(out));
    EXPECT_TRUE(text.contains(squeezed(QStringLiteral("2025Q1"))));
    EXPECT_TRUE(text.contains(QStringLiteral("客户"))) << "no Chinese text";
    for (const PdfFont& font : pdfFonts(out))
        EXPECT_TRUE(font.embedded) << font.name.toStdString();
}

TEST(ReportCliTest, BadOptionsAreUserErrors)
{
    TempWorkspace ws;
    const QString db = ws.path(QStringLiteral("empty.db"));
    ASSERT_EQ(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
    const QString out = ws.path(QStringLiteral("x.pdf"));
    const Result lang =
        runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--lang"),
                QStringLiteral("fr"), QStringLiteral("--out"), out});
    EXPECT_EQ(lang.exitCode, 1);
    EXPECT_TRUE(lang.err.contains(QStringLiteral("fr"))) << lang.err.toStdString();
    const Result period =
        runCli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("--period"),
                QStringLiteral("2011Q9"), QStringLiteral("--out"), out});
    EXPECT_EQ(period.exitCode, 1);
    EXPECT_TRUE(period.err.contains(QStringLiteral("2011Q9"))) << period.err.toStdString();
    const Result noOut = runCli({QStringLiteral("--db"), db, QStringLiteral("report")});
    EXPECT_EQ(noOut.exitCode, 1);
    EXPECT_TRUE(noOut.err.contains(QStringLiteral("--out"))) << noOut.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
}
