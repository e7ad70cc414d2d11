#pragma once

#include "analytics/KpiCalculator.h"
#include "segments/SegmentFilter.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace clientele {

class AnalysisService;
class AtRiskTable;
class ClvHistogramChart;
class HeatmapWidget;
class KpiCard;
class LifecycleFunnelChart;
class PeriodPicker;
class TierDonutChart;
class TierMigrationView;
struct SegmentOverview;

// The segment dashboard: KPI cards for a chosen period with the change against the previous one,
// the tier donut, the R × F heatmap, the lifecycle funnel, the CLV histogram, the tier migration
// between two periods and the customers most at risk. Everything it shows comes from an
// AnalysisService computed in the background; clicking a chart element asks for the customer list
// filtered to it (customersRequested).
class SegmentsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentsPage(QWidget* parent = nullptr);

    // The service the page shows and asks (not owned; nullptr = none).
    void setService(AnalysisService* service);

    PeriodPicker* periodPicker() const { return m_periods; }
    KpiCard* kpiCard(const QString& code) const { return m_cards.value(code); }
    TierDonutChart* tierChart() const { return m_donut; }
    HeatmapWidget* rfmHeatmap() const { return m_heatmap; }
    LifecycleFunnelChart* funnelChart() const { return m_funnel; }
    ClvHistogramChart* clvChart() const { return m_clv; }
    TierMigrationView* migrationView() const { return m_migration; }
    AtRiskTable* atRiskTable() const { return m_atRisk; }
    // The period whose KPIs the cards show; empty until they arrived.
    QString shownKpiPeriod() const { return m_shownKpiPeriod; }
    bool hasOverview() const { return m_hasOverview; }

signals:
    void customersRequested(const clientele::SegmentFilter& filter);
    // The charts show a new analysis.
    void overviewShown();
    // The KPI cards show the period's values.
    void kpisShown(const QString& period);

private:
    QWidget* buildHeader();
    QWidget* buildKpiCards();
    void showOverview();
    void showKpis(const KpiReport& report);
    void requestKpis();
    void showState();
    void setHeatmap(const SegmentOverview& overview);

    QPointer<AnalysisService> m_service;
    QLabel* m_summary = nullptr;
    QLabel* m_warnings = nullptr;
    QLabel* m_kpiStatus = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_recompute = nullptr;
    PeriodPicker* m_periods = nullptr;
    QHash<QString, KpiCard*> m_cards;
    TierDonutChart* m_donut = nullptr;
    HeatmapWidget* m_heatmap = nullptr;
    LifecycleFunnelChart* m_funnel = nullptr;
    ClvHistogramChart* m_clv = nullptr;
    TierMigrationView* m_migration = nullptr;
    AtRiskTable* m_atRisk = nullptr;
    QString m_shownKpiPeriod;
    QString m_requestedKpiPeriod;
    bool m_hasOverview = false;
};

} // namespace clientele
