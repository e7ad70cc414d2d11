#pragma once

#include "ImportFileInspection.h"
#include "import/ImportReport.h"
#include "import/Importer.h"

#include <QFutureWatcher>
#include <QWizard>

namespace clientele {

class Database;
class ImportFilePage;
class ImportJob;
class ImportMappingPage;
class ImportPreviewPage;
class ImportRunPage;
class ImportSheetPage;
class ImportSummaryPage;

// Brings one sheet of a spreadsheet into the database: file, sheet and kind, column mapping, a dry-run
// preview, the import with progress and cancel, and a summary. Files are read and imports run on
// worker threads; the database changes only on the import page, in one transaction.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePageId,
        SheetPageId,
        MappingPageId,
        PreviewPageId,
        RunPageId,
        SummaryPageId
    };

    // `db` must stay open while the wizard exists.
    explicit ImportWizard(Database* db, QWidget* parent = nullptr);
    ~ImportWizard() override;

    Database* database() const { return m_db; }
    // Where the pre-import backup goes: the open database's own backup folder.
    QString backupRoot() const;

    // The file to import; starts reading it.
    void setFilePath(const QString& path);
    QString filePath() const;

    // Reads the file (header and first rows of a sheet) on a worker thread; inspectionChanged follows.
    void inspect(const QString& path, const QString& encoding, int sheetIndex);
    bool isInspecting() const { return m_inspecting; }
    const ImportFileInspection& inspection() const { return m_inspection; }

    // Options gathered by the pages so far.
    ImportOptions& options() { return m_options; }
    const ImportOptions& options() const { return m_options; }

    ImportFilePage* filePage() const { return m_filePage; }
    ImportSheetPage* sheetPage() const { return m_sheetPage; }
    ImportMappingPage* mappingPage() const { return m_mappingPage; }
    ImportPreviewPage* previewPage() const { return m_previewPage; }
    ImportRunPage* runPage() const { return m_runPage; }
    ImportSummaryPage* summaryPage() const { return m_summaryPage; }

    // The outcome of the import page (also when cancelled or failed).
    void setResult(const ImportReport& report, const QString& error);
    const ImportReport& report() const { return m_report; }
    QString resultError() const { return m_resultError; }

    // The wizard's Cancel while an import runs: cancel it, close once it has rolled back.
    void reject() override;

signals:
    void inspectionChanged();
    // An import was committed: the database holds new or changed rows.
    void imported(const clientele::ImportReport& report);

private:
    Database* m_db;
    ImportFilePage* m_filePage = nullptr;
    ImportSheetPage* m_sheetPage = nullptr;
    ImportMappingPage* m_mappingPage = nullptr;
    ImportPreviewPage* m_previewPage = nullptr;
    ImportRunPage* m_runPage = nullptr;
    ImportSummaryPage* m_summaryPage = nullptr;
    ImportFileInspection m_inspection;
    bool m_inspecting = false;
    quint64 m_inspectionGeneration = 0;
    ImportOptions m_options;
    ImportReport m_report;
    QString m_resultError;
    bool m_closeWhenDone = false;
};

} // namespace clientele
