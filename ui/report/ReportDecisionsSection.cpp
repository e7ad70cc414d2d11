#include "report/ReportDecisionsSection.h"

#include "report/ReportCanvas.h"
#include "report/ReportData.h"
#include "report/ReportFormat.h"

#include <QCoreApplication>

namespace clientele {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::ReportDecisionsSection", text);
}

} // namespace

void ReportDecisionsSection::render(ReportCanvas& canvas,
                                    const ReportData& data,
                                    const ReportFormat& format) const
{
    Q_UNUSED(format);
    canvas.heading(ReportOptions::sectionTitle(id()));
    if (data.suggestions.isEmpty() && data.findings.isEmpty() && data.decisions.isEmpty()) {
        canvas.notice(data.decisionsUnavailable);
        return;
    }
    const auto list = [&](const QString& title, const QStringList& items) {
        if (items.isEmpty())
            return;
        canvas.subheading(title);
        for (const QString& item : items)
            canvas.paragraph(QStringLiteral("• ") + item);
    };
    list(tr("Adjustment suggestions"), data.suggestions);
    list(tr("Review findings"), data.findings);
    list(tr("Decisions"), data.decisions);
}

} // namespace clientele
