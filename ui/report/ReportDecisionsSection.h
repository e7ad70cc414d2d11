#pragma once

#include "report/ReportSection.h"

namespace clientele {

// The review's adjustment suggestions and the decisions taken.
class ReportDecisionsSection : public ReportSection
{
public:
    ReportSectionId id() const override { return ReportSectionId::Decisions; }
    void render(ReportCanvas& canvas, const ReportData& data, const ReportFormat& format) const override;
};

} // namespace clientele
