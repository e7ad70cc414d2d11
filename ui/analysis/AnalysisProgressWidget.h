#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace clientele {

class AnalysisService;

// The background analysis in the status bar: the current step, a progress bar and a cancel button,
// shown only while a run is in progress.
class AnalysisProgressWidget : public QWidget
{
    Q_OBJECT

public:
    explicit AnalysisProgressWidget(AnalysisService* service, QWidget* parent = nullptr);

    QProgressBar* progressBar() const { return m_bar; }

private:
    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
    QToolButton* m_cancel = nullptr;
};

} // namespace clientele
