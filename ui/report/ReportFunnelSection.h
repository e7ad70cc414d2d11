#pragma once

#include "report/ReportSection.h"

namespace clientele {

// Customers per lifecycle stage, prospect to won back, against the previous period.
class ReportFunnelSection : public ReportSection
{
public:
    ReportSectionId id() const override { return ReportSectionId::LifecycleFunnel; }
    void render(ReportCanvas& canvas, const ReportData& data, const ReportFormat& format) const override;
};

} // namespace clientele
