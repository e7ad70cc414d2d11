#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>

class QWidget;

namespace clientele {

// Copy and save for any chart widget (a QChartView or a custom-painted one): as an image to the
// clipboard, as PNG, or as SVG (vector, through QSvgGenerator). installContextMenu() gives a widget
// the "Copy" and "Save as PNG/SVG…" context menu; the file name comes from UserDialogs, so tests
// can answer it.
class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)

public:
    // The widget as it is drawn, at the screen's device pixel ratio.
    static QImage image(QWidget* widget);
    static void copyToClipboard(QWidget* widget);
    // The format follows the suffix: ".svg" is SVG, anything else PNG. False with a message on failure.
    static bool save(QWidget* widget, const QString& filePath, QString* errorMessage = nullptr);
    static bool savePng(QWidget* widget, const QString& filePath, QString* errorMessage = nullptr);
    static bool
    saveSvg(QWidget* widget, const QString& filePath, const QString& title, QString* errorMessage = nullptr);
    // Asks for a file name and saves; errors are shown through UserDialogs.
    static void saveWithDialog(QWidget* widget, const QString& title);
    // Right-click menu with Copy and Save as PNG/SVG…; the widget's windowTitle() names the SVG.
    static void installContextMenu(QWidget* widget);
};

} // namespace clientele
