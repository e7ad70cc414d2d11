#pragma once

#include <QObject>

namespace clientele {

class DatabaseSession;

// Opens the databases that macOS hands over as QFileOpenEvent (a double-click in Finder, a file
// dropped on the Dock icon); Linux and Windows pass them on the command line instead.
class FileOpenHandler : public QObject
{
    Q_OBJECT

public:
    FileOpenHandler(DatabaseSession* session, QObject* parent = nullptr);

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    DatabaseSession* m_session;
};

} // namespace clientele
