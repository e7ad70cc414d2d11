#pragma once

#include "report/ReportSection.h"

namespace clientele {

// The first page: company, logo, period, author and date. The section ends the page.
class ReportCoverSection : public ReportSection
{
public:
    ReportSectionId id() const override { return ReportSectionId::Cover; }
    void render(ReportCanvas& canvas, const ReportData& data, const ReportFormat& format) const override;
};

} // namespace clientele
