#pragma once

#include <QMainWindow>

namespace clientele {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace clientele
