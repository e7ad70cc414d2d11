#include "MainWindow.h"

namespace clientele {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Clientele"));
}

} // namespace clientele
