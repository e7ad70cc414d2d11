#pragma once

#include "storage/ImportBatch.h"

#include <QFutureWatcher>
#include <QList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace clientele {

class Database;

// The import history (newest first) with "Roll back…": a pre-rollback backup, then the rollback in
// one write transaction.
class ImportHistoryWidget : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        FileColumn,
        KindColumn,
        SheetColumn,
        RowsColumn,
        ImportedColumn,
        DuplicatesColumn,
        SkippedColumn,
        ByColumn,
        RolledBackColumn,
        ColumnCount
    };

    explicit ImportHistoryWidget(QWidget* parent = nullptr);
    ~ImportHistoryWidget() override;

    void setDatabase(Database* db);
    void refresh();
    const QList<ImportBatch>& batches() const { return m_batches; }
    QTableWidget* table() const { return m_table; }

    // Asks, then backs up and rolls back on a worker thread with its own connection; rolledBack or
    // an error message follows. Returns true when the rollback was started.
    bool rollBack(int row);
    bool isBusy() const { return m_busy; }

signals:
    void rolledBack(qint64 batchId);

private:
    void rollBackSelected();
    void updateButtons();
    void rollBackFinished(qint64 batchId, const QString& result, const QString& error);

    Database* m_db = nullptr;
    QTableWidget* m_table;
    QPushButton* m_rollBack;
    QList<ImportBatch> m_batches;
    QFutureWatcher<void> m_worker;
    bool m_busy = false;
};

} // namespace clientele
