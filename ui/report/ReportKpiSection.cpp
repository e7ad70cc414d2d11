#include "report/ReportKpiSection.h"

#include "report/ReportCanvas.h"
#include "report/ReportData.h"
#include "report/ReportFormat.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace clientele {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::ReportKpiSection", text);
}

constexpr int kColumns = 3;
const QColor kBetter(0x2e, 0x7d, 0x32);
const QColor kWorse(0xc6, 0x28, 0x28);
const QColor kGrey(0x5f, 0x66, 0x70);
const QColor kBorder(0xc8, 0xd0, 0xda);

} // namespace

void ReportKpiSection::render(ReportCanvas& canvas, const ReportData& data, const ReportFormat& format) const
{
    Q_UNUSED(format);
    canvas.heading(ReportOptions::sectionTitle(id()));
    if (data.kpis.empty()) {
        canvas.notice(data.kpisUnavailable);
        return;
    }
    canvas.paragraph(tr("Each card shows the figure of %1, the figure of %2 and the change between them. "
                        "The appendix defines every figure.")
                         .arg(data.cover.periodCode, data.cover.previousPeriodCode),
                     ReportCanvas::FontRole::Small, kGrey);

    const double gap = canvas.pt(8);
    const double cardWidth = (canvas.width() - gap * (kColumns - 1)) / kColumns;
    const double pad = canvas.pt(7);
    const QFont nameFont = canvas.font(ReportCanvas::FontRole::TableHeader);
    const QFont valueFont = canvas.font(ReportCanvas::FontRole::CardValue);
    const QFont smallFont = canvas.font(ReportCanvas::FontRole::Small);
    const double inner = cardWidth - 2 * pad;

    for (size_t first = 0; first < data.kpis.size(); first += kColumns) {
        const size_t last = std::min(first + kColumns, data.kpis.size());
        // All cards of a row get the height of the tallest.
        double nameHeight = 0;
        for (size_t i = first; i < last; ++i)
            nameHeight = std::max(nameHeight, canvas.textHeight(data.kpis[i].name, nameFont, inner));
        const double valueHeight = canvas.textHeight(QStringLiteral("0"), valueFont, inner);
        const double lineHeight = canvas.textHeight(QStringLiteral("0"), smallFont, inner);
        const double height = 2 * pad + nameHeight + valueHeight + 3 * lineHeight + canvas.pt(8);
        canvas.block(height, [&](const QRectF& row) {
            QPainter* p = canvas.painter();
            for (size_t i = first; i < last; ++i) {
                const ReportKpiCard& card = data.kpis[i];
                const QRectF box(row.left() + static_cast<double>(i - first) * (cardWidth + gap), row.top(),
                                 cardWidth, row.height());
                p->setPen(QPen(kBorder, canvas.pt(0.7)));
                p->setBrush(Qt::white);
                p->drawRoundedRect(box, canvas.pt(3), canvas.pt(3));
                double y = box.top() + pad;
                const double x = box.left() + pad;
                p->setFont(nameFont);
                p->setPen(kGrey);
                p->drawText(QRectF(x, y, inner, nameHeight), Qt::TextWordWrap, card.name);
                y += nameHeight;
                p->setFont(valueFont);
                p->setPen(Qt::black);
                p->drawText(QRectF(x, y, inner, valueHeight), Qt::AlignLeft, card.value);
                y += valueHeight;
                p->setFont(smallFont);
                p->setPen(kGrey);
                p->drawText(QRectF(x, y, inner, lineHeight), Qt::AlignLeft,
                            tr("Previous: %1").arg(card.previous));
                if (!card.change.isEmpty()) {
                    p->setPen(card.trend > 0 ? kBetter : card.trend < 0 ? kWorse : kGrey);
                    p->drawText(QRectF(x, y, inner, lineHeight), Qt::AlignRight, card.change);
                }
                y += lineHeight;
                if (card.goalProgress) {
                    p->setPen(kGrey);
                    p->drawText(QRectF(x, y, inner, lineHeight), Qt::AlignLeft,
                                tr("Goal: %1").arg(card.goal));
                    y += lineHeight + canvas.pt(2);
                    const QRectF bar(x, y, inner, canvas.pt(4));
                    p->setPen(Qt::NoPen);
                    p->setBrush(QColor(0xe4, 0xea, 0xf2));
                    p->drawRect(bar);
                    const double share = std::clamp(*card.goalProgress, 0.0, 1.0);
                    p->setBrush(share >= 1.0 ? kBetter : ReportCanvas::accentColor());
                    p->drawRect(QRectF(bar.left(), bar.top(), bar.width() * share, bar.height()));
                } else {
                    p->setPen(kGrey);
                    p->drawText(QRectF(x, y, inner, lineHeight), Qt::AlignLeft, tr("No goal set"));
                }
            }
        });
        canvas.skip(8);
    }
    if (!data.kpisMissing.isEmpty())
        canvas.paragraph(
            tr("Not available for this period: %1.").arg(data.kpisMissing.join(QStringLiteral("; "))),
            ReportCanvas::FontRole::Small, kGrey);
}

} // namespace clientele
