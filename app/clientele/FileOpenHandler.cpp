#include "FileOpenHandler.h"

#include "DatabaseSession.h"

#include <QFileOpenEvent>

namespace clientele {

FileOpenHandler::FileOpenHandler(DatabaseSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

bool FileOpenHandler::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FileOpen) {
        const QString path = static_cast<QFileOpenEvent*>(event)->file();
        if (!path.isEmpty()) {
            m_session->openFile(path);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace clientele
