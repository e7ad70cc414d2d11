#pragma once

#include "model/Tag.h"
#include "storage/CustomerQuery.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <optional>

class QAction;
class QDialog;
class QLabel;
class QProgressDialog;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QUndoStack;

namespace clientele {

class AnalysisService;
class CustomerDetailPane;
class CustomerEditDialog;
class CustomerEditQueue;
class CustomerExportJob;
class CustomerFilterBar;
class CustomerTableModel;
class Database;
struct Customer;
struct CustomerCommandContext;
struct CustomerExportResult;

// The customer list: a lazily fetched table (sorted, searched and filtered in SQL), a detail pane,
// add/edit/delete, and actions on many selected customers at once (add or remove a tag, assign an
// owner; all undoable) plus export to CSV or XLSX.
class CustomersPage : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersPage(QWidget* parent = nullptr);
    ~CustomersPage() override;

    // nullptr = no database. The database is owned elsewhere and must outlive its use here.
    void setDatabase(Database* db);
    QUndoStack* undoStack() const;
    // The background analysis whose latest result the profile's scores come from; an interaction,
    // survey response or note added in the profile schedules a new run. nullptr = none.
    void setAnalysisService(AnalysisService* service);

    // Asked before a delete; returns true to go ahead. Tests replace the message box with this.
    using Confirmation = std::function<bool(const QString& title, const QString& text)>;
    void setConfirmation(Confirmation confirmation);
    // Shows an error that has no dialog of its own (a failed undo/redo). Tests may capture it.
    using ErrorReport = std::function<void(const QString& title, const QString& text)>;
    void setErrorReport(ErrorReport report);
    // Asks where to export (suggested file name in, chosen path out; empty = cancel). Tests replace
    // the file dialog with this.
    using SaveFileChooser = std::function<QString(const QString& suggestedPath)>;
    void setSaveFileChooser(SaveFileChooser chooser);

    CustomerTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_searchEdit; }
    CustomerFilterBar* filterBar() const { return m_filterBar; }
    // The tag or owner picker while one is open, else nullptr.
    QDialog* openPicker() const;
    CustomerDetailPane* detailPane() const { return m_detail; }
    // The add/edit dialog while one is open (it is window-modal, opened with open()), else nullptr.
    CustomerEditDialog* openDialog() const;
    // Whether the list or the filter choices are being read (on the list's worker thread).
    bool isLoading() const;
    // The id of the selected customer, 0 if none.
    std::int64_t selectedCustomerId() const;
    // Selects the customer's row if it is loaded.
    void selectCustomer(std::int64_t id);
    // The ids of the selected rows, top to bottom.
    QList<std::int64_t> selectedCustomerIds() const;

    // The multi-select actions without their dialogs; each is one undo step. They check the name at once
    // and return whether they started; the write runs on the edit queue (isLoading() is true until it
    // is in) and the status bar says what it did.
    bool addTag(const QString& tagName, TagKind kind);
    bool removeTag(const QString& tagName);
    bool assignOwner(const QString& owner);
    // Exports the selected customers (two or more selected) or else every customer of the list as it
    // is filtered and sorted, in the background; ends with exportFinished() or exportFailed().
    void exportTo(const QString& filePath);
    bool isExporting() const;
    void cancelExport();

public slots:
    void addCustomer();
    void editSelected();
    void deleteSelected();
    void focusSearch();
    void addTagToSelection();
    void removeTagFromSelection();
    void assignOwnerToSelection();
    void exportCustomers();
    // Shows the customers of a query: its search, owner, tag and kind go into the search box and the
    // filter bar, its segment filters (tier, stage, risk, R and F; from the Segments page's charts)
    // into a note above the list that can be cleared.
    void showFiltered(const clientele::CustomerQuery& query);
    // A new analysis was stored: its columns and the tier, stage and risk choices are read again,
    // keeping the selection and the scroll position.
    void refreshAnalysis();

signals:
    // After any add, edit, delete, undo or redo.
    void customersChanged();
    // Once per setDatabase() with a database, when the first page of rows is on screen.
    void firstRowsShown();
    // A short note for the status bar ("Tag vip added to 12 customers"); also shown in the window's
    // status bar when the page sits in a QMainWindow.
    void statusMessage(const QString& text);
    void exportFinished(int rows, const QString& filePath);
    void exportFailed(const QString& message);
    // The list's count changed: "1,234 of 100,000 customers" when filtered (for the status bar).
    void listCountChanged(const QString& text);
    // "Add to plan…" on the selected customers.
    void addToPlanRequested(const QList<std::int64_t>& customerIds);

private:
    void buildActions();
    void buildLayout();
    void applySearch();
    void applyFilter();
    void updateSegmentNote();
    // Asks the list's worker for the owner, tag and analysis choices of the filter bar.
    void refreshFilterChoices();
    void noteSelection();
    void onListReset();
    void showLoading(bool loading);
    // Columns the saved layout does not know (added by a later version) get their default width and
    // visibility at the end, instead of whatever restoreState() leaves them with.
    void applyColumnDefaults(int firstColumn);
    void showColumnMenu(const QPoint& position);
    void reselect(const QList<std::int64_t>& ids, std::int64_t current);
    void showStatus(const QString& text);
    void onExportFinished(const CustomerExportResult& result, const QString& filePath);
    // Whether the multi-select actions have customers to act on.
    bool hasSelection() const;
    void updateCountLabel();
    QString countText() const;
    void updateActions();
    void showCurrentDetail();
    void onDataChanged(std::int64_t selectId);
    // After the profile added (or an undo/redo took back) an interaction, survey response or note.
    void onActivityChanged(std::int64_t customerId);
    void openEditor(const Customer& customer, std::function<void(Customer&)> save);
    CustomerCommandContext commandContext();
    void saveViewState() const;
    void restoreViewState();
    bool confirm(const QString& title, const QString& text);
    void reportError(const QString& title, const QString& text);

    Database* m_db = nullptr;
    QUndoStack* m_undoStack = nullptr;
    CustomerTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QLabel* m_countLabel = nullptr;
    QSplitter* m_splitter = nullptr;
    CustomerDetailPane* m_detail = nullptr;
    QPointer<AnalysisService> m_analysis;
    QTimer* m_searchTimer = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_addTagAction = nullptr;
    QAction* m_removeTagAction = nullptr;
    QAction* m_assignOwnerAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_addToPlanAction = nullptr;
    CustomerFilterBar* m_filterBar = nullptr;
    CustomerQuery m_segmentFilter; // only its segment fields are used
    QLabel* m_segmentNote = nullptr;
    CustomerExportJob* m_exportJob = nullptr;
    CustomerEditQueue* m_edits = nullptr;
    QPointer<QProgressDialog> m_exportProgress;
    QPointer<CustomerEditDialog> m_dialog;
    QPointer<QDialog> m_picker;
    int m_databaseGeneration = 0;
    // What to select when the list's rows arrive from the worker: the selected ids, the current one and
    // the scroll position (-1: leave it).
    struct PendingSelection
    {
        QList<std::int64_t> ids;
        std::int64_t current = 0;
        int scroll = -1;
    };
    std::optional<PendingSelection> m_pendingSelection;
    // A database was set and its first rows have not arrived yet.
    bool m_firstRowsPending = false;
    int m_choicesPending = 0; // filter-choice requests not answered yet
    Confirmation m_confirmation;
    ErrorReport m_errorReport;
    SaveFileChooser m_saveFileChooser;
};

} // namespace clientele
