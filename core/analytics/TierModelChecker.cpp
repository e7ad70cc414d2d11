#include "TierModelChecker.h"

namespace clientele {

namespace {

constexpr int kCellsListed = 8; // a long list of cells helps nobody; the count says the rest

} // namespace

TierModelChecker::Report TierModelChecker::check(const TierModel& model)
{
    Report report;
    std::vector<int> decided(model.segments().size(), 0);
    for (int cell = 0; cell < model.cellCount(); ++cell) {
        const std::vector<int> covering = model.segmentsCovering(cell);
        if (covering.empty())
            report.gaps.push_back(model.cellLevels(cell));
        else if (covering.size() > 1)
            report.overlaps.push_back({model.cellLevels(cell), covering});
        else
            ++decided[static_cast<size_t>(covering.front())];
    }
    // The segment for customers who never bought is reached by them, whatever the grid says.
    for (size_t s = 0; s < decided.size(); ++s)
        if (decided[s] == 0 && model.segments()[s].code != model.unscoredSegment())
            report.unreachable << model.segments()[s].code;

    const QString map = model.displayName();
    if (!report.gaps.empty()) {
        QStringList cells;
        for (size_t i = 0; i < report.gaps.size() && i < static_cast<size_t>(kCellsListed); ++i)
            cells << model.describeCell(report.gaps[i]);
        if (report.gaps.size() > static_cast<size_t>(kCellsListed))
            cells << tr("and %n more", nullptr, static_cast<int>(report.gaps.size()) - kCellsListed);
        report.messages << tr("Map “%1”: %n cell(s) belong to no segment: %2.", nullptr,
                              static_cast<int>(report.gaps.size()))
                               .arg(map, cells.join(QStringLiteral("; ")));
    }
    for (size_t i = 0; i < report.overlaps.size(); ++i) {
        if (i == static_cast<size_t>(kCellsListed)) {
            report.messages << tr("Map “%1”: %n more cell(s) belong to more than one segment.", nullptr,
                                  static_cast<int>(report.overlaps.size()) - kCellsListed)
                                   .arg(map);
            break;
        }
        QStringList names;
        for (int s : report.overlaps[i].segments)
            names << model.segmentDisplayName(s);
        report.messages << tr("Map “%1”: cell %2 belongs to more than one segment: %3.")
                               .arg(map, model.describeCell(report.overlaps[i].cell),
                                    names.join(QStringLiteral(", ")));
    }
    for (const QString& code : report.unreachable) {
        const int s = model.segmentIndex(code);
        report.messages
            << (model.segments()[static_cast<size_t>(s)].rules.empty()
                    ? tr("Map “%1”: segment %2 has no rules, so no customer can reach it.")
                    : tr("Map “%1”: segment %2 decides no cell (every cell its rules cover belongs "
                         "to another segment too), so no customer can reach it."))
                   .arg(map, model.segmentDisplayName(s));
    }
    return report;
}

} // namespace clientele
