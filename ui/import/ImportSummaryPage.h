#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace clientele {

class ImportWizard;

// Step 6: what the import did, its warnings, and the rejected rows saved as a CSV on request.
class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSummaryPage(ImportWizard* wizard);

    QString summaryText() const;
    // Writes the rejected rows; returns false (with the error shown) if the file cannot be written.
    bool saveErrorReport(const QString& path);
    QPushButton* saveButton() const { return m_save; }

    void initializePage() override;

private:
    void askAndSave();

    ImportWizard* m_wizard;
    QLabel* m_headline;
    QLabel* m_counts;
    QLabel* m_warnings;
    QPushButton* m_save;
};

} // namespace clientele
