#include "charts/ChartExport.h"

#include "UserDialogs.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>

namespace clientele {

QImage ChartExport::image(QWidget* widget)
{
    const qreal ratio = widget->devicePixelRatioF();
    QImage image(widget->size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(widget->palette().color(QPalette::Window));
    QPainter painter(&image);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    return image;
}

void ChartExport::copyToClipboard(QWidget* widget)
{
    QApplication::clipboard()->setImage(image(widget));
}

bool ChartExport::save(QWidget* widget, const QString& filePath, QString* errorMessage)
{
    if (QFileInfo(filePath).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0)
        return saveSvg(widget, filePath, widget->windowTitle(), errorMessage);
    return savePng(widget, filePath, errorMessage);
}

bool ChartExport::savePng(QWidget* widget, const QString& filePath, QString* errorMessage)
{
    if (image(widget).save(filePath, "PNG"))
        return true;
    if (errorMessage)
        *errorMessage = tr("Cannot write the image %1.").arg(QDir::toNativeSeparators(filePath));
    return false;
}

bool ChartExport::saveSvg(QWidget* widget,
                          const QString& filePath,
                          const QString& title,
                          QString* errorMessage)
{
    QSvgGenerator generator;
    generator.setFileName(filePath);
    generator.setSize(widget->size());
    generator.setViewBox(QRect(QPoint(), widget->size()));
    generator.setTitle(title);
    generator.setDescription(tr("A chart from Clientele"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (errorMessage)
            *errorMessage = tr("Cannot write the image %1.").arg(QDir::toNativeSeparators(filePath));
        return false;
    }
    painter.fillRect(QRect(QPoint(), widget->size()), widget->palette().color(QPalette::Window));
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    // QSvgGenerator reports no write errors of its own: check that the file is there.
    if (QFileInfo(filePath).size() > 0)
        return true;
    if (errorMessage)
        *errorMessage = tr("Cannot write the image %1.").arg(QDir::toNativeSeparators(filePath));
    return false;
}

void ChartExport::saveWithDialog(QWidget* widget, const QString& title)
{
    QString path = UserDialogs::current().saveFileName(widget, tr("Save chart"),
                                                       tr("PNG image (*.png);;SVG image (*.svg)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    QString error;
    const bool ok = QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0
                        ? saveSvg(widget, path, title, &error)
                        : savePng(widget, path, &error);
    if (!ok)
        UserDialogs::current().showError(widget, tr("Save chart"), error);
}

void ChartExport::installContextMenu(QWidget* widget)
{
    widget->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(widget, &QWidget::customContextMenuRequested, widget, [widget](const QPoint& at) {
        QMenu menu(widget);
        menu.addAction(tr("Copy"), widget, [widget] { copyToClipboard(widget); });
        menu.addAction(tr("Save as PNG/SVG…"), widget,
                       [widget] { saveWithDialog(widget, widget->windowTitle()); });
        menu.exec(widget->mapToGlobal(at));
    });
}

} // namespace clientele
