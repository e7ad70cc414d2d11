#include "ImportSheetPage.h"

#include "ImportFilePage.h"
#include "ImportWizard.h"
#include "import/Importer.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace clientele {

ImportSheetPage::ImportSheetPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_sheetLabel(new QLabel(tr("Sheet:"), this))
    , m_sheet(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_fields(new QLabel(this))
{
    setTitle(tr("Sheet and contents"));
    setSubTitle(tr("Choose what the rows of the file are."));
    m_sheet->setObjectName(QStringLiteral("sheetCombo"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (ImportKind kind : {ImportKind::Customers, ImportKind::Orders, ImportKind::Interactions,
                            ImportKind::Surveys, ImportKind::Summary})
        m_kind->addItem(ImportSchema::kindLabel(kind), static_cast<int>(kind));
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("sheetHint"));

    auto* form = new QFormLayout;
    form->addRow(m_sheetLabel, m_sheet);
    form->addRow(tr("The rows are:"), m_kind);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addSpacing(12);
    layout->addWidget(m_fields);
    m_fields->setWordWrap(true);
    m_fields->setObjectName(QStringLiteral("kindFields"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportSheetPage::describeKind);
    describeKind();
    layout->addStretch(1);

    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && index != m_wizard->inspection().sheetIndex)
            m_wizard->inspect(m_wizard->inspection().filePath, m_wizard->inspection().requestedEncoding,
                              index);
    });
    connect(wizard, &ImportWizard::inspectionChanged, this, &ImportSheetPage::showInspection);
}

ImportKind ImportSheetPage::guessKind(const QStringList& headers)
{
    // The kind that explains the most columns, among those whose required fields are all there.
    ImportKind best = ImportKind::Orders;
    int bestScore = 0;
    for (ImportKind kind : {ImportKind::Orders, ImportKind::Customers, ImportKind::Interactions,
                            ImportKind::Surveys, ImportKind::Summary}) {
        const auto mapping = Importer::autoMap(kind, headers);
        bool complete = true;
        int required = 0;
        for (const FieldSpec& field : ImportSchema::fields(kind)) {
            if (!field.required)
                continue;
            if (mapping.key(field.key, -1) >= 0)
                ++required;
            else
                complete = false;
        }
        const int score = complete ? static_cast<int>(mapping.size()) * 10 + required : 0;
        if (score > bestScore) {
            best = kind;
            bestScore = score;
        }
    }
    return best;
}

void ImportSheetPage::describeKind()
{
    QStringList required;
    QStringList optional;
    for (const FieldSpec& field : ImportSchema::fields(kind()))
        (field.required ? required : optional) << field.label;
    m_fields->setText(tr("Required: %1\nOptional: %2")
                          .arg(required.isEmpty() ? tr("—") : required.join(QStringLiteral(", ")),
                               optional.join(QStringLiteral(", "))));
}

void ImportSheetPage::setSheetIndex(int index)
{
    m_sheet->setCurrentIndex(index);
}

int ImportSheetPage::sheetIndex() const
{
    return m_wizard->inspection().sheetIndex;
}

void ImportSheetPage::setKind(ImportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

ImportKind ImportSheetPage::kind() const
{
    return static_cast<ImportKind>(m_kind->currentData().toInt());
}

void ImportSheetPage::initializePage()
{
    showInspection();
}

void ImportSheetPage::showInspection()
{
    const ImportFileInspection& info = m_wizard->inspection();
    {
        const QSignalBlocker blocker(m_sheet);
        m_sheet->clear();
        m_sheet->addItems(info.sheetNames);
        m_sheet->setCurrentIndex(info.sheetIndex);
    }
    // One sheet: nothing to choose.
    const bool severalSheets = info.sheetNames.size() > 1;
    m_sheetLabel->setVisible(severalSheets);
    m_sheet->setVisible(severalSheets);
    if (info.valid && !m_wizard->isInspecting()) {
        const QString key = info.filePath + QLatin1Char('#') + QString::number(info.sheetIndex);
        if (m_guessedFor != key) {
            m_guessedFor = key;
            setKind(guessKind(info.headers));
        }
        m_hint->setText(
            tr("%1, sheet \"%2\": %n column(s).", nullptr, static_cast<int>(info.headers.size()))
                .arg(QFileInfo(info.filePath).fileName(), info.sheetNames.value(info.sheetIndex)));
    } else if (!info.valid && !m_wizard->isInspecting()) {
        m_hint->setText(info.error);
    } else {
        m_hint->setText(tr("Reading the sheet…"));
    }
    emit completeChanged();
}

bool ImportSheetPage::isComplete() const
{
    return !m_wizard->isInspecting() && m_wizard->inspection().valid;
}

bool ImportSheetPage::validatePage()
{
    if (!isComplete())
        return false;
    m_wizard->options().sheetIndex = m_wizard->inspection().sheetIndex;
    m_wizard->options().kind = kind();
    return true;
}

} // namespace clientele
