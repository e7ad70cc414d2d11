#include "ImportPage.h"

#include "ImportHistoryWidget.h"
#include "ImportWizard.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace clientele {

ImportPage::ImportPage(QWidget* parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_start(new QPushButton(tr("Import a spreadsheet…"), this))
    , m_history(new ImportHistoryWidget(this))
{
    setObjectName(QStringLiteral("importPage"));
    auto* title = new QLabel(tr("Import"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Bring in customers, orders, interactions, surveys and customer summaries from CSV, "
                        "XLSX and XLS files. You can also drop a file on the window. Every import can be "
                        "rolled back."));
    m_start->setObjectName(QStringLiteral("startImport"));
    m_start->setEnabled(false);
    auto* historyTitle = new QLabel(tr("History"), this);
    QFont bold = historyTitle->font();
    bold.setBold(true);
    historyTitle->setFont(bold);

    auto* top = new QHBoxLayout;
    top->addWidget(m_intro, 1);
    top->addWidget(m_start, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(historyTitle);
    layout->addWidget(m_history, 1);

    connect(m_start, &QPushButton::clicked, this, [this] { startImport(); });
    connect(m_history, &ImportHistoryWidget::rolledBack, this, &ImportPage::dataChanged);
}

ImportPage::~ImportPage() = default;

ImportWizard* ImportPage::wizard() const
{
    return m_wizard.data();
}

void ImportPage::setDatabase(Database* db)
{
    // The wizard works on the database it was opened with.
    if (m_wizard && db != m_db)
        m_wizard->reject();
    m_db = db;
    m_start->setEnabled(db != nullptr);
    m_history->setDatabase(db);
}

bool ImportPage::isSpreadsheetFile(const QString& path)
{
    static const QStringList suffixes{QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt"),
                                      QStringLiteral("xlsx"), QStringLiteral("xls")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

void ImportPage::startImport(const QString& filePath)
{
    if (!m_db)
        return;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        if (!filePath.isEmpty() && m_wizard->currentId() == ImportWizard::FilePageId)
            m_wizard->setFilePath(filePath);
        return;
    }
    m_wizard = new ImportWizard(m_db, window());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &ImportWizard::imported, this, [this] {
        m_history->refresh();
        emit dataChanged();
    });
    if (!filePath.isEmpty())
        m_wizard->setFilePath(filePath);
    m_wizard->open();
}

} // namespace clientele
