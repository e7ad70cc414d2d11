#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace clientele {

class ImportWizard;

// Step 1: the file, its detected format and, for text files, the encoding (detected, with the reason,
// or chosen).
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard* wizard);

    void setFilePath(const QString& path);
    QString filePath() const;
    // Empty: detect.
    void setEncoding(const QString& encoding);
    QString encoding() const;

    bool isComplete() const override;
    bool validatePage() override;

    static QString fileFilter();

private:
    void browse();
    void reinspect();
    void showInspection();

    ImportWizard* m_wizard;
    QLineEdit* m_path;
    QLabel* m_format;
    QLabel* m_encodingLabel;
    QComboBox* m_encoding;
    QLabel* m_encodingReason;
    QLabel* m_status;
    QTimer* m_typing;
};

} // namespace clientele
