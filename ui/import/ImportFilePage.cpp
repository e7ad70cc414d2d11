#include "ImportFilePage.h"

#include "ImportWizard.h"
#include "UserDialogs.h"
#include "import/TextEncodingDetector.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace clientele {

ImportFilePage::ImportFilePage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_format(new QLabel(this))
    , m_encodingLabel(new QLabel(tr("Encoding:"), this))
    , m_encoding(new QComboBox(this))
    , m_encodingReason(new QLabel(this))
    , m_status(new QLabel(this))
    , m_typing(new QTimer(this))
{
    setTitle(tr("Choose a file"));
    setSubTitle(tr("CSV, TSV and text files in any common encoding, Excel workbooks (XLSX) and Excel "
                   "97-2003 workbooks (XLS)."));

    m_path->setObjectName(QStringLiteral("filePath"));
    m_path->setPlaceholderText(tr("The spreadsheet to import"));
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    m_format->setObjectName(QStringLiteral("detectedFormat"));
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("Detect automatically"), QString());
    for (const QString& name : TextEncodingDetector::availableEncodings())
        m_encoding->addItem(name, name);
    m_encodingReason->setObjectName(QStringLiteral("encodingReason"));
    m_encodingReason->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("fileStatus"));
    m_status->setWordWrap(true);

    // The encoding combo keeps its own width; the reason beneath it may use the whole row.
    auto* encodingRow = new QHBoxLayout;
    encodingRow->addWidget(m_encoding);
    encodingRow->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(m_encodingLabel, encodingRow);
    form->addRow(QString(), m_encodingReason);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);

    // Typing a path: read it once the typing pauses.
    m_typing->setSingleShot(true);
    m_typing->setInterval(400);
    connect(m_typing, &QTimer::timeout, this, &ImportFilePage::reinspect);
    connect(m_path, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_typing->isActive()) {
            m_typing->stop();
            reinspect();
        }
    });
    connect(browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportFilePage::reinspect);
    connect(wizard, &ImportWizard::inspectionChanged, this, &ImportFilePage::showInspection);
    showInspection();
}

QString ImportFilePage::fileFilter()
{
    return tr("Spreadsheets (*.csv *.tsv *.txt *.xlsx *.xls)") + QStringLiteral(";;") + tr("All files (*)");
}

void ImportFilePage::setFilePath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_typing->stop();
    reinspect();
}

QString ImportFilePage::filePath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ImportFilePage::setEncoding(const QString& encoding)
{
    const int index = m_encoding->findData(encoding);
    m_encoding->setCurrentIndex(index < 0 ? 0 : index);
}

QString ImportFilePage::encoding() const
{
    return m_encoding->currentData().toString();
}

void ImportFilePage::browse()
{
    const QString path = UserDialogs::current().openFileName(this, tr("Import a spreadsheet"), fileFilter());
    if (!path.isEmpty())
        setFilePath(path);
}

void ImportFilePage::reinspect()
{
    if (filePath().isEmpty()) {
        showInspection();
        return;
    }
    // A new file starts at its first sheet.
    const bool sameFile = m_wizard->inspection().filePath == filePath();
    m_wizard->inspect(filePath(), encoding(), sameFile ? m_wizard->inspection().sheetIndex : 0);
}

void ImportFilePage::showInspection()
{
    const ImportFileInspection& info = m_wizard->inspection();
    const bool current = !filePath().isEmpty() && info.filePath == filePath();
    const bool csv = current && info.valid && info.format == SpreadsheetReader::Format::Csv;
    m_encodingLabel->setVisible(csv || !current);
    m_encoding->setVisible(csv || !current);
    m_encodingReason->setVisible(csv);
    if (m_wizard->isInspecting()) {
        m_status->setText(tr("Reading the file…"));
        m_status->setStyleSheet(QString());
    } else if (!current) {
        m_format->setText(tr("—"));
        m_status->clear();
    } else if (!info.valid) {
        m_format->setText(tr("—"));
        m_status->setText(info.error);
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    } else {
        m_format->setText(info.formatName());
        m_encodingReason->setText(info.requestedEncoding.isEmpty()
                                      ? tr("Detected %1: %2").arg(info.encoding, info.encodingReason)
                                      : tr("Read as %1, as chosen.").arg(info.encoding));
        m_status->setText(tr("%n column(s); the first rows are read for the preview.", nullptr,
                             static_cast<int>(info.headers.size())));
        m_status->setStyleSheet(QString());
    }
    emit completeChanged();
}

bool ImportFilePage::isComplete() const
{
    const ImportFileInspection& info = m_wizard->inspection();
    return !m_wizard->isInspecting() && info.valid && info.filePath == filePath();
}

bool ImportFilePage::validatePage()
{
    m_wizard->options().encoding = encoding();
    return isComplete();
}

} // namespace clientele
