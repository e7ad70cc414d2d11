#include "report/ReportOptions.h"

#include <QSettings>

#include <algorithm>

namespace clientele {

namespace {

const QString kGroup = QStringLiteral("report/");

struct SectionInfo
{
    ReportSectionId id;
    const char* key;
};

constexpr SectionInfo kSections[] = {
    {ReportSectionId::Cover, "cover"},
    {ReportSectionId::KpiSummary, "kpis"},
    {ReportSectionId::TierDistribution, "tiers"},
    {ReportSectionId::TierMigration, "migration"},
    {ReportSectionId::LifecycleFunnel, "funnel"},
    {ReportSectionId::Tracking, "tracking"},
    {ReportSectionId::PlanStatus, "plans"},
    {ReportSectionId::AtRiskCustomers, "at-risk"},
    {ReportSectionId::Decisions, "decisions"},
    {ReportSectionId::KpiAppendix, "appendix"},
};

} // namespace

QList<ReportSectionId> ReportOptions::allSections()
{
    QList<ReportSectionId> ids;
    for (const SectionInfo& info : kSections)
        ids << info.id;
    return ids;
}

QList<ReportSectionChoice> ReportOptions::defaultSections()
{
    QList<ReportSectionChoice> choices;
    for (const SectionInfo& info : kSections)
        choices << ReportSectionChoice{info.id, true};
    return choices;
}

QList<ReportSectionId> ReportOptions::enabledSections() const
{
    QList<ReportSectionId> ids;
    for (const ReportSectionChoice& choice : sections)
        if (choice.enabled)
            ids << choice.id;
    return ids;
}

QString ReportOptions::sectionKey(ReportSectionId id)
{
    for (const SectionInfo& info : kSections)
        if (info.id == id)
            return QString::fromLatin1(info.key);
    return {};
}

std::optional<ReportSectionId> ReportOptions::sectionFromKey(const QString& key)
{
    for (const SectionInfo& info : kSections)
        if (key == QLatin1String(info.key))
            return info.id;
    return std::nullopt;
}

QString ReportOptions::sectionTitle(ReportSectionId id)
{
    switch (id) {
    case ReportSectionId::Cover:
        return tr("Cover");
    case ReportSectionId::KpiSummary:
        return tr("Summary of key figures");
    case ReportSectionId::TierDistribution:
        return tr("Customer tiers");
    case ReportSectionId::TierMigration:
        return tr("Tier migration");
    case ReportSectionId::LifecycleFunnel:
        return tr("Lifecycle funnel");
    case ReportSectionId::Tracking:
        return tr("Effect tracking");
    case ReportSectionId::PlanStatus:
        return tr("Execution plan status");
    case ReportSectionId::AtRiskCustomers:
        return tr("Top customers at risk");
    case ReportSectionId::Decisions:
        return tr("Adjustment suggestions and review decisions");
    case ReportSectionId::KpiAppendix:
        return tr("Appendix: KPI definitions");
    }
    return {};
}

std::optional<QPageSize::PageSizeId> ReportOptions::pageSizeFromKey(const QString& key)
{
    const QString k = key.toLower();
    if (k == QLatin1String("a4"))
        return QPageSize::A4;
    if (k == QLatin1String("letter"))
        return QPageSize::Letter;
    return std::nullopt;
}

QString ReportOptions::pageSizeKey(QPageSize::PageSizeId id)
{
    return id == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

void ReportOptions::save(QSettings& settings) const
{
    settings.setValue(kGroup + QStringLiteral("period"), period);
    settings.setValue(kGroup + QStringLiteral("language"), language);
    settings.setValue(kGroup + QStringLiteral("page"), pageSizeKey(pageSize));
    settings.setValue(kGroup + QStringLiteral("company"), companyName);
    settings.setValue(kGroup + QStringLiteral("author"), author);
    settings.setValue(kGroup + QStringLiteral("logo"), logoPath);
    // "kpis,-migration,cover": the order, with a minus for a section left out.
    QStringList keys;
    for (const ReportSectionChoice& choice : sections)
        keys << (choice.enabled ? QString() : QStringLiteral("-")) + sectionKey(choice.id);
    settings.setValue(kGroup + QStringLiteral("sections"), keys.join(QLatin1Char(',')));
}

ReportOptions ReportOptions::load(const QSettings& settings)
{
    ReportOptions options;
    options.period = settings.value(kGroup + QStringLiteral("period")).toString();
    const QString language = settings.value(kGroup + QStringLiteral("language"), options.language).toString();
    if (language == QLatin1String("en") || language == QLatin1String("zh_CN"))
        options.language = language;
    options.pageSize =
        pageSizeFromKey(settings.value(kGroup + QStringLiteral("page")).toString()).value_or(QPageSize::A4);
    options.companyName = settings.value(kGroup + QStringLiteral("company")).toString();
    options.author = settings.value(kGroup + QStringLiteral("author")).toString();
    options.logoPath = settings.value(kGroup + QStringLiteral("logo")).toString();

    const QString stored = settings.value(kGroup + QStringLiteral("sections")).toString();
    if (stored.isEmpty())
        return options;
    QList<ReportSectionChoice> sections;
    for (QString key : stored.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const bool enabled = !key.startsWith(QLatin1Char('-'));
        if (!enabled)
            key.remove(0, 1);
        const std::optional<ReportSectionId> id = sectionFromKey(key);
        const bool seen = std::any_of(sections.cbegin(), sections.cend(),
                                      [&](const ReportSectionChoice& c) { return id && c.id == *id; });
        if (id && !seen)
            sections << ReportSectionChoice{*id, enabled};
    }
    // Sections added in a later version than the stored list appear at the end, switched on.
    for (ReportSectionId id : allSections())
        if (std::none_of(sections.cbegin(), sections.cend(),
                         [id](const ReportSectionChoice& c) { return c.id == id; }))
            sections << ReportSectionChoice{id, true};
    options.sections = sections;
    return options;
}

} // namespace clientele
