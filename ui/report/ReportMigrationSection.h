#pragma once

#include "report/ReportSection.h"

namespace clientele {

// Where last period's customers of each tier are now: the from × to matrix of counts and amounts.
class ReportMigrationSection : public ReportSection
{
public:
    ReportSectionId id() const override { return ReportSectionId::TierMigration; }
    void render(ReportCanvas& canvas, const ReportData& data, const ReportFormat& format) const override;
};

} // namespace clientele
