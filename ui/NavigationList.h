#pragma once

#include <QListWidget>

namespace clientele {

// The list of pages on the left of the main window: one row per page, as wide as its longest entry.
class NavigationList : public QListWidget
{
    Q_OBJECT

public:
    explicit NavigationList(QWidget* parent = nullptr);

    void addPage(const QString& text, const QIcon& icon = QIcon());
    QSize sizeHint() const override;
};

} // namespace clientele
