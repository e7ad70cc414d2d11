#include "report/QuarterlyReport.h"

#include "report/PdfUnicodeMapRepair.h"
#include "report/ReportAppendixSection.h"
#include "report/ReportCanvas.h"
#include "report/ReportCoverSection.h"
#include "report/ReportDecisionsSection.h"
#include "report/ReportFormat.h"
#include "report/ReportFunnelSection.h"
#include "report/ReportKpiSection.h"
#include "report/ReportLanguage.h"
#include "report/ReportMigrationSection.h"
#include "report/ReportPlanSection.h"
#include "report/ReportRiskSection.h"
#include "report/ReportTierSection.h"
#include "report/ReportTrackingSection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <stdexcept>

namespace clientele {

QuarterlyReport::QuarterlyReport(ReportData data, ReportOptions options)
    : m_data(std::move(data))
    , m_options(std::move(options))
{
}

QuarterlyReport::~QuarterlyReport() = default;

QStringList QuarterlyReport::fontFamilies(const QString& language)
{
    // Customer names mix Chinese and Latin in either language, so the CJK font is always in the list.
    const QStringList cjk = {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                             QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC")};
    if (language == QLatin1String("zh_CN"))
        return cjk;
    return QStringList{QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Arial"),
                       QStringLiteral("Helvetica")} +
           cjk;
}

std::unique_ptr<ReportSection> QuarterlyReport::createSection(ReportSectionId id)
{
    switch (id) {
    case ReportSectionId::Cover:
        return std::make_unique<ReportCoverSection>();
    case ReportSectionId::KpiSummary:
        return std::make_unique<ReportKpiSection>();
    case ReportSectionId::TierDistribution:
        return std::make_unique<ReportTierSection>();
    case ReportSectionId::TierMigration:
        return std::make_unique<ReportMigrationSection>();
    case ReportSectionId::LifecycleFunnel:
        return std::make_unique<ReportFunnelSection>();
    case ReportSectionId::Tracking:
        return std::make_unique<ReportTrackingSection>();
    case ReportSectionId::PlanStatus:
        return std::make_unique<ReportPlanSection>();
    case ReportSectionId::AtRiskCustomers:
        return std::make_unique<ReportRiskSection>();
    case ReportSectionId::Decisions:
        return std::make_unique<ReportDecisionsSection>();
    case ReportSectionId::KpiAppendix:
        return std::make_unique<ReportAppendixSection>();
    }
    return nullptr;
}

void QuarterlyReport::setUpPage(QPagedPaintDevice* device) const
{
    device->setPageLayout(QPageLayout(QPageSize(m_options.pageSize), QPageLayout::Portrait,
                                      QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter));
}

int QuarterlyReport::paint(QPagedPaintDevice* device, QPainter* painter, bool measuring, int totalPages) const
{
    const ReportFormat format(QLocale(), m_data.currencySymbol);
    ReportPageFrame frame;
    frame.title = tr("Quarterly customer review");
    frame.period = m_data.cover.periodLabel;
    frame.footerLeft =
        m_data.cover.companyName.isEmpty() ? m_data.cover.databaseName : m_data.cover.companyName;
    frame.footerCenter = tr("Generated %1").arg(format.date(m_data.cover.generatedOn));
    const QList<ReportSectionId> sections = m_options.enabledSections();
    frame.coverFirst = !sections.isEmpty() && sections.first() == ReportSectionId::Cover;
    frame.totalPages = totalPages;

    ReportCanvas canvas(painter, device, fontFamilies(m_options.language), frame, measuring);
    for (ReportSectionId id : sections) {
        // The cover ends its own page; a cover placed after other sections starts a new one.
        if (id == ReportSectionId::Cover && !canvas.atPageTop())
            canvas.breakPage();
        createSection(id)->render(canvas, m_data, format);
    }
    return canvas.pageNumber();
}

int QuarterlyReport::render(QPagedPaintDevice* device) const
{
    const ReportLanguage language(m_options.language);
    const int pages = paint(device, nullptr, true, 0);
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    paint(device, &painter, false, pages);
    painter.end();
    return pages;
}

int QuarterlyReport::writePdf(const QString& filePath) const
{
    const ReportLanguage language(m_options.language);
    const QString native = QDir::toNativeSeparators(filePath);
    {
        QFile probe(filePath);
        if (!probe.open(QIODevice::WriteOnly))
            throw std::runtime_error(
                tr("Cannot write %1: %2").arg(native, probe.errorString()).toStdString());
    }
    int pages = 0;
    {
        QPdfWriter writer(filePath);
        writer.setTitle(tr("Quarterly customer review") + QStringLiteral(" ") + m_data.cover.periodCode);
        writer.setCreator(QStringLiteral("Clientele"));
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        writer.setResolution(600);
        setUpPage(&writer);
        pages = render(&writer);
    } // the writer finishes the file when it goes
    if (pages == 0)
        throw std::runtime_error(tr("Cannot write %1").arg(native).toStdString());
    QFont font;
    font.setFamilies(fontFamilies(m_options.language));
    PdfUnicodeMapRepair(font).repairFile(filePath); // Chinese text searchable (see the class)
    return pages;
}

} // namespace clientele
