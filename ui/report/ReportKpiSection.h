#pragma once

#include "report/ReportSection.h"

namespace clientele {

// The summary cards: each KPI of the period with the previous period's value, the change and,
// where a goal is set, the progress towards it.
class ReportKpiSection : public ReportSection
{
public:
    ReportSectionId id() const override { return ReportSectionId::KpiSummary; }
    void render(ReportCanvas& canvas, const ReportData& data, const ReportFormat& format) const override;
};

} // namespace clientele
