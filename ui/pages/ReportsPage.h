#pragma once

#include "report/ReportData.h"
#include "report/ReportOptions.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QPrinter;

namespace clientele {

class Database;
class ReportJob;
class ReportLanguage;

// The quarterly review: period, language, paper and sections (checkboxes, order with up/down),
// remembered in QSettings; Preview, Print and Export PDF. The data is collected on a worker with
// progress and Cancel; painting happens here on the GUI thread.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Action
    {
        Preview,
        Print,
        ExportPdf
    };

    explicit ReportsPage(QWidget* parent = nullptr);
    ~ReportsPage() override;

    void setDatabase(Database* db);

    // The options as the controls show them.
    ReportOptions options() const;
    void setOptions(const ReportOptions& options);

    // Starts collecting for an action (the buttons call these); Export asks for the file first.
    void preview();
    void print();
    void exportPdf();
    void cancel();
    bool isBusy() const;
    QString statusText() const;

signals:
    // A PDF was written (for tests and the status bar): path and page count.
    void pdfExported(const QString& filePath, int pages);
    // Collection ended: with data, cancelled or failed (the status text says which).
    void collectionEnded();

private:
    void start(Action action, const QString& pdfPath = QString());
    void onCollected(const std::shared_ptr<const ReportData>& data);
    void finishJob(const QString& status);
    void moveSection(int delta);
    void fillPeriods();
    void updateButtons();
    void saveOptions() const;

    Database* m_db = nullptr;
    QComboBox* m_period = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_pageSize = nullptr;
    QLineEdit* m_company = nullptr;
    QLineEdit* m_author = nullptr;
    QListWidget* m_sections = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    ReportJob* m_job = nullptr;
    std::unique_ptr<ReportLanguage> m_jobLanguage;
    ReportOptions m_jobOptions;
    Action m_action = Action::Preview;
    QString m_pdfPath;
};

} // namespace clientele
