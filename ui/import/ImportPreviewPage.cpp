#include "ImportPreviewPage.h"

#include "ImportJob.h"
#include "ImportMappingPage.h"
#include "ImportReportModel.h"
#include "ImportWizard.h"
#include "UserDialogs.h"
#include "import/ImportSchema.h"
#include "import/ValueParser.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace clientele {

namespace {

// Only rows whose RejectedRole is true, when asked.
class RejectedFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setRejectedOnly(bool only)
    {
        m_only = only;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (m_only && !sourceModel()->index(row, 0, parent).data(ImportReportModel::RejectedRole).toBool())
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    bool m_only = false;
};

QTableView* makeTable(QWidget* parent, QAbstractItemModel* model, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);
    return view;
}

QString formatMinorUnits(std::int64_t value, int scale)
{
    std::int64_t factor = 1;
    for (int i = 0; i < scale; ++i)
        factor *= 10;
    const bool negative = value < 0;
    const std::uint64_t magnitude =
        negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    QString text = QString::number(magnitude / static_cast<std::uint64_t>(factor));
    if (scale > 0)
        text += QLatin1Char('.') + QStringLiteral("%1").arg(magnitude % static_cast<std::uint64_t>(factor),
                                                            scale, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_backToMapping(new QPushButton(tr("Change the mapping or the date order"), this))
    , m_busy(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_rows(new QStandardItemModel(this))
    , m_actions(new ImportReportModel(ImportReportModel::Content::Actions, this))
    , m_issues(new ImportReportModel(ImportReportModel::Content::Issues, this))
    , m_actionsFilter(new RejectedFilter(this))
    , m_issuesFilter(new RejectedFilter(this))
    , m_filter(new QLineEdit(this))
    , m_rejectedOnly(new QCheckBox(tr("Rejected rows only"), this))
{
    setTitle(tr("Preview"));
    setSubTitle(tr("A trial run of the whole import: nothing is written until you choose Import."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setRange(0, 0);
    m_counts->setObjectName(QStringLiteral("previewCounts"));
    m_counts->setWordWrap(true);
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);
    m_warnings->setObjectName(QStringLiteral("previewWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a5a00;"));

    m_actionsFilter->setSourceModel(m_actions);
    m_actionsFilter->setFilterKeyColumn(-1);
    m_actionsFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_actionsFilter->setSortRole(Qt::DisplayRole);
    m_issuesFilter->setSourceModel(m_issues);
    m_issuesFilter->setFilterKeyColumn(-1);
    m_issuesFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setObjectName(QStringLiteral("previewFilter"));
    m_filter->setPlaceholderText(tr("Filter by row, field, value or reason"));
    m_filter->setClearButtonEnabled(true);
    m_rejectedOnly->setObjectName(QStringLiteral("rejectedOnly"));

    auto* rowsView = makeTable(this, m_rows, QStringLiteral("previewRows"));
    rowsView->setSortingEnabled(false);
    m_tabs->setObjectName(QStringLiteral("previewTabs"));
    m_tabs->addTab(rowsView, tr("First rows as stored"));
    m_tabs->addTab(makeTable(this, m_actionsFilter, QStringLiteral("previewActions")),
                   tr("What each row does"));
    m_tabs->addTab(makeTable(this, m_issuesFilter, QStringLiteral("previewIssues")), tr("Problems"));

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_rejectedOnly);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_backToMapping, 0, Qt::AlignLeft);
    m_backToMapping->setObjectName(QStringLiteral("backToMapping"));
    m_backToMapping->hide();
    connect(m_backToMapping, &QPushButton::clicked, this, [this] {
        m_wizard->back();
        m_wizard->mappingPage()->focusDateOrder();
    });
    layout->addWidget(m_busy);
    layout->addWidget(m_counts);
    layout->addWidget(m_warnings);
    layout->addLayout(filterRow);
    layout->addWidget(m_tabs, 1);
    layout->addStretch(0); // takes the space while the tabs are hidden (an error)

    connect(m_filter, &QLineEdit::textChanged, this, &ImportPreviewPage::applyFilter);
    connect(m_rejectedOnly, &QCheckBox::toggled, this, &ImportPreviewPage::applyFilter);
}

void ImportPreviewPage::setFilterText(const QString& text)
{
    m_filter->setText(text);
}

void ImportPreviewPage::setRejectedOnly(bool only)
{
    m_rejectedOnly->setChecked(only);
}

void ImportPreviewPage::applyFilter()
{
    for (QSortFilterProxyModel* proxy : {m_actionsFilter, m_issuesFilter}) {
        proxy->setFilterFixedString(m_filter->text());
        static_cast<RejectedFilter*>(proxy)->setRejectedOnly(m_rejectedOnly->isChecked());
    }
}

bool ImportPreviewPage::isRunning() const
{
    return m_job && m_job->isRunning();
}

void ImportPreviewPage::cancel()
{
    if (!m_job)
        return;
    // A superseded run finishes (rolled back) in the background and then goes away.
    ImportJob* old = m_job;
    m_job = nullptr;
    old->disconnect(this);
    old->cancel();
    if (old->isRunning()) {
        connect(old, &ImportJob::finished, old, &QObject::deleteLater);
        connect(old, &ImportJob::failed, old, &QObject::deleteLater);
    } else {
        old->deleteLater();
    }
}

void ImportPreviewPage::initializePage()
{
    cancel();
    m_finished = false;
    m_error.clear();
    m_report = ImportReport();
    m_actions->clear();
    m_issues->clear();
    m_rows->clear();
    m_counts->clear();
    m_warnings->clear();
    m_warnings->hide();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Checking every row…"));
    m_backToMapping->hide();
    for (QWidget* w : std::initializer_list<QWidget*>{m_tabs, m_filter, m_rejectedOnly})
        w->show();
    m_busy->show();
    m_tabs->setEnabled(false);

    ImportOptions options = m_wizard->options();
    options.dryRun = true;
    options.backupRoot = m_wizard->backupRoot();
    m_job = new ImportJob(this);
    connect(m_job, &ImportJob::finished, this, &ImportPreviewPage::onFinished);
    connect(m_job, &ImportJob::failed, this, &ImportPreviewPage::onFailed);
    m_job->start(m_wizard->database(), m_wizard->filePath(), options);
    emit completeChanged();
}

void ImportPreviewPage::cleanupPage()
{
    cancel();
    QWizardPage::cleanupPage();
}

QString ImportPreviewPage::countsText() const
{
    const ImportReport& r = m_report;
    QStringList parts;
    parts << tr("Rows read: %1").arg(r.rowsRead);
    if (r.kind == importKindKey(ImportKind::Customers)) {
        parts << tr("Customers to create: %1").arg(r.customersCreated);
        parts << tr("Customers to update: %1").arg(r.customersUpdated);
    } else {
        parts << tr("Rows to add: %1").arg(r.imported);
        if (r.customersCreated > 0)
            parts << tr("New customers: %1").arg(r.customersCreated);
    }
    parts << tr("Duplicates: %1").arg(r.duplicates);
    parts << tr("Rejected: %1").arg(r.skipped);
    if (r.kind == importKindKey(ImportKind::Orders))
        parts << tr("Without customer: %1").arg(r.rowsWithoutCustomer);
    return parts.join(QStringLiteral(" · "));
}

void ImportPreviewPage::onFinished(const ImportReport& report)
{
    m_finished = true;
    m_report = report;
    m_busy->hide();
    m_tabs->setEnabled(true);
    m_actions->setReport(report);
    m_issues->setReport(report);
    fillRows();
    m_counts->setText(countsText());
    QStringList notes = report.warnings;
    if (report.issueCount > report.issues.size())
        notes << tr("Only the first %1 of %2 problems are listed.")
                     .arg(report.issues.size())
                     .arg(report.issueCount);
    m_warnings->setText(notes.join(QLatin1Char('\n')));
    m_warnings->setVisible(!notes.isEmpty());
    if (report.strict && report.skipped > 0) {
        m_status->setText(tr("Strict mode: %n row(s) would be rejected, so nothing would be imported. Fix "
                             "the file, or go back and choose lenient mode to skip them.",
                             nullptr, static_cast<int>(report.skipped)));
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_tabs->setCurrentIndex(2);
    } else {
        m_status->setText(tr("Ready to import. Nothing has been written yet."));
        m_tabs->setCurrentIndex(report.skipped > 0 ? 2 : 0);
    }
    emit completeChanged();
    emit previewFinished();
}

void ImportPreviewPage::onFailed(const QString& message)
{
    m_finished = true;
    m_error = message;
    m_busy->hide();
    m_status->setText(message + QStringLiteral("\n\n") +
                      tr("Go back to choose the date order, the decimal symbol or other columns."));
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_backToMapping->show();
    // Nothing to list: the rows were never checked.
    for (QWidget* w : std::initializer_list<QWidget*>{m_tabs, m_filter, m_rejectedOnly})
        w->hide();
    emit completeChanged();
    emit previewFinished();
    UserDialogs::current().showError(this, tr("The file cannot be imported like this"), message);
}

void ImportPreviewPage::fillRows()
{
    const ImportFileInspection& info = m_wizard->inspection();
    const ImportOptions& options = m_wizard->options();
    const ImportKind kind = options.kind;
    QList<int> columns = options.mapping.keys();
    std::sort(columns.begin(), columns.end());
    QList<FieldSpec> fields;
    QStringList labels{tr("Row")};
    for (int column : columns) {
        const FieldSpec field = ImportSchema::field(kind, options.mapping.value(column))
                                    .value_or(FieldSpec{options.mapping.value(column),
                                                        options.mapping.value(column),
                                                        FieldType::Text,
                                                        false,
                                                        {}});
        fields << field;
        labels << field.label;
    }
    m_rows->clear();
    m_rows->setHorizontalHeaderLabels(labels);

    const DateOrder order = dateOrderFromKey(m_report.dateOrder).value_or(DateOrder::YearMonthDay);
    const bool comma = m_report.decimalComma;
    QSet<qint64> rejected;
    for (const ImportIssue& issue : m_report.issues)
        rejected.insert(issue.row);
    const QBrush rejectedBrush(QColor(255, 228, 228));

    for (int r = 0; r < info.rows.size(); ++r) {
        const QList<CellValue>& cells = info.rows.at(r);
        const qint64 rowNumber = info.rowNumbers.value(r);
        QList<QStandardItem*> items;
        auto* number = new QStandardItem(QString::number(rowNumber));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        items << number;
        for (int f = 0; f < fields.size(); ++f) {
            const CellValue cell = cells.value(columns.at(f));
            const QString raw = cell.text.trimmed();
            QString shown = raw;
            QString why;
            bool failed = false;
            if (!cell.isEmpty()) {
                switch (fields.at(f).type) {
                case FieldType::DateTime:
                    if (cell.type == CellValue::Type::DateTime && cell.dateTime.isValid()) {
                        shown = ImportFileInspection::cellText(cell);
                    } else if (const auto when = ValueParser::parseDateTime(raw, order, &why)) {
                        shown = when->time() == QTime(0, 0)
                                    ? when->date().toString(Qt::ISODate)
                                    : when->toString(QStringLiteral("yyyy-MM-dd HH:mm"));
                    } else {
                        failed = true;
                    }
                    break;
                case FieldType::Amount:
                    if (const auto v = ValueParser::parseAmount(raw, comma, &why))
                        shown = formatMinorUnits(*v, 2);
                    else
                        failed = true;
                    break;
                case FieldType::Decimal:
                    if (const auto v = ValueParser::parseDecimal(raw, comma, 4, &why))
                        shown = formatMinorUnits(*v, 4);
                    else
                        failed = true;
                    break;
                case FieldType::Integer:
                    if (const auto v = ValueParser::parseDecimal(raw, comma, 0, &why))
                        shown = QString::number(*v);
                    else
                        failed = true;
                    break;
                case FieldType::Boolean:
                    if (const auto v = ValueParser::parseBoolean(raw))
                        shown = *v ? tr("yes") : tr("no");
                    else
                        failed = true;
                    break;
                case FieldType::Text:
                case FieldType::Code:
                    break;
                }
            }
            auto* item = new QStandardItem(shown);
            if (failed) {
                item->setForeground(QColor(176, 0, 32));
                item->setToolTip(why);
            }
            items << item;
        }
        if (rejected.contains(rowNumber))
            for (QStandardItem* item : items)
                item->setBackground(rejectedBrush);
        m_rows->appendRow(items);
    }
    if (auto* view = m_tabs->findChild<QTableView*>(QStringLiteral("previewRows")))
        view->resizeColumnsToContents();
}

bool ImportPreviewPage::isComplete() const
{
    return m_finished && m_error.isEmpty() && !(m_report.strict && m_report.skipped > 0);
}

} // namespace clientele
