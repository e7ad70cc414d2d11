#pragma once

#include "import/ImportReport.h"

#include <QAbstractTableModel>
#include <QSet>

namespace clientele {

// A report's row actions (row, what, detail) or its issues (row, column, value, reason) as a table.
// Rows that were rejected are tinted.
class ImportReportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Content
    {
        Actions,
        Issues
    };
    static constexpr int RejectedRole = Qt::UserRole + 1;

    explicit ImportReportModel(Content content, QObject* parent = nullptr);

    void setReport(const ImportReport& report);
    void clear();

    static QString actionName(ImportRowAction::Kind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Content m_content;
    QList<ImportRowAction> m_actions;
    QList<ImportIssue> m_issues;
    QSet<qint64> m_rejectedRows;
};

} // namespace clientele
