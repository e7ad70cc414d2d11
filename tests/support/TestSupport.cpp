#include "TestSupport.h"

#include <QProcess>

#include <gtest/gtest.h>

namespace clientele::test {

TempWorkspace::TempWorkspace() = default;

std::unique_ptr<Database> TempWorkspace::openDatabase() const
{
    return Database::open(databasePath(), {Database::IfMissing::Create, backupRoot()});
}

ProcessRun runProcess(const QString& program, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    EXPECT_TRUE(finished) << program.toStdString() << ": " << process.errorString().toStdString();
    ProcessRun run;
    run.exitCode = finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString sharedDataPath(const QString& relative)
{
    return QStringLiteral(CLIENTELE_SHARED_DATA_DIR "/") + relative;
}

QString testDataPath(const QString& relative)
{
    return QStringLiteral(CLIENTELE_TEST_DATA_DIR "/") + relative;
}

} // namespace clientele::test
