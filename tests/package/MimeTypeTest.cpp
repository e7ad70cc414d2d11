// The shared-mime-info definition the package installs (packaging/linux/clientele-mime.xml) makes
// desktops recognise Clientele databases: by their SQLite application id whatever their name, and
// by the .clientele extension. Qt reads the same compiled MIME database, so QMimeDatabase checks
// the definition here.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace clientele;

namespace {

const QString kDatabaseType = QStringLiteral("application/x-clientele-database");

class MimeTypeTest : public ::testing::Test
{
protected:
    // Before the first QMimeDatabase: a data folder holding freedesktop.org's definitions (which know
    // SQLite) and ours, compiled by update-mime-database as the package's dpkg trigger does, and
    // nothing else (so neither the system's nor Qt's built-in copy decides).
    static void SetUpTestSuite()
    {
        s_dataDir = new QTemporaryDir;
        const QString mimeDir = s_dataDir->filePath(QStringLiteral("mime"));
        ASSERT_TRUE(QDir().mkpath(mimeDir + QStringLiteral("/packages")));
        ASSERT_TRUE(QFile::copy(QStringLiteral(CLIENTELE_FREEDESKTOP_MIME_XML),
                                mimeDir + QStringLiteral("/packages/freedesktop.org.xml")));
        ASSERT_TRUE(QFile::copy(QStringLiteral(CLIENTELE_MIME_XML),
                                mimeDir + QStringLiteral("/packages/clientele.xml")));
        QProcess update;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PKGSYSTEM_ENABLE_FSYNC"), QStringLiteral("0")); // a scratch copy
        update.setProcessEnvironment(environment);
        update.start(QStringLiteral(CLIENTELE_UPDATE_MIME_DATABASE), {mimeDir});
        ASSERT_TRUE(update.waitForFinished(60000));
        ASSERT_EQ(update.exitCode(), 0) << update.readAllStandardError().toStdString();
        ASSERT_TRUE(QFile::exists(mimeDir + QStringLiteral("/mime.cache")));
        qputenv("XDG_DATA_HOME", s_dataDir->filePath(QStringLiteral("home")).toUtf8());
        qputenv("XDG_DATA_DIRS", s_dataDir->path().toUtf8());
    }

    static void TearDownTestSuite()
    {
        delete s_dataDir;
        s_dataDir = nullptr;
    }

    static QTemporaryDir* s_dataDir;
    test::TempWorkspace workspace;
};

QTemporaryDir* MimeTypeTest::s_dataDir = nullptr;

// A plain SQLite database that is not ours (no application id).
void writeForeignSqlite(const QString& path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

} // namespace

TEST_F(MimeTypeTest, ClienteleDatabaseIsRecognisedByContentWhateverItsName)
{
    const QString path = workspace.path(QStringLiteral("customers.db"));
    Database::open(path, {Database::IfMissing::Create, workspace.backupRoot()}).reset();

    const QMimeType type = QMimeDatabase().mimeTypeForFile(path);
    EXPECT_EQ(type.name().toStdString(), kDatabaseType.toStdString());
    EXPECT_TRUE(type.inherits(QStringLiteral("application/vnd.sqlite3")));
}

TEST_F(MimeTypeTest, ClienteleExtensionIsRecognisedByName)
{
    const QMimeType type = QMimeDatabase().mimeTypeForFile(QStringLiteral("never-written.clientele"),
                                                           QMimeDatabase::MatchExtension);
    EXPECT_EQ(type.name().toStdString(), kDatabaseType.toStdString());
}

TEST_F(MimeTypeTest, OtherSqliteDatabasesAreNotClaimed)
{
    const QString path = workspace.path(QStringLiteral("other.db"));
    writeForeignSqlite(path);

    const QMimeType type = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent);
    EXPECT_EQ(type.name().toStdString(), "application/vnd.sqlite3");
}
