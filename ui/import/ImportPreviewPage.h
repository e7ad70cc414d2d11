#pragma once

#include "import/ImportReport.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace clientele {

class ImportJob;
class ImportReportModel;
class ImportWizard;

// Step 4: a dry run of the whole import on a worker thread (everything done, then rolled back), and
// the first rows as they will be stored, what each row would do and every problem found.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard* wizard);

    bool isRunning() const;
    bool isFinished() const { return m_finished; }
    void cancel();
    const ImportReport& report() const { return m_report; }
    // The reason the dry run could not run (an ImportError names file, row and column); empty if it ran.
    QString error() const { return m_error; }
    QString countsText() const;

    QStandardItemModel* rowsModel() const { return m_rows; }
    ImportReportModel* actionsModel() const { return m_actions; }
    ImportReportModel* issuesModel() const { return m_issues; }
    QSortFilterProxyModel* actionsFilter() const { return m_actionsFilter; }
    void setFilterText(const QString& text);
    void setRejectedOnly(bool only);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

signals:
    void previewFinished();

private:
    void onFinished(const ImportReport& report);
    void onFailed(const QString& message);
    void fillRows();
    void applyFilter();

    ImportWizard* m_wizard;
    ImportJob* m_job = nullptr;
    QLabel* m_status;
    QPushButton* m_backToMapping;
    QProgressBar* m_busy;
    QLabel* m_counts;
    QLabel* m_warnings;
    QTabWidget* m_tabs;
    QStandardItemModel* m_rows;
    ImportReportModel* m_actions;
    ImportReportModel* m_issues;
    QSortFilterProxyModel* m_actionsFilter;
    QSortFilterProxyModel* m_issuesFilter;
    QLineEdit* m_filter;
    QCheckBox* m_rejectedOnly;
    ImportReport m_report;
    QString m_error;
    bool m_finished = false;
};

} // namespace clientele
