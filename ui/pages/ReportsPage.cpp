#include "pages/ReportsPage.h"

#include "UserDialogs.h"
#include "analytics/AnalysisPeriod.h"
#include "report/QuarterlyReport.h"
#include "report/ReportDataCollector.h"
#include "report/ReportJob.h"
#include "report/ReportLanguage.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace clientele {

namespace {

constexpr int kSectionRole = Qt::UserRole + 1;

} // namespace

ReportsPage::ReportsPage(QWidget* parent)
    : QWidget(parent)
    , m_job(new ReportJob(this))
{
    setObjectName(QStringLiteral("reportsPage"));
    auto* heading = new QLabel(tr("Reports"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto* intro =
        new QLabel(tr("The quarterly customer review: key figures against the previous period, tiers and "
                      "their migration, the lifecycle funnel, effect tracking and the customers most at "
                      "risk, for print or as a PDF."),
                   this);
    intro->setWordWrap(true);

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("reportPeriod"));
    m_period->setEditable(true);
    m_period->setToolTip(tr("A quarter such as 2011Q3, a month (2011-07) or a year (2011)."));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    // Language names in their own language.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("reportPageSize"));
    m_pageSize->addItem(tr("A4"), static_cast<int>(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), static_cast<int>(QPageSize::Letter));
    m_company = new QLineEdit(this);
    m_company->setObjectName(QStringLiteral("reportCompany"));
    m_author = new QLineEdit(this);
    m_author->setObjectName(QStringLiteral("reportAuthor"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Pa&per:"), m_pageSize);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Author:"), m_author);

    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("reportSections"));
    m_up = new QPushButton(tr("&Up"), this);
    m_down = new QPushButton(tr("Do&wn"), this);
    auto* order = new QVBoxLayout;
    order->addWidget(m_up);
    order->addWidget(m_down);
    order->addStretch(1);
    auto* sectionsBox = new QGroupBox(tr("Sections (tick to include, order with Up and Down)"), this);
    auto* sectionsLayout = new QHBoxLayout(sectionsBox);
    sectionsLayout->addWidget(m_sections, 1);
    sectionsLayout->addLayout(order);

    m_previewButton = new QPushButton(tr("Pre&view…"), this);
    m_printButton = new QPushButton(tr("P&rint…"), this);
    m_exportButton = new QPushButton(tr("&Export PDF…"), this);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("reportCancel"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_exportButton);
    buttons->addStretch(1);
    auto* progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancelButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addWidget(sectionsBox, 1);
    layout->addLayout(columns);
    layout->addLayout(buttons);
    layout->addLayout(progress);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_up, &QPushButton::clicked, this, [this] { moveSection(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSection(1); });
    connect(m_sections, &QListWidget::currentRowChanged, this, &ReportsPage::updateButtons);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportsPage::preview);
    connect(m_printButton, &QPushButton::clicked, this, &ReportsPage::print);
    connect(m_exportButton, &QPushButton::clicked, this, &ReportsPage::exportPdf);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportsPage::cancel);
    connect(m_job, &ReportJob::progress, this, [this](int percent, const QString& step) {
        m_progress->setValue(percent);
        m_status->setText(step);
    });
    connect(m_job, &ReportJob::finished, this, &ReportsPage::onCollected);
    connect(m_job, &ReportJob::cancelled, this, [this] { finishJob(tr("Cancelled.")); });
    connect(m_job, &ReportJob::failed, this, [this](const QString& message) {
        finishJob(tr("The report could not be made: %1").arg(message));
        UserDialogs::current().showError(this, tr("Report"), m_status->text());
    });

    setOptions(ReportOptions::load(QSettings()));
    updateButtons();
}

ReportsPage::~ReportsPage()
{
    m_job->cancel();
    m_job->waitForFinished();
}

void ReportsPage::setDatabase(Database* db)
{
    if (m_job->isRunning()) {
        m_job->cancel();
        m_job->waitForFinished();
    }
    m_db = db;
    fillPeriods();
    updateButtons();
}

void ReportsPage::fillPeriods()
{
    const QString chosen = m_period->currentText();
    m_period->clear();
    if (!m_db)
        return;
    // The eight quarters up to the latest one ended by the last order.
    try {
        AnalysisPeriod quarter =
            ReportDataCollector(m_db->connection(), m_db->dialect()).resolvePeriod(QString());
        for (int i = 0; i < 8; ++i, quarter = quarter.previous())
            m_period->addItem(quarter.code());
    } catch (const StorageError&) {
        // An empty list: the user can still type a period.
    }
    if (!chosen.isEmpty())
        m_period->setCurrentText(chosen);
}

ReportOptions ReportsPage::options() const
{
    ReportOptions o = ReportOptions::load(QSettings());
    o.period = m_period->currentText().trimmed();
    o.language = m_language->currentData().toString();
    o.pageSize = static_cast<QPageSize::PageSizeId>(m_pageSize->currentData().toInt());
    o.companyName = m_company->text().trimmed();
    o.author = m_author->text().trimmed();
    o.sections.clear();
    for (int row = 0; row < m_sections->count(); ++row) {
        const QListWidgetItem* item = m_sections->item(row);
        o.sections << ReportSectionChoice{static_cast<ReportSectionId>(item->data(kSectionRole).toInt()),
                                          item->checkState() == Qt::Checked};
    }
    return o;
}

void ReportsPage::setOptions(const ReportOptions& options)
{
    if (!options.period.isEmpty())
        m_period->setCurrentText(options.period);
    m_language->setCurrentIndex(std::max(0, m_language->findData(options.language)));
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(static_cast<int>(options.pageSize))));
    m_company->setText(options.companyName);
    m_author->setText(options.author);
    m_sections->clear();
    for (const ReportSectionChoice& choice : options.sections) {
        auto* item = new QListWidgetItem(ReportOptions::sectionTitle(choice.id), m_sections);
        item->setData(kSectionRole, static_cast<int>(choice.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(choice.enabled ? Qt::Checked : Qt::Unchecked);
    }
    m_sections->setCurrentRow(0);
}

void ReportsPage::saveOptions() const
{
    QSettings settings;
    options().save(settings);
}

void ReportsPage::moveSection(int delta)
{
    const int row = m_sections->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_sections->count())
        return;
    QListWidgetItem* item = m_sections->takeItem(row);
    m_sections->insertItem(target, item);
    m_sections->setCurrentRow(target);
    saveOptions();
}

void ReportsPage::updateButtons()
{
    const bool busy = m_job->isRunning();
    const bool ready = m_db && !busy;
    m_previewButton->setEnabled(ready);
    m_printButton->setEnabled(ready);
    m_exportButton->setEnabled(ready);
    m_cancelButton->setEnabled(busy);
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    const int row = m_sections->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_sections->count());
    if (!m_db)
        m_status->setText(tr("Open a database to make a report."));
}

bool ReportsPage::isBusy() const
{
    return m_job->isRunning();
}

QString ReportsPage::statusText() const
{
    return m_status->text();
}

void ReportsPage::preview()
{
    start(Action::Preview);
}

void ReportsPage::print()
{
    start(Action::Print);
}

void ReportsPage::exportPdf()
{
    QString path = UserDialogs::current().saveFileName(this, tr("Export PDF"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    start(Action::ExportPdf, path);
}

void ReportsPage::cancel()
{
    m_job->cancel();
}

void ReportsPage::start(Action action, const QString& pdfPath)
{
    if (!m_db || m_job->isRunning())
        return;
    saveOptions();
    m_action = action;
    m_pdfPath = pdfPath;
    m_jobOptions = options();
    m_progress->setValue(0);
    m_status->setText(tr("Analysing the customer base…"));
    // The analyses write their reasons in the report's language: it stays installed until the end.
    m_jobLanguage = std::make_unique<ReportLanguage>(m_jobOptions.language);
    m_job->start(m_db, m_jobOptions);
    updateButtons();
}

void ReportsPage::finishJob(const QString& status)
{
    m_jobLanguage.reset();
    m_status->setText(status);
    updateButtons();
    emit collectionEnded();
}

void ReportsPage::onCollected(const std::shared_ptr<const ReportData>& data)
{
    finishJob(tr("Report for %1 ready.").arg(data->cover.periodCode));
    const QuarterlyReport report(*data, m_jobOptions);
    switch (m_action) {
    case Action::ExportPdf:
        try {
            const int pages = report.writePdf(m_pdfPath);
            m_status->setText(
                tr("Wrote %n page(s) to %1.", nullptr, pages).arg(QDir::toNativeSeparators(m_pdfPath)));
            emit pdfExported(m_pdfPath, pages);
        } catch (const std::runtime_error& e) {
            m_status->setText(QString::fromStdString(e.what()));
            UserDialogs::current().showError(this, tr("Export PDF"), m_status->text());
        }
        break;
    case Action::Print: {
        QPrinter printer(QPrinter::HighResolution);
        report.setUpPage(&printer);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            report.render(&printer);
        break;
    }
    case Action::Preview: {
        QPrinter printer(QPrinter::HighResolution);
        report.setUpPage(&printer);
        QPrintPreviewDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Quarterly review %1").arg(data->cover.periodCode));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
                [&report](QPrinter* target) { report.render(target); });
        dialog.resize(900, 1000);
        dialog.exec();
        break;
    }
    }
}

} // namespace clientele
