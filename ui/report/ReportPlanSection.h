#pragma once

#include "report/ReportSection.h"

namespace clientele {

// Template 2: the execution plan's items and how far they got.
class ReportPlanSection : public ReportSection
{
public:
    ReportSectionId id() const override { return ReportSectionId::PlanStatus; }
    void render(ReportCanvas& canvas, const ReportData& data, const ReportFormat& format) const override;
};

} // namespace clientele
