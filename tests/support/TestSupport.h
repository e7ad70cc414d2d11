#pragma once

#include "storage/Database.h"

#include <QString>
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

QString sharedDataPath(const QString& relative);
QString testDataPath(const QString& relative);

} // namespace clientele::test
