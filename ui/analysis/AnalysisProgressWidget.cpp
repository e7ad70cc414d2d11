#include "analysis/AnalysisProgressWidget.h"

#include "analysis/AnalysisService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace clientele {

AnalysisProgressWidget::AnalysisProgressWidget(AnalysisService* service, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("analysisProgress"));
    m_label = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(120);
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the analysis; the last finished one stays on screen"));
    m_cancel->setAutoRaise(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();

    connect(m_cancel, &QToolButton::clicked, service, &AnalysisService::cancel);
    connect(service, &AnalysisService::started, this, [this] {
        m_bar->setValue(0);
        m_label->setText(tr("Analysing customers…"));
        show();
    });
    connect(service, &AnalysisService::progress, this, [this](int permille, const QString& text) {
        m_bar->setValue(permille);
        m_label->setText(tr("Analysing: %1").arg(text));
    });
    for (auto signal : {&AnalysisService::finished, &AnalysisService::cancelled})
        connect(service, signal, this, &QWidget::hide);
    connect(service, &AnalysisService::failed, this, &QWidget::hide);
}

} // namespace clientele
