#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ClienteleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ClienteleTests"));
    QStandardPaths::setTestModeEnabled(true); // never touch the user's real data folders
    // QSettings ignores the test mode: give each test process settings of its own, so tests that run in
    // parallel (ctest -j) never read or clear each other's recent files, layouts or language.
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    return RUN_ALL_TESTS();
}
