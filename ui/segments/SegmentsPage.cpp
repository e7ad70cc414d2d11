#include "segments/SegmentsPage.h"

#include "analysis/AnalysisService.h"
#include "analysis/SegmentOverview.h"
#include "analytics/KpiCatalog.h"
#include "charts/HeatmapWidget.h"
#include "segments/AtRiskTable.h"
#include "segments/ClvHistogramChart.h"
#include "segments/KpiCard.h"
#include "segments/LifecycleFunnelChart.h"
#include "segments/PeriodPicker.h"
#include "segments/SegmentFormat.h"
#include "segments/TierDonutChart.h"
#include "segments/TierMigrationView.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>

namespace clientele {

namespace {

constexpr int kCardsPerRow = 5;

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

} // namespace

SegmentsPage::SegmentsPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("segmentsPage"));
    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("segmentsContent"));
    auto* sections = new QVBoxLayout(content);
    sections->setContentsMargins(16, 12, 16, 16);
    sections->setSpacing(12);
    sections->addWidget(buildHeader());
    sections->addWidget(buildKpiCards());

    m_donut = new TierDonutChart(content);
    m_heatmap = new HeatmapWidget(content);
    m_heatmap->setObjectName(QStringLiteral("rfmHeatmap"));
    m_heatmap->setTitle(tr("RFM heatmap: recency × frequency"));
    m_heatmap->setAxisTitles(tr("Frequency score (F)"), tr("Recency score (R)"));
    m_heatmap->setLabels({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                          QStringLiteral("5")},
                         {QStringLiteral("5"), QStringLiteral("4"), QStringLiteral("3"), QStringLiteral("2"),
                          QStringLiteral("1")});
    m_heatmap->setLegendTitle(tr("Customers per cell"));
    m_funnel = new LifecycleFunnelChart(content);
    m_clv = new ClvHistogramChart(content);
    auto* charts = new QGridLayout;
    charts->setSpacing(12);
    charts->addWidget(m_donut, 0, 0);
    charts->addWidget(m_heatmap, 0, 1);
    charts->addWidget(m_funnel, 1, 0);
    charts->addWidget(m_clv, 1, 1);
    for (int row = 0; row < 2; ++row)
        charts->setRowMinimumHeight(row, 340);
    sections->addLayout(charts);

    m_migration = new TierMigrationView(content);
    sections->addWidget(m_migration);

    sections->addWidget(sectionTitle(tr("Customers most at risk"), content));
    m_atRisk = new AtRiskTable(content);
    sections->addWidget(m_atRisk);
    sections->addStretch(1); // extra height goes below the last section, not between them

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("segmentsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    // Drill-down: each chart element names the customers it counts.
    connect(m_donut, &TierDonutChart::tierClicked, this, [this](const QString& tier) {
        SegmentFilter filter;
        filter.tier = tier;
        emit customersRequested(filter);
    });
    connect(m_heatmap, &HeatmapWidget::cellClicked, this, [this](int row, int column) {
        if (m_heatmap->value(row, column) == 0)
            return;
        SegmentFilter filter;
        filter.r = 5 - row;
        filter.f = column + 1;
        emit customersRequested(filter);
    });
    connect(m_funnel, &LifecycleFunnelChart::stageClicked, this, [this](LifecycleStage stage) {
        SegmentFilter filter;
        filter.stage = lifecycleStageCode(stage);
        emit customersRequested(filter);
    });
    connect(m_atRisk, &AtRiskTable::customerClicked, this, [this](qint64 id, const QString& code) {
        SegmentFilter filter;
        filter.customerId = id;
        filter.customerCode = code;
        emit customersRequested(filter);
    });
    connect(m_periods, &PeriodPicker::periodChanged, this, &SegmentsPage::requestKpis);
    connect(m_periods, &PeriodPicker::kindChanged, this, [this] {
        if (m_service && m_service->overview())
            m_migration->setPeriods(m_periods->periods());
    });
    connect(m_migration, &TierMigrationView::comparisonRequested, this,
            [this](const QString& from, const QString& to) {
                if (!m_service)
                    return;
                m_migration->showCalculating();
                m_service->requestMigration(from, to, false);
            });
    connect(m_migration, &TierMigrationView::createSnapshotsRequested, this,
            [this](const QString& from, const QString& to) {
                if (!m_service)
                    return;
                m_migration->showCalculating();
                m_service->requestMigration(from, to, true);
            });
    showState();
}

QWidget* SegmentsPage::buildHeader()
{
    auto* header = new QWidget;
    auto* title = new QLabel(tr("Segments"), header);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    m_summary = new QLabel(header);
    m_summary->setObjectName(QStringLiteral("segmentsSummary"));
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar(header);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_cancel = new QPushButton(tr("Cancel"), header);
    m_recompute = new QPushButton(tr("&Recompute"), header);
    m_recompute->setObjectName(QStringLiteral("recompute"));
    m_recompute->setToolTip(tr("Analyse every customer again with the current data"));
    m_warnings = new QLabel(header);
    m_warnings->setObjectName(QStringLiteral("segmentsWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setForegroundRole(QPalette::PlaceholderText);
    m_periods = new PeriodPicker(header);
    m_kpiStatus = new QLabel(header);
    m_kpiStatus->setForegroundRole(QPalette::PlaceholderText);

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    top->addWidget(m_progress);
    top->addWidget(m_cancel);
    top->addWidget(m_recompute);
    auto* periods = new QHBoxLayout;
    periods->addWidget(m_periods);
    periods->addSpacing(12);
    periods->addWidget(m_kpiStatus, 1);
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_warnings);
    layout->addLayout(periods);

    connect(m_recompute, &QPushButton::clicked, this, [this] {
        if (m_service)
            m_service->recompute();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_service)
            m_service->cancel();
    });
    return header;
}

QWidget* SegmentsPage::buildKpiCards()
{
    auto* cards = new QWidget;
    auto* grid = new QGridLayout(cards);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    int index = 0;
    for (const KpiDefinition& definition : KpiCatalog::definitions()) {
        auto* card = new KpiCard(definition, cards);
        m_cards.insert(definition.code, card);
        grid->addWidget(card, index / kCardsPerRow, index % kCardsPerRow);
        ++index;
    }
    for (int c = 0; c < kCardsPerRow; ++c)
        grid->setColumnStretch(c, 1);
    return cards;
}

void SegmentsPage::setService(AnalysisService* service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_hasOverview = false;
    if (service) {
        connect(service, &AnalysisService::started, this, &SegmentsPage::showState);
        connect(service, &AnalysisService::progress, this, [this](int permille, const QString& text) {
            m_progress->setValue(permille);
            m_progress->setToolTip(text);
        });
        connect(service, &AnalysisService::finished, this, &SegmentsPage::showOverview);
        connect(service, &AnalysisService::cancelled, this, &SegmentsPage::showState);
        connect(service, &AnalysisService::failed, this, &SegmentsPage::showState);
        connect(service, &AnalysisService::kpisReady, this, &SegmentsPage::showKpis);
        connect(service, &AnalysisService::migrationReady, m_migration, &TierMigrationView::showMigration);
        connect(service, &AnalysisService::requestFailed, this, [this](const QString& message) {
            m_kpiStatus->setText(message);
            m_migration->showError(message);
        });
        if (service->overview())
            showOverview();
    }
    showState();
}

void SegmentsPage::showState()
{
    const bool running = m_service && m_service->isRunning();
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_recompute->setEnabled(m_service && m_service->hasDatabase() && !running);
    if (!m_service || !m_service->hasDatabase()) {
        m_summary->setText(tr("No database is open."));
        return;
    }
    if (running) {
        m_progress->setValue(0);
        if (!m_service->overview())
            m_summary->setText(tr("Analysing the customers…"));
        return;
    }
    if (!m_service->lastError().isEmpty()) {
        m_summary->setText(tr("The analysis failed: %1").arg(m_service->lastError()));
        return;
    }
    if (const auto overview = m_service->overview())
        m_summary->setText(
            tr("As of %1 · %n customer(s) · tier model %2", nullptr, overview->customers)
                .arg(QLocale().toString(overview->asOf, QLocale::ShortFormat), overview->tierModelCode));
    else
        m_summary->setText(tr("Not analysed yet."));
}

void SegmentsPage::showOverview()
{
    const auto overview = m_service ? m_service->overview() : nullptr;
    if (!overview)
        return;
    m_hasOverview = true;
    showState();
    m_warnings->setText(overview->warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!overview->warnings.isEmpty());

    m_donut->setTiers(overview->tiers);
    setHeatmap(*overview);
    m_funnel->setStages(overview->stages);
    m_clv->setBins(overview->clvBins, m_service->engineOptions().horizonMonths);
    m_atRisk->setCustomers(overview->atRisk);

    // New data may change every period's KPIs and the span of periods: ask again.
    const QString before = m_periods->currentPeriod();
    m_periods->setSpan(overview->firstPurchase.isValid() ? overview->firstPurchase : overview->asOf,
                       overview->asOf);
    if (m_periods->currentPeriod() == before)
        requestKpis();
    m_migration->setPeriods(m_periods->periods());
    emit overviewShown();
}

void SegmentsPage::setHeatmap(const SegmentOverview& overview)
{
    std::vector<std::vector<int>> values(5, std::vector<int>(5));
    std::vector<std::vector<QString>> tips(5, std::vector<QString>(5));
    for (int row = 0; row < 5; ++row) {
        const int r = 5 - row; // R 5 at the top
        for (int column = 0; column < 5; ++column) {
            const int f = column + 1;
            const SegmentOverview::RfmCell& cell =
                overview.rfm[static_cast<std::size_t>(r - 1)][static_cast<std::size_t>(f - 1)];
            values[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)] = cell.customers;
            QString tip = tr("R %1 · F %2: %n customer(s)", nullptr, cell.customers).arg(r).arg(f);
            if (cell.customers > 0)
                tip += QLatin1Char('\n') +
                       tr("Average M: %1 a year (M score %2)")
                           .arg(SegmentFormat::money(std::llround(cell.averageMonetaryMinor())),
                                QLocale().toString(cell.averageMScore(), 'f', 1));
            tips[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)] = tip;
        }
    }
    m_heatmap->setValues(std::move(values), std::move(tips));
    m_heatmap->setToolTip(overview.unscored > 0
                              ? tr("%n customer(s) without purchases are not scored and not in the grid.",
                                   nullptr, overview.unscored)
                              : QString());
}

void SegmentsPage::requestKpis()
{
    const QString period = m_periods->currentPeriod();
    if (!m_service || !m_service->hasDatabase() || period.isEmpty())
        return;
    m_requestedKpiPeriod = period;
    m_kpiStatus->setText(tr("Calculating the KPIs of %1…").arg(period));
    m_service->requestKpis(period);
}

void SegmentsPage::showKpis(const KpiReport& report)
{
    if (report.period != m_requestedKpiPeriod)
        return;
    for (KpiCard* card : std::as_const(m_cards))
        card->clear();
    for (const KpiRow& row : report.rows)
        if (row.tier.isEmpty())
            if (KpiCard* card = m_cards.value(row.code))
                card->setRow(row, report.previousPeriod);
    m_shownKpiPeriod = report.period;
    m_kpiStatus->setText(tr("%1: %2 – %3, compared with %4. Hover over a card for its definition.")
                             .arg(report.period, QLocale().toString(report.start, QLocale::ShortFormat),
                                  QLocale().toString(report.end, QLocale::ShortFormat),
                                  report.previousPeriod));
    emit kpisShown(report.period);
}

} // namespace clientele
