#pragma once

#include "storage/DatabaseStatistics.h"
#include "storage/StorageError.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;

namespace clientele {

class Database;
class DatabaseConnection;
struct SampleSpec;

// Owns the open database of the GUI: opening (with the first-run, damaged and newer-version flows),
// creating, saving a copy, the recent-files list, and the work that runs on worker threads with
// their own connections (statistics, daily backup, demo data). Questions and errors go through
// UserDialogs so tests can answer them.
class DatabaseSession : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRecentFiles = 8;

    explicit DatabaseSession(QObject* parent = nullptr);
    ~DatabaseSession() override;

    Database* database() const { return m_db.get(); }
    QString filePath() const;

    // Parent of the dialogs the session shows.
    void setDialogParent(QWidget* parent) { m_dialogParent = parent; }
    // Where backups go; empty = the platform's application-data folder. Tests point it at a temp dir.
    void setBackupRoot(const QString& root) { m_backupRoot = root; }
    // The database used when none is named and none was opened before; defaults to defaultDatabasePath().
    void setDefaultPath(const QString& path) { m_defaultPath = path; }
    QString defaultPath() const;
    // The demo data offered on first run.
    void setDemoSpec(const SampleSpec& spec);

    // Startup: the named file, else the last opened one, else the default path (created on first run,
    // with the offer to fill it with demo data). Returns true when a database is open.
    bool openAtStartup(const QString& explicitPath = QString());
    // Opens an existing file; errors are shown, a damaged file gets the offer to restore a backup.
    bool openFile(const QString& path);
    // Creates a new, empty database (the file must not exist yet) and opens it.
    bool createFile(const QString& path);
    // Writes a consistent copy of the open database; the open database stays the same.
    bool saveCopy(const QString& path);
    void close();

    // Fills the open database with generated demo data on a worker thread, with a progress dialog
    // whose Cancel leaves the database unchanged. demoDataFinished reports the outcome.
    void fillWithDemoData(const SampleSpec& spec);
    bool isFillingDemoData() const { return m_demoRunning; }

    // Recomputes the counts on a worker thread; statisticsReady delivers them.
    void refreshStatistics();
    bool hasStatistics() const { return m_hasStatistics; }
    DatabaseStatistics statistics() const { return m_statistics; }

    // Most recent first; files that no longer exist are dropped.
    QStringList recentFiles() const;
    void clearRecentFiles();

signals:
    // The open database changed (nullptr: none is open).
    void databaseChanged(clientele::Database* db);
    // Rows were added behind the pages' backs (demo data); pages should reload.
    void contentsChanged();
    void statisticsReady(const clientele::DatabaseStatistics& statistics);
    void demoDataFinished(bool written);
    void dailyBackupFinished(bool written);
    void recentFilesChanged();

private:
    bool openOrExplain(const QString& path, bool create, bool mayOfferRestore = true);
    bool offerRestore(const QString& path, const StorageError& error);
    bool firstRun(const QString& path);
    void adopt(std::unique_ptr<Database> db);
    void rememberRecent(const QString& path);
    void startDailyBackup();
    void waitForWorkers();
    // Runs work(connection) on the pool with a connection of its own; done(result) runs on this
    // thread unless the database changed meanwhile.
    template <typename Result>
    void runWithConnection(std::function<Result(DatabaseConnection&)> work,
                           std::function<void(Result value, const QString& error)> done);

    std::unique_ptr<Database> m_db;
    QPointer<QWidget> m_dialogParent;
    QString m_backupRoot;
    QString m_defaultPath;
    std::unique_ptr<SampleSpec> m_demoSpec;
    QList<QFuture<void>> m_workers;
    std::atomic_bool m_cancel{false};
    quint64 m_generation = 0;
    bool m_demoRunning = false;
    bool m_hasStatistics = false;
    DatabaseStatistics m_statistics;
    QPointer<QProgressDialog> m_progress;
};

} // namespace clientele
