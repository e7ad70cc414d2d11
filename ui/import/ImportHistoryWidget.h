#pragma once

#include "storage/ImportBatch.h"

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

    void setDatabase(Database* db);
    void refresh();
    const QList<ImportBatch>& batches() const { return m_batches; }
    QTableWidget* table() const { return m_table; }

    // Asks, backs up, rolls back. Returns true when the import was rolled back.
    bool rollBack(int row);

signals:
    void rolledBack(qint64 batchId);

private:
    void rollBackSelected();
    void updateButtons();

    Database* m_db = nullptr;
    QTableWidget* m_table;
    QPushButton* m_rollBack;
    QList<ImportBatch> m_batches;
};

} // namespace clientele
