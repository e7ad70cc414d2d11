#pragma once

#include "report/ReportData.h"
#include "report/ReportOptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace clientele {

class ReportSection;

// The quarterly review (季度复盘) as a printed document: the chosen sections, in the chosen order,
// painted with QPainter onto a PDF writer or a printer, in the report's own language. Text stays
// text and charts stay vectors, so the PDF is searchable and sharp at any zoom.
class QuarterlyReport
{
    Q_DECLARE_TR_FUNCTIONS(QuarterlyReport)

public:
    QuarterlyReport(ReportData data, ReportOptions options);
    ~QuarterlyReport();

    const ReportData& data() const { return m_data; }
    const ReportOptions& options() const { return m_options; }

    // The options' paper (A4 or US Letter), portrait, with the report's margins.
    void setUpPage(QPagedPaintDevice* device) const;
    // Paints every chosen section on `device` with the device's current page layout; returns the
    // number of pages. False page count (0) when painting could not start.
    int render(QPagedPaintDevice* device) const;
    // Writes the report to a PDF file; returns the page count, throws std::runtime_error with a
    // message naming the file when it cannot be written.
    int writePdf(const QString& filePath) const;

    // Fonts by language: a CJK font that the PDF embeds, behind a Latin one for English.
    static QStringList fontFamilies(const QString& language);
    static std::unique_ptr<ReportSection> createSection(ReportSectionId id);

private:
    int paint(QPagedPaintDevice* device, QPainter* painter, bool measuring, int totalPages) const;

    ReportData m_data;
    ReportOptions m_options;
};

} // namespace clientele
