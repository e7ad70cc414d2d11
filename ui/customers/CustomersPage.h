#pragma once

#include <QPointer>
#include <QWidget>

#include <cstdint>
#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QUndoStack;

namespace clientele {

class CustomerDetailPane;
class CustomerEditDialog;
class CustomerTableModel;
class Database;
struct Customer;
struct CustomerCommandContext;

// The customer list: a lazily fetched table (sorted and searched in SQL), a detail pane, and
// add/edit/delete with undo.
class CustomersPage : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersPage(QWidget* parent = nullptr);
    ~CustomersPage() override;

    // nullptr = no database. The database is owned elsewhere and must outlive its use here.
    void setDatabase(Database* db);
    QUndoStack* undoStack() const;

    // Asked before a delete; returns true to go ahead. Tests replace the message box with this.
    using Confirmation = std::function<bool(const QString& title, const QString& text)>;
    void setConfirmation(Confirmation confirmation);
    // Shows an error that has no dialog of its own (a failed undo/redo). Tests may capture it.
    using ErrorReport = std::function<void(const QString& title, const QString& text)>;
    void setErrorReport(ErrorReport report);

    CustomerTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_searchEdit; }
    CustomerDetailPane* detailPane() const { return m_detail; }
    // The add/edit dialog while one is open (it is window-modal, opened with open()), else nullptr.
    CustomerEditDialog* openDialog() const;
    // The id of the selected customer, 0 if none.
    std::int64_t selectedCustomerId() const;
    // Selects the customer's row if it is loaded.
    void selectCustomer(std::int64_t id);

public slots:
    void addCustomer();
    void editSelected();
    void deleteSelected();
    void focusSearch();

signals:
    // After any add, edit, delete, undo or redo.
    void customersChanged();
    // Once per setDatabase() with a database, when the first page of rows is on screen.
    void firstRowsShown();

private:
    void buildActions();
    void buildLayout();
    void applySearch();
    void updateCountLabel();
    void updateActions();
    void showCurrentDetail();
    void onDataChanged(std::int64_t selectId);
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
    QTimer* m_searchTimer = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QPointer<CustomerEditDialog> m_dialog;
    int m_databaseGeneration = 0;
    Confirmation m_confirmation;
    ErrorReport m_errorReport;
};

} // namespace clientele
