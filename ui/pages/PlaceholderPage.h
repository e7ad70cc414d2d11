#pragma once

#include <QWidget>

namespace clientele {

// Stands in for a page that is not built yet: says plainly what it will hold.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& description, QWidget* parent = nullptr);
};

} // namespace clientele
