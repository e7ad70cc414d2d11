#include "DatabaseSession.h"

#include "UserDialogs.h"
#include "generator/SampleDatabaseWriter.h"
#include "storage/BackupManager.h"
#include "storage/Database.h"
#include "storage/DatabaseConnection.h"
#include "storage/DefaultLocation.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QProgressDialog>
#include <QScopeGuard>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace clientele {

namespace {

const QString kRecentFilesKey = QStringLiteral("recentFiles");

// Shared between the demo-data worker and the progress dialog on the UI thread.
struct DemoState
{
    std::atomic<std::int64_t> done{0};
    std::atomic<std::int64_t> total{0};
    std::atomic_bool cancel{false};
};

QString displayName(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

DatabaseSession::DatabaseSession(QObject* parent)
    : QObject(parent)
    , m_demoSpec(std::make_unique<SampleSpec>())
{
}

DatabaseSession::~DatabaseSession()
{
    waitForWorkers();
}

QString DatabaseSession::filePath() const
{
    return m_db ? m_db->filePath() : QString();
}

QString DatabaseSession::defaultPath() const
{
    return m_defaultPath.isEmpty() ? defaultDatabasePath() : m_defaultPath;
}

void DatabaseSession::setDemoSpec(const SampleSpec& spec)
{
    *m_demoSpec = spec;
}

bool DatabaseSession::openAtStartup(const QString& explicitPath)
{
    if (!explicitPath.isEmpty())
        return QFileInfo::exists(explicitPath) ? openFile(explicitPath) : firstRun(explicitPath);
    const QStringList recent = recentFiles();
    if (!recent.isEmpty() && openFile(recent.first()))
        return true;
    const QString path = defaultPath();
    return QFileInfo::exists(path) ? openFile(path) : firstRun(path);
}

bool DatabaseSession::firstRun(const QString& path)
{
    if (!openOrExplain(path, true))
        return false;
    if (UserDialogs::current().askYesNo(
            m_dialogParent, tr("New database"),
            tr("Clientele created a new, empty database:\n%1\n\nFill it with demo data?")
                .arg(displayName(path)),
            true))
        fillWithDemoData(*m_demoSpec);
    return true;
}

bool DatabaseSession::openFile(const QString& path)
{
    return openOrExplain(path, false);
}

bool DatabaseSession::createFile(const QString& path)
{
    if (QFileInfo::exists(path)) {
        UserDialogs::current().showError(
            m_dialogParent, tr("New database"),
            tr("%1 already exists. Choose a new file name, or use Open to open it.").arg(displayName(path)));
        return false;
    }
    return openOrExplain(path, true);
}

bool DatabaseSession::openOrExplain(const QString& path, bool create, bool mayOfferRestore)
{
    // The same file must not stay open twice (a restore replaces it).
    if (m_db && QFileInfo(path).absoluteFilePath() == m_db->filePath())
        close();
    try {
        // The integrity check of a file not closed cleanly and a schema upgrade run here: seconds
        // for a large file (a 1M-line file's upgrade to schema 7 rebuilds its order lines). The cursor
        // comes back however the open ends.
        std::unique_ptr<Database> opened;
        {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            const auto restoreCursor = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
            opened = Database::open(
                path, {create ? Database::IfMissing::Create : Database::IfMissing::Fail, m_backupRoot});
        }
        adopt(std::move(opened));
        return true;
    } catch (const StorageError& error) {
        if (error.kind() == StorageError::Kind::Damaged && mayOfferRestore)
            return offerRestore(path, error);
        UserDialogs::current().showError(m_dialogParent, tr("Cannot open database"),
                                         tr("Clientele cannot open %1.").arg(displayName(path)) +
                                             QStringLiteral("\n\n") + error.message());
        return false;
    }
}

bool DatabaseSession::offerRestore(const QString& path, const StorageError& error)
{
    const QString intro = tr("Clientele cannot open %1.").arg(displayName(path)) + QStringLiteral("\n\n") +
                          error.message() + QStringLiteral("\n\n");
    // The newest backup that still reads as a database of ours.
    const QList<BackupInfo> backups = BackupManager(path, m_backupRoot).backups();
    const BackupInfo* good = nullptr;
    for (const BackupInfo& backup : backups) {
        if (Database::storedSchemaVersion(backup.filePath) > 0) {
            good = &backup;
            break;
        }
    }
    UserDialogs& ui = UserDialogs::current();
    if (!good) {
        ui.showError(m_dialogParent, tr("Database damaged"),
                     intro + tr("There is no backup to restore it from."));
        return false;
    }
    const QString when = QLocale().toString(good->createdAt.toLocalTime(), QLocale::LongFormat);
    if (!ui.askYesNo(
            m_dialogParent, tr("Database damaged"),
            intro + tr("Restore the newest backup, from %1? The damaged file is kept beside it.").arg(when),
            true))
        return false;
    try {
        const QString keptAs = BackupManager::restore(*good, path);
        qInfo("Clientele: restored %s from %s; the damaged file is kept as %s", qPrintable(path),
              qPrintable(good->filePath), qPrintable(keptAs));
    } catch (const StorageError& restoreError) {
        ui.showError(m_dialogParent, tr("Database damaged"),
                     tr("The backup could not be restored.") + QStringLiteral("\n\n") +
                         restoreError.message());
        return false;
    }
    return openOrExplain(path, false, false);
}

void DatabaseSession::adopt(std::unique_ptr<Database> db)
{
    close();
    m_db = std::move(db);
    rememberRecent(m_db->filePath());
    emit databaseChanged(m_db.get());
    refreshStatistics();
    // A brand-new file has nothing worth a backup yet.
    if (!m_db->wasCreated())
        startDailyBackup();
}

void DatabaseSession::close()
{
    waitForWorkers();
    ++m_generation;
    m_demoRunning = false;
    delete m_progress;
    m_hasStatistics = false;
    m_statistics = {};
    if (m_db) {
        m_db.reset();
        emit databaseChanged(nullptr);
    }
}

bool DatabaseSession::saveCopy(const QString& path)
{
    if (!m_db)
        return false;
    try {
        // VACUUM INTO on the opening connection: brief for typical files, the UI shows a wait cursor.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_db->saveCopy(path);
        QApplication::restoreOverrideCursor();
        return true;
    } catch (const StorageError& error) {
        QApplication::restoreOverrideCursor();
        UserDialogs::current().showError(m_dialogParent, tr("Save a copy"),
                                         tr("Clientele cannot save a copy to %1.").arg(displayName(path)) +
                                             QStringLiteral("\n\n") + error.message());
        return false;
    }
}

void DatabaseSession::fillWithDemoData(const SampleSpec& spec)
{
    if (!m_db || m_demoRunning)
        return;
    m_demoRunning = true;
    auto state = std::make_shared<DemoState>();

    auto* dialog = new QProgressDialog(tr("Writing demo data…"), tr("Cancel"), 0, 100, m_dialogParent);
    dialog->setWindowTitle(tr("Demo data"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(300);
    connect(dialog, &QProgressDialog::canceled, this, [state] { state->cancel = true; });
    // The worker only touches atomics; the dialog follows them from this thread.
    auto* poll = new QTimer(dialog);
    connect(poll, &QTimer::timeout, dialog, [dialog, state] {
        if (dialog->wasCanceled())
            state->cancel = true;
        const std::int64_t total = state->total;
        if (total > 0)
            dialog->setValue(static_cast<int>(state->done * 100 / total));
    });
    poll->start(100);
    m_progress = dialog;

    runWithConnection<bool>(
        [this, spec, state](DatabaseConnection& connection) {
            return writeSampleDatabase(connection.handle(), connection.dialect(), spec,
                                       [this, state](std::int64_t done, std::int64_t total) {
                                           state->done = done;
                                           state->total = total;
                                           return !state->cancel && !m_cancel;
                                       });
        },
        [this](bool written, const QString& error) {
            m_demoRunning = false;
            delete m_progress;
            if (!error.isEmpty())
                UserDialogs::current().showError(m_dialogParent, tr("Demo data"),
                                                 tr("The demo data could not be written.") +
                                                     QStringLiteral("\n\n") + error);
            if (written) {
                emit contentsChanged();
                refreshStatistics();
            }
            emit demoDataFinished(written);
        });
}

void DatabaseSession::refreshStatistics()
{
    if (!m_db)
        return;
    runWithConnection<DatabaseStatistics>(
        [](DatabaseConnection& connection) { return DatabaseStatistics::collect(connection.handle()); },
        [this](const DatabaseStatistics& statistics, const QString& error) {
            if (!error.isEmpty()) {
                qWarning("Clientele: cannot count the database: %s", qPrintable(error));
                return;
            }
            m_statistics = statistics;
            m_hasStatistics = true;
            emit statisticsReady(statistics);
        });
}

void DatabaseSession::startDailyBackup()
{
    BackupManager backups = m_db->backupManager();
    runWithConnection<bool>(
        [backups](DatabaseConnection& connection) mutable {
            return backups.ensureDailyBackup(connection.handle(), connection.dialect());
        },
        [this](bool written, const QString& error) {
            if (!error.isEmpty())
                qWarning("Clientele: the daily backup failed: %s", qPrintable(error));
            emit dailyBackupFinished(written);
        });
}

template <typename Result>
void DatabaseSession::runWithConnection(std::function<Result(DatabaseConnection&)> work,
                                        std::function<void(Result value, const QString& error)> done)
{
    struct Outcome
    {
        Result value{};
        QString error;
    };
    const Database* db = m_db.get();
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, done] {
        watcher->deleteLater();
        // A result for a database that is no longer open is dropped.
        if (generation != m_generation)
            return;
        const Outcome outcome = watcher->result();
        done(outcome.value, outcome.error);
    });
    // The connection is made, used and destroyed on the worker thread.
    QFuture<Outcome> future = QtConcurrent::run([db, work] {
        Outcome outcome;
        try {
            const std::unique_ptr<DatabaseConnection> connection = db->openThreadConnection();
            outcome.value = work(*connection);
        } catch (const StorageError& error) {
            outcome.error = error.message();
        } catch (const std::exception& error) {
            outcome.error = QString::fromLocal8Bit(error.what());
        }
        return outcome;
    });
    watcher->setFuture(future);
    m_workers.removeIf([](const QFuture<void>& f) { return f.isFinished(); });
    m_workers.append(QFuture<void>(future));
}

void DatabaseSession::waitForWorkers()
{
    // Workers use the open Database; it may only go once they are done. Long ones watch m_cancel.
    m_cancel = true;
    for (QFuture<void>& worker : m_workers)
        worker.waitForFinished();
    m_workers.clear();
    m_cancel = false;
}

QStringList DatabaseSession::recentFiles() const
{
    QStringList files = QSettings().value(kRecentFilesKey).toStringList();
    files.removeIf([](const QString& f) { return !QFileInfo::exists(f); });
    return files;
}

void DatabaseSession::rememberRecent(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentFilesKey, files);
    emit recentFilesChanged();
}

void DatabaseSession::clearRecentFiles()
{
    QSettings().remove(kRecentFilesKey);
    emit recentFilesChanged();
}

} // namespace clientele
