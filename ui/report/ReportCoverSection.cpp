#include "report/ReportCoverSection.h"

#include "report/ReportCanvas.h"
#include "report/ReportData.h"
#include "report/ReportFormat.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>

namespace clientele {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::ReportCoverSection", text);
}

} // namespace

void ReportCoverSection::render(ReportCanvas& canvas,
                                const ReportData& data,
                                const ReportFormat& format) const
{
    const ReportCover& cover = data.cover;
    canvas.skip(90);
    const QImage logo = cover.logoPath.isEmpty() ? QImage::fromData(cover.logoData) : QImage(cover.logoPath);
    if (!logo.isNull()) {
        const double height = canvas.pt(60);
        const double width = std::min(canvas.width(), height * logo.width() / logo.height());
        canvas.block(height, [&](const QRectF& r) {
            canvas.painter()->drawImage(QRectF(r.left(), r.top(), width, height), logo);
        });
        canvas.skip(18);
    }
    if (!cover.companyName.isEmpty()) {
        canvas.paragraph(cover.companyName, ReportCanvas::FontRole::Subheading, ReportCanvas::accentColor());
        canvas.skip(6);
    }
    canvas.title(tr("Quarterly customer review"));
    canvas.skip(8);
    canvas.paragraph(cover.periodLabel, ReportCanvas::FontRole::Heading, Qt::black);
    if (!cover.previousPeriodCode.isEmpty())
        canvas.paragraph(tr("Compared with %1").arg(cover.previousPeriodCode), ReportCanvas::FontRole::Body,
                         QColor(0x5f, 0x66, 0x70));
    canvas.skip(36);
    canvas.block(canvas.pt(2), [&](const QRectF& r) {
        canvas.painter()->fillRect(QRectF(r.left(), r.top(), r.width() / 3, r.height()),
                                   ReportCanvas::accentColor());
    });
    canvas.skip(16);
    const auto line = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            canvas.paragraph(label + QStringLiteral("  ") + value);
    };
    line(tr("Prepared by:"), cover.author);
    line(tr("Date:"), format.date(cover.generatedOn));
    line(tr("Database:"), cover.databaseName);
    canvas.breakPage();
}

} // namespace clientele
