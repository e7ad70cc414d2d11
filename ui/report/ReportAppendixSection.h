#pragma once

#include "report/ReportSection.h"

namespace clientele {

// The written definition (formula, population, period) of every KPI the report shows.
class ReportAppendixSection : public ReportSection
{
public:
    ReportSectionId id() const override { return ReportSectionId::KpiAppendix; }
    void render(ReportCanvas& canvas, const ReportData& data, const ReportFormat& format) const override;
};

} // namespace clientele
