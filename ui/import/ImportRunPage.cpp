#include "ImportRunPage.h"

#include "ImportJob.h"
#include "ImportWizard.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace clientele {

ImportRunPage::ImportRunPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_job(new ImportJob(this))
    , m_phase(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_detail(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel import"), this))
{
    setTitle(tr("Importing"));
    setSubTitle(tr("Everything is written in one transaction: a cancelled import changes nothing."));
    // Once it has run, there is no way back to run it again.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next >"));
    m_phase->setObjectName(QStringLiteral("importPhase"));
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_detail->setObjectName(QStringLiteral("importDetail"));
    m_cancel->setObjectName(QStringLiteral("cancelImport"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_phase);
    layout->addWidget(m_bar);
    layout->addWidget(m_detail);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_job, &ImportJob::progress, this, &ImportRunPage::onProgress);
    connect(m_job, &ImportJob::finished, this,
            [this](const ImportReport& report) { finish(report, QString()); });
    connect(m_job, &ImportJob::failed, this, [this](const QString& error) { finish(ImportReport(), error); });
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
}

bool ImportRunPage::isRunning() const
{
    return m_job->isRunning();
}

void ImportRunPage::cancel()
{
    if (!isRunning())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_phase->setText(tr("Cancelling: undoing what was written…"));
}

QString ImportRunPage::phaseText() const
{
    return m_phase->text();
}

void ImportRunPage::initializePage()
{
    m_finished = false;
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_phase->setText(tr("Starting…"));
    m_detail->clear();
    m_currentPhase = ImportProgress::Phase::Analysing;
    m_total.start();
    m_phaseTimer.start();
    ImportOptions options = m_wizard->options();
    options.dryRun = false;
    options.backupRoot = m_wizard->backupRoot();
    m_job->start(m_wizard->database(), m_wizard->filePath(), options);
    emit completeChanged();
}

void ImportRunPage::onProgress(const ImportProgress& progress)
{
    if (m_job->isRunning() && !m_cancel->isEnabled())
        return; // cancelling: keep saying so
    if (progress.phase != m_currentPhase) {
        m_currentPhase = progress.phase;
        m_phaseTimer.restart();
    }
    switch (progress.phase) {
    case ImportProgress::Phase::Analysing:
        m_phase->setText(tr("Reading the file to decide dates and numbers…"));
        break;
    case ImportProgress::Phase::Importing:
        m_phase->setText(tr("Importing rows…"));
        break;
    case ImportProgress::Phase::Committing:
        m_phase->setText(tr("Saving…"));
        break;
    }
    m_bar->setValue(qBound(0, progress.permille, 1000));
    const QLocale locale;
    QString detail = tr("%1 rows").arg(locale.toString(progress.rows));
    const qint64 ms = m_total.elapsed();
    if (ms > 500 && progress.rows > 0)
        detail += QStringLiteral(" · ") + tr("%1 rows/s").arg(locale.toString(progress.rows * 1000 / ms));
    // Time left, from how long this phase took for the part done so far.
    const qint64 phaseMs = m_phaseTimer.elapsed();
    if (progress.permille >= 20 && progress.permille < 1000 && phaseMs > 1000) {
        const qint64 left = phaseMs * (1000 - progress.permille) / progress.permille / 1000;
        detail += QStringLiteral(" · ") +
                  (left < 60 ? tr("about %n second(s) left", nullptr, static_cast<int>(left))
                             : tr("about %n minute(s) left", nullptr, static_cast<int>((left + 30) / 60)));
    }
    m_detail->setText(detail);
}

void ImportRunPage::finish(const ImportReport& report, const QString& error)
{
    m_finished = true;
    m_cancel->hide();
    if (!error.isEmpty()) {
        m_phase->setText(tr("The import failed; nothing was written."));
        m_detail->setText(error);
    } else if (report.cancelled) {
        m_phase->setText(tr("Cancelled; nothing was written."));
    } else {
        m_bar->setValue(1000);
        m_phase->setText(tr("Done."));
    }
    m_wizard->setResult(report, error);
    emit completeChanged();
    emit importFinished();
    // On to the summary, unless the wizard is closing.
    QTimer::singleShot(0, m_wizard, [wizard = m_wizard, this] {
        if (wizard->isVisible() && wizard->currentPage() == this)
            wizard->next();
    });
}

bool ImportRunPage::isComplete() const
{
    return m_finished;
}

} // namespace clientele
