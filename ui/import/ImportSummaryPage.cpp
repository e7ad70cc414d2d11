#include "ImportSummaryPage.h"

#include "ImportWizard.h"
#include "UserDialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace clientele {

ImportSummaryPage::ImportSummaryPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_headline(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_save(new QPushButton(tr("Save error report…"), this))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("What the import did. Every import can be rolled back from the import history."));
    setFinalPage(true);
    m_headline->setObjectName(QStringLiteral("summaryHeadline"));
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_counts->setObjectName(QStringLiteral("summaryCounts"));
    m_counts->setTextFormat(Qt::PlainText);
    m_warnings->setObjectName(QStringLiteral("summaryWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_save->setObjectName(QStringLiteral("saveErrorReport"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_counts);
    layout->addWidget(m_warnings);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_save, &QPushButton::clicked, this, &ImportSummaryPage::askAndSave);
}

void ImportSummaryPage::initializePage()
{
    const ImportReport& r = m_wizard->report();
    const QString error = m_wizard->resultError();
    if (!error.isEmpty())
        m_headline->setText(tr("Nothing was imported: %1").arg(error));
    else if (r.cancelled)
        m_headline->setText(tr("The import was cancelled. The database is as it was."));
    else if (!r.committed)
        m_headline->setText(tr("Nothing was imported: %n row(s) were rejected in strict mode.", nullptr,
                               static_cast<int>(r.skipped)));
    else
        m_headline->setText(tr("Imported %1 as import #%2.").arg(r.fileName).arg(r.batchId));

    QStringList lines;
    if (error.isEmpty() && !r.cancelled) {
        lines << tr("Rows read: %1").arg(r.rowsRead) << tr("Rows imported: %1").arg(r.imported)
              << tr("Customers created: %1").arg(r.customersCreated)
              << tr("Customers updated: %1").arg(r.customersUpdated) << tr("Duplicates: %1").arg(r.duplicates)
              << tr("Rejected: %1").arg(r.skipped);
        if (r.rowsWithoutCustomer > 0)
            lines << tr("Without customer: %1").arg(r.rowsWithoutCustomer);
        lines << tr("Time: %1 s").arg(QString::number(r.elapsedMs / 1000.0, 'f', 1));
    }
    m_counts->setText(lines.join(QLatin1Char('\n')));
    m_warnings->setText(r.warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!r.warnings.isEmpty());
    m_save->setVisible(r.issueCount > 0);
}

QString ImportSummaryPage::summaryText() const
{
    return m_headline->text() + QLatin1Char('\n') + m_counts->text();
}

bool ImportSummaryPage::saveErrorReport(const QString& path)
{
    QString error;
    if (!m_wizard->report().writeIssuesCsv(path, &error)) {
        UserDialogs::current().showError(
            this, tr("Save error report"),
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    return true;
}

void ImportSummaryPage::askAndSave()
{
    QString path =
        UserDialogs::current().saveFileName(this, tr("Save error report"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    saveErrorReport(path);
}

} // namespace clientele
