#pragma once

#include "import/ImportSchema.h"

#include <QWizardPage>

class QComboBox;
class QLabel;

namespace clientele {

class ImportWizard;

// Step 2: which sheet (only asked for workbooks with several) and what its rows are.
class ImportSheetPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSheetPage(ImportWizard* wizard);

    void setSheetIndex(int index);
    int sheetIndex() const;
    void setKind(ImportKind kind);
    ImportKind kind() const;

    // The kind whose fields the headers match best (the most columns recognised, required ones first).
    static ImportKind guessKind(const QStringList& headers);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void showInspection();
    void describeKind();

    ImportWizard* m_wizard;
    QLabel* m_sheetLabel;
    QComboBox* m_sheet;
    QComboBox* m_kind;
    QLabel* m_hint;
    QLabel* m_fields;
    QString m_guessedFor; // the file whose kind was guessed, so a choice is not overridden
};

} // namespace clientele
