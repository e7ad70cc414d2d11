#pragma once

#include "report/ReportSection.h"

namespace clientele {

// Template 3, loyalty effect tracking, with target-versus-actual charts per tier.
class ReportTrackingSection : public ReportSection
{
public:
    ReportSectionId id() const override { return ReportSectionId::Tracking; }
    void render(ReportCanvas& canvas, const ReportData& data, const ReportFormat& format) const override;
};

} // namespace clientele
