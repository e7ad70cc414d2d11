#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPageSize>
#include <QString>

#include <optional>

class QSettings;

namespace clientele {

// The sections of the quarterly review, in their default order.
enum class ReportSectionId
{
    Cover,
    KpiSummary,
    TierDistribution,
    TierMigration,
    LifecycleFunnel,
    Tracking,
    PlanStatus,
    AtRiskCustomers,
    Decisions,
    KpiAppendix,
};

struct ReportSectionChoice
{
    ReportSectionId id = ReportSectionId::Cover;
    bool enabled = true;
};

// What to print and how: the period, the language (independent of the UI's), the paper, the
// sections in their order. The GUI remembers it in QSettings.
struct ReportOptions
{
    Q_DECLARE_TR_FUNCTIONS(ReportOptions)

public:
    QString period;                          // "2011Q3"; empty: the latest complete quarter with orders
    QString language = QStringLiteral("en"); // "en" or "zh_CN"
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QString companyName;
    QString author;
    QString logoPath;
    QList<ReportSectionChoice> sections = defaultSections();
    int topAtRisk = 20; // customers listed in the at-risk section

    static QList<ReportSectionChoice> defaultSections();
    static QList<ReportSectionId> allSections();
    // The enabled sections, in order.
    QList<ReportSectionId> enabledSections() const;

    // Stable, untranslated keys ("cover", "kpis", …) for settings and the command line.
    static QString sectionKey(ReportSectionId id);
    static std::optional<ReportSectionId> sectionFromKey(const QString& key);
    // The section's title in the current language (tr).
    static QString sectionTitle(ReportSectionId id);

    // "a4" / "letter" <-> page size; nullopt for anything else.
    static std::optional<QPageSize::PageSizeId> pageSizeFromKey(const QString& key);
    static QString pageSizeKey(QPageSize::PageSizeId id);

    void save(QSettings& settings) const;
    static ReportOptions load(const QSettings& settings);
};

} // namespace clientele
