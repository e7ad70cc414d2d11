#pragma once

#include "report/ReportSection.h"

namespace clientele {

// How many customers each tier holds now and last period (bar chart and table).
class ReportTierSection : public ReportSection
{
public:
    ReportSectionId id() const override { return ReportSectionId::TierDistribution; }
    void render(ReportCanvas& canvas, const ReportData& data, const ReportFormat& format) const override;
};

} // namespace clientele
