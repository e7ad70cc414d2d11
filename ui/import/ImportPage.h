#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace clientele {

class Database;
class ImportHistoryWidget;
class ImportWizard;

// The main window's Import page: starts the import wizard and shows the import history with rollback.
class ImportPage : public QWidget
{
    Q_OBJECT

public:
    explicit ImportPage(QWidget* parent = nullptr);
    ~ImportPage() override;

    void setDatabase(Database* db);
    ImportHistoryWidget* history() const { return m_history; }
    // The wizard currently open, if any.
    ImportWizard* wizard() const;

    // True for the file types the wizard reads (by name, for drag and drop).
    static bool isSpreadsheetFile(const QString& path);

public slots:
    // Opens the wizard (window-modal), on `filePath` when given.
    void startImport(const QString& filePath = QString());

signals:
    // An import was committed or rolled back: counts and lists need reloading.
    void dataChanged();

private:
    Database* m_db = nullptr;
    QLabel* m_intro;
    QPushButton* m_start;
    ImportHistoryWidget* m_history;
    QPointer<ImportWizard> m_wizard;
};

} // namespace clientele
