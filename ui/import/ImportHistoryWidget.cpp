#include "ImportHistoryWidget.h"

#include "UserDialogs.h"
#include "import/ImportSchema.h"
#include "storage/Database.h"
#include "storage/ImportStore.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace clientele {

ImportHistoryWidget::ImportHistoryWidget(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_rollBack(new QPushButton(tr("Roll back…"), this))
{
    m_table->setObjectName(QStringLiteral("importHistory"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("File"), tr("Contents"), tr("Sheet"), tr("Rows"),
                                        tr("Imported"), tr("Duplicates"), tr("Skipped"), tr("By"),
                                        tr("Rolled back")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_rollBack->setObjectName(QStringLiteral("rollBackButton"));
    m_rollBack->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_rollBack);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportHistoryWidget::updateButtons);
    connect(m_rollBack, &QPushButton::clicked, this, &ImportHistoryWidget::rollBackSelected);
}

ImportHistoryWidget::~ImportHistoryWidget()
{
    m_worker.waitForFinished();
}

void ImportHistoryWidget::setDatabase(Database* db)
{
    m_worker.waitForFinished(); // a rollback finishes on the database it started on
    m_db = db;
    refresh();
}

void ImportHistoryWidget::refresh()
{
    m_batches.clear();
    if (m_db) {
        try {
            m_batches = ImportStore(m_db->connection(), m_db->dialect()).history();
        } catch (const StorageError& e) {
            UserDialogs::current().showError(this, tr("Import history"), QString::fromUtf8(e.what()));
        }
    }
    const QLocale locale;
    m_table->setRowCount(static_cast<int>(m_batches.size()));
    for (int row = 0; row < m_batches.size(); ++row) {
        const ImportBatch& b = m_batches.at(row);
        const auto kind = importKindFromKey(b.kind);
        const QString cells[ColumnCount] = {
            locale.toString(b.startedAt, QLocale::ShortFormat),
            b.fileName,
            kind ? ImportSchema::kindLabel(*kind) : b.kind,
            b.sheet,
            locale.toString(b.rowsRead),
            locale.toString(b.imported),
            locale.toString(b.duplicates),
            locale.toString(b.skipped),
            b.importedBy,
            b.rolledBackAt.isValid() ? locale.toString(b.rolledBackAt, QLocale::ShortFormat) : QString(),
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column >= RowsColumn && column <= SkippedColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (b.rolledBackAt.isValid())
                item->setForeground(palette().placeholderText());
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void ImportHistoryWidget::updateButtons()
{
    const int row = m_table->currentRow();
    const bool selected = !m_table->selectedItems().isEmpty() && row >= 0 && row < m_batches.size();
    m_rollBack->setEnabled(!m_busy && selected && !m_batches.at(row).rolledBackAt.isValid());
}

void ImportHistoryWidget::rollBackSelected()
{
    rollBack(m_table->currentRow());
}

bool ImportHistoryWidget::rollBack(int row)
{
    if (!m_db || m_busy || row < 0 || row >= m_batches.size())
        return false;
    const ImportBatch batch = m_batches.at(row);
    if (batch.rolledBackAt.isValid())
        return false;
    if (!UserDialogs::current().askYesNo(
            this, tr("Roll back an import"),
            tr("Roll back import #%1 of %2? The %3 rows it added are deleted, customers it created are "
               "deleted unless later data uses them, and the customer fields it changed are restored. A "
               "backup is made first.")
                .arg(batch.id)
                .arg(batch.fileName)
                .arg(batch.imported),
            false))
        return false;
    m_busy = true;
    updateButtons();
    const Database* db = m_db;
    const qint64 id = batch.id;
    QPointer<ImportHistoryWidget> self(this);
    m_worker.setFuture(QtConcurrent::run([self, db, id] {
        QString result;
        QString error;
        try {
            auto connection = db->openThreadConnection();
            const QSqlDatabase handle = connection->handle();
            db->backupManager().createBackup(handle, connection->dialect(), QStringLiteral("pre-rollback"));
            WriteTransaction transaction(handle, connection->dialect());
            const auto r = ImportStore(handle, connection->dialect()).rollback(id);
            transaction.commit();
            result = tr("Import #%1 was rolled back: %2 rows and %3 customers deleted, %4 fields restored, "
                        "%5 customers kept because later data uses them.")
                         .arg(id)
                         .arg(r.rowsDeleted)
                         .arg(r.customersDeleted)
                         .arg(r.fieldsRestored)
                         .arg(r.customersKept);
        } catch (const StorageError& e) {
            error = QString::fromUtf8(e.what());
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        // The widget waits for this worker before it goes, so `self` is alive here.
        QMetaObject::invokeMethod(
            self.data(), [self, id, result, error] { self->rollBackFinished(id, result, error); },
            Qt::QueuedConnection);
    }));
    return true;
}

void ImportHistoryWidget::rollBackFinished(qint64 batchId, const QString& result, const QString& error)
{
    m_busy = false;
    refresh();
    if (!error.isEmpty()) {
        UserDialogs::current().showError(this, tr("Roll back an import"), error);
        return;
    }
    emit rolledBack(batchId);
    UserDialogs::current().showInformation(this, tr("Roll back an import"), result);
}

} // namespace clientele
