#pragma once

#include "report/ReportOptions.h"

namespace clientele {

class ReportCanvas;
class ReportFormat;
struct ReportData;

// One part of the quarterly review. A section lays its part of ReportData out on the canvas and
// says so plainly when its data is missing.
class ReportSection
{
public:
    virtual ~ReportSection() = default;
    virtual ReportSectionId id() const = 0;
    virtual void render(ReportCanvas& canvas, const ReportData& data, const ReportFormat& format) const = 0;
};

} // namespace clientele
