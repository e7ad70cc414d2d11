#pragma once

#include "report/ReportSection.h"

namespace clientele {

// The customers most at risk of leaving, with the reasons and a suggested action each.
class ReportRiskSection : public ReportSection
{
public:
    ReportSectionId id() const override { return ReportSectionId::AtRiskCustomers; }
    void render(ReportCanvas& canvas, const ReportData& data, const ReportFormat& format) const override;
};

} // namespace clientele
