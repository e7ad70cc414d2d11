#include "report/ReportCanvas.h"

#include "report/ReportChartRenderer.h"

#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <memory>

namespace clientele {

namespace {

// Bands for the running header and footer, in points.
constexpr double kHeaderBand = 26;
constexpr double kFooterBand = 22;
constexpr double kCellPadding = 3.5;

const QColor kRule(0xb0, 0xb8, 0xc4);
const QColor kHeaderFill(0xe4, 0xea, 0xf2);
const QColor kShade(0xf5, 0xf7, 0xfa);
const QColor kGrey(0x5f, 0x66, 0x70);

QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::ReportCanvas", text);
}

} // namespace

ReportCanvas::ReportCanvas(QPainter* painter,
                           QPagedPaintDevice* device,
                           const QStringList& fontFamilies,
                           const ReportPageFrame& frame,
                           bool measuring)
    : m_painter(painter)
    , m_device(device)
    , m_families(fontFamilies)
    , m_frame(frame)
    , m_measuring(measuring)
    , m_dpi(device->logicalDpiY())
{
    // The painter's origin is the top-left of the printable area.
    const QRect paintRect = device->pageLayout().paintRectPixels(device->logicalDpiY());
    m_printable = QRectF(0, 0, paintRect.width(), paintRect.height());
    m_body = m_printable.adjusted(0, pt(kHeaderBand), 0, -pt(kFooterBand));
    startPage();
}

QFont ReportCanvas::font(FontRole role) const
{
    QFont f;
    f.setFamilies(m_families);
    // No hinting: the PDF keeps the widths the layout measured. No shaping: ligatures such as "fi"
    // would come out of the PDF as one unsearchable glyph (Chinese needs no shaping either).
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferNoShaping);
    switch (role) {
    case FontRole::Title:
        f.setPointSizeF(24);
        f.setBold(true);
        break;
    case FontRole::Heading:
        f.setPointSizeF(15);
        f.setBold(true);
        break;
    case FontRole::Subheading:
        f.setPointSizeF(11.5);
        f.setBold(true);
        break;
    case FontRole::Body:
        f.setPointSizeF(10);
        break;
    case FontRole::Small:
        f.setPointSizeF(8);
        break;
    case FontRole::TableHeader:
        f.setPointSizeF(8.5);
        f.setBold(true);
        break;
    case FontRole::TableBody:
        f.setPointSizeF(8.5);
        break;
    case FontRole::CardValue:
        f.setPointSizeF(17);
        f.setBold(true);
        break;
    }
    return f;
}

double ReportCanvas::textHeight(const QString& text, const QFont& font, double width, int flags) const
{
    const QFontMetricsF metrics(font, m_device);
    if (text.isEmpty())
        return metrics.height();
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), flags, text).height();
}

void ReportCanvas::startPage()
{
    ++m_page;
    m_y = m_body.top();
    if (!m_measuring)
        drawFrame();
}

void ReportCanvas::drawFrame()
{
    if (m_frame.coverFirst && m_page == 1)
        return;
    QPainter* p = m_painter;
    p->save();
    const QFont small = font(FontRole::Small);
    p->setFont(small);
    p->setPen(kGrey);
    const double band = pt(kHeaderBand) - pt(8);
    const QRectF header(m_printable.left(), m_printable.top(), m_printable.width(), band);
    p->drawText(header, Qt::AlignLeft | Qt::AlignBottom, m_frame.title);
    p->drawText(header, Qt::AlignRight | Qt::AlignBottom, m_frame.period);
    p->setPen(QPen(kRule, pt(0.6)));
    p->drawLine(QPointF(header.left(), header.bottom() + pt(3)),
                QPointF(header.right(), header.bottom() + pt(3)));

    const QRectF footer(m_printable.left(), m_printable.bottom() - pt(kFooterBand) + pt(8),
                        m_printable.width(), pt(kFooterBand) - pt(8));
    p->drawLine(QPointF(footer.left(), footer.top() - pt(3)), QPointF(footer.right(), footer.top() - pt(3)));
    p->setPen(kGrey);
    p->drawText(footer, Qt::AlignLeft | Qt::AlignTop, m_frame.footerLeft);
    p->drawText(footer, Qt::AlignHCenter | Qt::AlignTop, m_frame.footerCenter);
    const QString number = m_frame.totalPages > 0 ? tr("Page %1 of %2").arg(m_page).arg(m_frame.totalPages)
                                                  : tr("Page %1").arg(m_page);
    p->drawText(footer, Qt::AlignRight | Qt::AlignTop, number);
    p->restore();
}

void ReportCanvas::newPage()
{
    m_pendingBreak = false;
    if (!m_measuring)
        m_device->newPage();
    startPage();
}

void ReportCanvas::ensureSpace(double height)
{
    if (m_pendingBreak || (height > remaining() && !atPageTop()))
        newPage();
}

void ReportCanvas::skip(double points)
{
    if (m_pendingBreak)
        newPage();
    m_y = std::min(m_y + pt(points), m_body.bottom());
}

void ReportCanvas::block(double height, const std::function<void(const QRectF&)>& paint)
{
    ensureSpace(height);
    const QRectF rect(m_body.left(), m_y, m_body.width(), height);
    if (!m_measuring && paint) {
        m_painter->save();
        paint(rect);
        m_painter->restore();
    }
    m_y += height;
}

void ReportCanvas::title(const QString& text)
{
    const QFont f = font(FontRole::Title);
    const double h = textHeight(text, f, width());
    block(h, [&](const QRectF& r) {
        m_painter->setFont(f);
        m_painter->setPen(accentColor());
        m_painter->drawText(r, Qt::TextWordWrap, text);
    });
}

void ReportCanvas::heading(const QString& text, double keepWithPoints)
{
    const QFont f = font(FontRole::Heading);
    const double h = textHeight(text, f, width()) + pt(6);
    ensureSpace(h + pt(keepWithPoints) + pt(10));
    if (!atPageTop())
        skip(10);
    block(h, [&](const QRectF& r) {
        m_painter->setFont(f);
        m_painter->setPen(accentColor());
        m_painter->drawText(r, Qt::TextWordWrap, text);
        m_painter->setPen(QPen(accentColor(), pt(1.2)));
        m_painter->drawLine(QPointF(r.left(), r.bottom() - pt(2)), QPointF(r.right(), r.bottom() - pt(2)));
    });
    skip(6);
}

void ReportCanvas::subheading(const QString& text, double keepWithPoints)
{
    const QFont f = font(FontRole::Subheading);
    const double h = textHeight(text, f, width());
    ensureSpace(h + pt(keepWithPoints) + pt(6));
    if (!atPageTop())
        skip(6);
    block(h, [&](const QRectF& r) {
        m_painter->setFont(f);
        m_painter->setPen(Qt::black);
        m_painter->drawText(r, Qt::TextWordWrap, text);
    });
    skip(3);
}

void ReportCanvas::paragraph(const QString& text, FontRole role, const QColor& color)
{
    const QFont f = font(role);
    const double h = textHeight(text, f, width());
    block(h, [&](const QRectF& r) {
        m_painter->setFont(f);
        m_painter->setPen(color);
        m_painter->drawText(r, Qt::TextWordWrap, text);
    });
    skip(4);
}

void ReportCanvas::notice(const QString& text)
{
    const QFont f = font(FontRole::Body);
    const double pad = pt(8);
    const double h = textHeight(text, f, width() - 2 * pad) + 2 * pad;
    block(h, [&](const QRectF& r) {
        m_painter->setPen(QPen(kRule, pt(0.6)));
        m_painter->setBrush(kShade);
        m_painter->drawRect(r);
        m_painter->setFont(f);
        m_painter->setPen(kGrey);
        m_painter->drawText(r.adjusted(pad, pad, -pad, -pad), Qt::TextWordWrap, text);
    });
    skip(6);
}

double ReportCanvas::rowHeight(const ReportTable& table,
                               const QStringList& cells,
                               const QList<double>& widths,
                               bool header,
                               bool emphasised) const
{
    QFont f = font(header ? FontRole::TableHeader : FontRole::TableBody);
    f.setBold(header || emphasised);
    double tallest = 0;
    for (int c = 0; c < table.columns.size(); ++c)
        tallest = std::max(tallest, textHeight(c < cells.size() ? cells.at(c) : QString(), f,
                                               widths.at(c) - 2 * pt(kCellPadding)));
    return tallest + 2 * pt(kCellPadding);
}

void ReportCanvas::drawTableRow(const ReportTable& table,
                                const QStringList& cells,
                                const QList<double>& widths,
                                double height,
                                bool header,
                                bool emphasised,
                                bool shaded)
{
    block(height, [&](const QRectF& r) {
        if (header || shaded) {
            m_painter->setPen(Qt::NoPen);
            m_painter->setBrush(header ? kHeaderFill : kShade);
            m_painter->drawRect(r);
        }
        QFont f = font(header ? FontRole::TableHeader : FontRole::TableBody);
        f.setBold(header || emphasised);
        m_painter->setFont(f);
        double x = r.left();
        for (int c = 0; c < table.columns.size(); ++c) {
            const QRectF cell(x + pt(kCellPadding), r.top() + pt(kCellPadding),
                              widths.at(c) - 2 * pt(kCellPadding), r.height() - 2 * pt(kCellPadding));
            m_painter->setPen(Qt::black);
            m_painter->drawText(
                cell, static_cast<int>(table.columns.at(c).alignment) | Qt::AlignTop | Qt::TextWordWrap,
                c < cells.size() ? cells.at(c) : QString());
            x += widths.at(c);
        }
        m_painter->setPen(QPen(kRule, pt(header ? 0.8 : 0.4)));
        m_painter->drawLine(r.bottomLeft(), r.bottomRight());
    });
}

void ReportCanvas::table(const ReportTable& table)
{
    if (table.columns.isEmpty())
        return;
    double total = 0;
    for (const ReportTable::Column& column : table.columns)
        total += column.weight;
    QList<double> widths;
    for (const ReportTable::Column& column : table.columns)
        widths << width() * column.weight / total;

    QStringList titles;
    for (const ReportTable::Column& column : table.columns)
        titles << column.title;
    const double headerHeight = rowHeight(table, titles, widths, true, false);

    // The header goes with at least the first row.
    const double firstRow = table.rows.isEmpty() ? 0
                                                 : rowHeight(table, table.rows.first(), widths, false,
                                                             table.emphasisedRows.contains(0));
    ensureSpace(headerHeight + firstRow);
    drawTableRow(table, titles, widths, headerHeight, true, false, false);
    for (int row = 0; row < table.rows.size(); ++row) {
        const bool emphasised = table.emphasisedRows.contains(row);
        const double h = rowHeight(table, table.rows.at(row), widths, false, emphasised);
        if (h > remaining()) {
            newPage();
            drawTableRow(table, titles, widths, headerHeight, true, false, false);
        }
        drawTableRow(table, table.rows.at(row), widths, h, false, emphasised, row % 2 == 1);
    }
    skip(8);
}

void ReportCanvas::chart(double heightPoints, const std::function<QChart*()>& make)
{
    block(pt(heightPoints), [&](const QRectF& r) {
        std::unique_ptr<QChart> chart(make());
        if (chart)
            ReportChartRenderer::render(m_painter, chart.get(), r, m_dpi);
    });
    skip(6);
}

QColor ReportCanvas::seriesColor(int index)
{
    static const QColor colors[] = {
        QColor(0x1f, 0x77, 0xb4), QColor(0x2c, 0xa0, 0x2c), QColor(0xff, 0x7f, 0x0e),
        QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x17, 0xbe, 0xcf),
        QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f),
        QColor(0xbc, 0xbd, 0x22), QColor(0x39, 0x3b, 0x79)};
    constexpr int count = static_cast<int>(std::size(colors));
    return colors[((index % count) + count) % count];
}

} // namespace clientele
