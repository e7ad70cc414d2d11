#include "NavigationList.h"

#include <QFontMetrics>

namespace clientele {

NavigationList::NavigationList(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigationList"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(true);
    setSpacing(2);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    QFont bigger = font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.1);
    setFont(bigger);
}

void NavigationList::addPage(const QString& text, const QIcon& icon)
{
    auto* item = new QListWidgetItem(icon, text, this);
    item->setSizeHint(QSize(0, fontMetrics().height() * 2));
    updateGeometry();
}

QSize NavigationList::sizeHint() const
{
    int widest = 0;
    for (int row = 0; row < count(); ++row)
        widest = std::max(widest, fontMetrics().horizontalAdvance(item(row)->text()));
    // Room for the icon, the item padding and the frame; never narrower than a comfortable minimum.
    const int width = std::max(widest + iconSize().width() + 48, fontMetrics().averageCharWidth() * 18);
    return {width, QListWidget::sizeHint().height()};
}

} // namespace clientele
