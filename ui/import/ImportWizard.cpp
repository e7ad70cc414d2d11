#include "ImportWizard.h"

#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "ImportRunPage.h"
#include "ImportSheetPage.h"
#include "ImportSummaryPage.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QtConcurrent>

namespace clientele {

ImportWizard::ImportWizard(Database* db, QWidget* parent)
    : QWizard(parent)
    , m_db(db)
{
    // The pages read the wizard's state as they are built: made once every member is.
    m_filePage = new ImportFilePage(this);
    m_sheetPage = new ImportSheetPage(this);
    m_mappingPage = new ImportMappingPage(this);
    m_previewPage = new ImportPreviewPage(this);
    m_runPage = new ImportRunPage(this);
    m_summaryPage = new ImportSummaryPage(this);
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a spreadsheet"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePageId, m_filePage);
    setPage(SheetPageId, m_sheetPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(RunPageId, m_runPage);
    setPage(SummaryPageId, m_summaryPage);
    resize(1000, 700);
    m_options.importedBy = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

ImportWizard::~ImportWizard()
{
    // Reads still running use no state of ours, but their watchers are our children.
    for (auto* watcher : findChildren<QFutureWatcher<ImportFileInspection>*>())
        watcher->waitForFinished();
}

QString ImportWizard::backupRoot() const
{
    // The database's backup folder is <root>/<name>-<hash>: the importer wants the root.
    return m_db ? QFileInfo(m_db->backupManager().backupDirectory()).path() : QString();
}

void ImportWizard::setFilePath(const QString& path)
{
    m_filePage->setFilePath(path);
}

QString ImportWizard::filePath() const
{
    return m_filePage->filePath();
}

void ImportWizard::inspect(const QString& path, const QString& encoding, int sheetIndex)
{
    m_inspecting = true;
    const quint64 generation = ++m_inspectionGeneration;
    // A superseded read finishes in the background; only the newest result is kept.
    auto* watcher = new QFutureWatcher<ImportFileInspection>(this);
    connect(watcher, &QFutureWatcher<ImportFileInspection>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_inspectionGeneration)
            return;
        m_inspection = watcher->result();
        m_inspecting = false;
        emit inspectionChanged();
    });
    watcher->setFuture(QtConcurrent::run(&ImportFileInspection::inspect, path, encoding, sheetIndex));
    emit inspectionChanged();
}

void ImportWizard::setResult(const ImportReport& report, const QString& error)
{
    m_report = report;
    m_resultError = error;
    if (error.isEmpty() && report.committed && !report.dryRun)
        emit imported(report);
    if (m_closeWhenDone)
        QWizard::reject();
}

void ImportWizard::reject()
{
    if (m_runPage->isRunning()) {
        m_closeWhenDone = true;
        m_runPage->cancel();
        return;
    }
    m_previewPage->cancel();
    QWizard::reject();
}

} // namespace clientele
