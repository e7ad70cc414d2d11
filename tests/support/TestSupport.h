#pragma once

#include "storage/Database.h"

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace clientele::test {

// A fresh temporary folder per test, with a database path and a backup root inside it.
class TempWorkspace
{
public:
    TempWorkspace();
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString databasePath() const { return path(QStringLiteral("test.db")); }
    QString backupRoot() const { return path(QStringLiteral("backups")); }
    // Creates (or opens) the workspace's database with backups kept inside the workspace.
    std::unique_ptr<Database> openDatabase() const;

private:
    QTemporaryDir m_dir;
};

// A program run to its end: its exit code (-1 when it crashed or did not finish), its output and its
// messages.
struct ProcessRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// Runs program (the built clientele-cli, say) and waits for it; a run that does not finish within
// timeoutMs fails the test.
ProcessRun runProcess(const QString& program, const QStringList& arguments, int timeoutMs = 120000);

QString sharedDataPath(const QString& relative);
QString testDataPath(const QString& relative);

} // namespace clientele::test
