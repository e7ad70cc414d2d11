#pragma once

#include "import/Importer.h"

#include <QElapsedTimer>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace clientele {

class ImportJob;
class ImportWizard;

// Step 5: the import itself on a worker thread, with its progress and a Cancel that leaves the
// database as it was.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard* wizard);

    bool isRunning() const;
    bool isFinished() const { return m_finished; }
    void cancel();
    QProgressBar* progressBar() const { return m_bar; }
    QString phaseText() const;

    void initializePage() override;
    bool isComplete() const override;

signals:
    void importFinished();

private:
    void onProgress(const ImportProgress& progress);
    void finish(const ImportReport& report, const QString& error);

    ImportWizard* m_wizard;
    ImportJob* m_job;
    QLabel* m_phase;
    QProgressBar* m_bar;
    QLabel* m_detail;
    QPushButton* m_cancel;
    QElapsedTimer m_total;
    QElapsedTimer m_phaseTimer;
    ImportProgress::Phase m_currentPhase = ImportProgress::Phase::Analysing;
    bool m_finished = false;
};

} // namespace clientele
