#pragma once

#include "report/ReportTable.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QChart;
class QPagedPaintDevice;
class QPainter;

namespace clientele {

// What every page carries besides its body: the running header and the footer.
struct ReportPageFrame
{
    QString title;      // header, left
    QString period;     // header, right
    QString footerLeft; // company or database
    QString footerCenter;
    bool coverFirst = false; // the first page is the cover: no header or footer on it
    int totalPages = 0;      // known after the measuring pass; 0 prints "Page n"
};

// The page flow of the report. Sections ask for blocks of a height; the canvas starts a new page
// when a block does not fit, draws the running header and footer, and breaks tables with their
// header row repeated. It runs twice: a measuring pass that paints nothing and counts the pages,
// then the painting pass. Units are device pixels; pt() converts from points.
class ReportCanvas
{
public:
    enum class FontRole
    {
        Title,
        Heading,
        Subheading,
        Body,
        Small,
        TableHeader,
        TableBody,
        CardValue,
    };

    ReportCanvas(QPainter* painter,
                 QPagedPaintDevice* device,
                 const QStringList& fontFamilies,
                 const ReportPageFrame& frame,
                 bool measuring);

    bool measuring() const { return m_measuring; }
    QPainter* painter() const { return m_painter; }
    double pt(double points) const { return points * m_dpi / 72.0; }
    double dpi() const { return m_dpi; }
    int pageNumber() const { return m_page; }

    QFont font(FontRole role) const;
    QStringList fontFamilies() const { return m_families; }
    double
    textHeight(const QString& text, const QFont& font, double width, int flags = Qt::TextWordWrap) const;

    double left() const { return m_body.left(); }
    double width() const { return m_body.width(); }
    double y() const { return m_y; }
    double remaining() const { return m_body.bottom() - m_y; }
    double bodyHeight() const { return m_body.height(); }
    bool atPageTop() const { return m_y <= m_body.top() + 0.5; }

    void newPage();
    // The next block starts on a new page (no empty page is left when nothing follows).
    void breakPage() { m_pendingBreak = true; }
    // Starts a new page unless `height` still fits (or the page is empty anyway).
    void ensureSpace(double height);
    void skip(double points);
    // Reserves a block of `height` at the current position (on a new page if it does not fit) and
    // paints it unless measuring.
    void block(double height, const std::function<void(const QRectF&)>& paint);

    void title(const QString& text);
    // A section heading kept together with the first `keepWith` points of what follows.
    void heading(const QString& text, double keepWithPoints = 120);
    void subheading(const QString& text, double keepWithPoints = 80);
    void paragraph(const QString& text, FontRole role = FontRole::Body, const QColor& color = Qt::black);
    // A grey note in a box: what a section cannot show and why.
    void notice(const QString& text);
    void table(const ReportTable& table);
    // A chart built only when painting (the measuring pass just reserves the space).
    void chart(double heightPoints, const std::function<QChart*()>& make);

    static QColor seriesColor(int index);
    static QColor accentColor() { return QColor(0x1f, 0x4e, 0x79); }

private:
    void startPage();
    void drawFrame();
    void drawTableRow(const ReportTable& table,
                      const QStringList& cells,
                      const QList<double>& widths,
                      double height,
                      bool header,
                      bool emphasised,
                      bool shaded);
    double rowHeight(const ReportTable& table,
                     const QStringList& cells,
                     const QList<double>& widths,
                     bool header,
                     bool emphasised) const;

    QPainter* m_painter;
    QPagedPaintDevice* m_device;
    QStringList m_families;
    ReportPageFrame m_frame;
    bool m_measuring;
    double m_dpi;
    QRectF m_printable; // the printable area (inside the margins)
    QRectF m_body;      // the page minus header and footer bands
    double m_y = 0;
    int m_page = 0;
    bool m_pendingBreak = false;
};

} // namespace clientele
