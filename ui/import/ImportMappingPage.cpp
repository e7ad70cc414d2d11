#include "ImportMappingPage.h"

#include "FieldComboDelegate.h"
#include "ImportWizard.h"
#include "UserDialogs.h"
#include "import/SpreadsheetReader.h"
#include "storage/Database.h"
#include "storage/ImportStore.h"
#include "storage/StorageError.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace clientele {

ImportMappingPage::ImportMappingPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_view(new QTableView(this))
    , m_delegate(new FieldComboDelegate(this))
    , m_source(new QLabel(this))
    , m_missing(new QLabel(this))
    , m_dateOrder(new QComboBox(this))
    , m_decimal(new QComboBox(this))
    , m_strict(new QRadioButton(tr("Strict: any rejected row, nothing is imported"), this))
    , m_lenient(new QRadioButton(tr("Lenient: rejected rows are skipped and listed"), this))
{
    setTitle(tr("Columns and fields"));
    setSubTitle(tr("Choose the field each column fills, or ignore it."));

    m_model->setHorizontalHeaderLabels(
        {tr("Column"), tr("Sample 1"), tr("Sample 2"), tr("Sample 3"), tr("Field")});
    m_view->setObjectName(QStringLiteral("mappingTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(FieldColumn, m_delegate);
    m_view->verticalHeader()->hide();
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setFocusPolicy(Qt::NoFocus); // the combos take the focus, not the cells
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 14);

    m_source->setObjectName(QStringLiteral("mappingSource"));
    m_missing->setObjectName(QStringLiteral("missingFields"));
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* saveButton = new QPushButton(tr("Save mapping as…"), this);
    saveButton->setObjectName(QStringLiteral("saveMappingButton"));
    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(saveButton);

    m_dateOrder->setObjectName(QStringLiteral("dateOrderCombo"));
    m_dateOrder->addItem(tr("Decide from the data"), static_cast<int>(DateOrder::Unknown));
    m_dateOrder->addItem(tr("Day/month/year (31/12/2024)"), static_cast<int>(DateOrder::DayMonthYear));
    m_dateOrder->addItem(tr("Month/day/year (12/31/2024)"), static_cast<int>(DateOrder::MonthDayYear));
    m_dateOrder->addItem(tr("Year/month/day (2024/12/31)"), static_cast<int>(DateOrder::YearMonthDay));
    m_decimal->setObjectName(QStringLiteral("decimalCombo"));
    m_decimal->addItem(tr("Decide from the data"), 0);
    m_decimal->addItem(tr("Point (1,234.56)"), 1);
    m_decimal->addItem(tr("Comma (1.234,56)"), 2);
    m_strict->setObjectName(QStringLiteral("strictMode"));
    m_lenient->setObjectName(QStringLiteral("lenientMode"));
    m_strict->setChecked(true);
    auto* modeGroup = new QButtonGroup(this);
    modeGroup->addButton(m_strict);
    modeGroup->addButton(m_lenient);
    auto* modes = new QVBoxLayout;
    modes->addWidget(m_strict);
    modes->addWidget(m_lenient);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Dates:"), m_dateOrder);
    form->addRow(tr("Decimal symbol:"), m_decimal);
    form->addRow(tr("Mode:"), modes);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(sourceRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_missing);
    layout->addLayout(form);

    connect(m_model, &QStandardItemModel::dataChanged, this, &ImportMappingPage::updateMissing);
    connect(saveButton, &QPushButton::clicked, this, &ImportMappingPage::askProfileName);
}

void ImportMappingPage::initializePage()
{
    const ImportFileInspection& info = m_wizard->inspection();
    // Coming back from the preview keeps the choices; a new file, sheet or kind starts over.
    const QString key = info.filePath + QLatin1Char('#') + QString::number(info.sheetIndex) +
                        QLatin1Char('#') + importKindKey(m_wizard->options().kind);
    if (key != m_builtFor) {
        m_builtFor = key;
        rebuild();
    }
}

void ImportMappingPage::rebuild()
{
    const ImportFileInspection& info = m_wizard->inspection();
    const ImportKind kind = m_wizard->options().kind;
    m_delegate->setFields(ImportSchema::fields(kind));
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_view->closePersistentEditor(m_model->index(row, FieldColumn));
    m_model->setRowCount(0);
    for (int column = 0; column < info.headers.size(); ++column) {
        QList<QStandardItem*> items;
        const QString name = SpreadsheetReader::columnName(column);
        auto* header = new QStandardItem(info.headers.at(column).isEmpty()
                                             ? name
                                             : name + QStringLiteral(" · ") + info.headers.at(column));
        header->setEditable(false);
        items << header;
        for (int sample = 0; sample < 3; ++sample) {
            const auto& cells = info.rows.value(sample);
            auto* item = new QStandardItem(
                column < cells.size() ? ImportFileInspection::cellText(cells.at(column)) : QString());
            item->setEditable(false);
            item->setForeground(palette().placeholderText());
            items << item;
        }
        auto* field = new QStandardItem(m_delegate->labelFor(QString()));
        field->setData(QString(), Qt::UserRole);
        items << field;
        m_model->appendRow(items);
    }

    m_profileName.clear();
    QHash<int, QString> mapping;
    if (Database* db = m_wizard->database()) {
        try {
            const auto profile = ImportStore(db->connection(), db->dialect())
                                     .profileForHeader(Importer::headerSignature(info.headers));
            if (profile && profile->kind == importKindKey(kind)) {
                m_profileName = profile->name;
                mapping = Importer::mappingFromJson(profile->mappingJson, info.headers);
                applyOptionsJson(profile->optionsJson);
            }
        } catch (const StorageError&) {
            // No saved mapping to offer: fall back to the header names.
        }
    }
    if (m_profileName.isEmpty())
        mapping = Importer::autoMap(kind, info.headers);
    m_source->setText(m_profileName.isEmpty() ? tr("Fields chosen from the column names.")
                                              : tr("Using the saved mapping '%1'.").arg(m_profileName));
    applyMapping(mapping);

    for (int row = 0; row < m_model->rowCount(); ++row)
        m_view->openPersistentEditor(m_model->index(row, FieldColumn));
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(HeaderColumn, qMin(m_view->columnWidth(HeaderColumn), 260));
    for (int c = FirstSampleColumn; c < FieldColumn; ++c)
        m_view->setColumnWidth(c, qBound(80, m_view->columnWidth(c), 180));
    updateMissing();
}

void ImportMappingPage::applyMapping(const QHash<int, QString>& mapping)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString key = mapping.value(row);
        QStandardItem* item = m_model->item(row, FieldColumn);
        item->setData(key, Qt::UserRole);
        item->setData(m_delegate->labelFor(key), Qt::DisplayRole);
    }
}

void ImportMappingPage::applyOptionsJson(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (const auto order = dateOrderFromKey(o.value(QStringLiteral("date_order")).toString()))
        setDateOrder(*order);
    const QString decimal = o.value(QStringLiteral("decimal")).toString();
    if (decimal == QLatin1String("comma") || decimal == QLatin1String("point"))
        setDecimalComma(decimal == QLatin1String("comma"));
    if (o.value(QStringLiteral("mode")).toString() == QLatin1String("lenient"))
        setMode(ImportOptions::Mode::Lenient);
}

QHash<int, QString> ImportMappingPage::mapping() const
{
    QHash<int, QString> result;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString key = m_model->item(row, FieldColumn)->data(Qt::UserRole).toString();
        if (!key.isEmpty())
            result.insert(row, key);
    }
    return result;
}

void ImportMappingPage::setField(int column, const QString& key)
{
    QStandardItem* item = m_model->item(column, FieldColumn);
    if (!item)
        return;
    item->setData(key, Qt::UserRole);
    item->setData(m_delegate->labelFor(key), Qt::DisplayRole);
    // The persistent combo shows the model's value.
    m_view->closePersistentEditor(item->index());
    m_view->openPersistentEditor(item->index());
}

QStringList ImportMappingPage::missingFields() const
{
    const ImportKind kind = m_wizard->options().kind;
    const QList<QString> mapped = mapping().values();
    QStringList missing;
    for (const FieldSpec& field : ImportSchema::fields(kind))
        if (field.required && !mapped.contains(field.key))
            missing << field.label;
    // Order lines need a money column, either one.
    if (kind == ImportKind::Orders && !mapped.contains(QStringLiteral("amount")) &&
        !mapped.contains(QStringLiteral("unit_price")))
        missing << tr("Amount or Unit price");
    return missing;
}

void ImportMappingPage::updateMissing()
{
    QStringList problems;
    const QStringList missing = missingFields();
    if (!missing.isEmpty())
        problems << tr("Not mapped yet: %1").arg(missing.join(QStringLiteral(", ")));
    QHash<QString, int> uses;
    for (const QString& key : mapping())
        ++uses[key];
    QStringList twice;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it)
        if (it.value() > 1)
            twice << m_delegate->labelFor(it.key());
    if (!twice.isEmpty())
        problems << tr("Chosen for more than one column: %1").arg(twice.join(QStringLiteral(", ")));
    m_missing->setText(problems.join(QLatin1Char('\n')));
    m_missing->setVisible(!problems.isEmpty());
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_missing->text().isEmpty() && !mapping().isEmpty();
}

void ImportMappingPage::setDateOrder(DateOrder order)
{
    m_dateOrder->setCurrentIndex(m_dateOrder->findData(static_cast<int>(order)));
}

void ImportMappingPage::focusDateOrder()
{
    m_dateOrder->setFocus(Qt::OtherFocusReason);
}

DateOrder ImportMappingPage::dateOrder() const
{
    return static_cast<DateOrder>(m_dateOrder->currentData().toInt());
}

void ImportMappingPage::setDecimalComma(std::optional<bool> comma)
{
    m_decimal->setCurrentIndex(!comma ? 0 : (*comma ? 2 : 1));
}

std::optional<bool> ImportMappingPage::decimalComma() const
{
    switch (m_decimal->currentIndex()) {
    case 1:
        return false;
    case 2:
        return true;
    default:
        return std::nullopt;
    }
}

void ImportMappingPage::setMode(ImportOptions::Mode mode)
{
    (mode == ImportOptions::Mode::Strict ? m_strict : m_lenient)->setChecked(true);
}

ImportOptions::Mode ImportMappingPage::mode() const
{
    return m_lenient->isChecked() ? ImportOptions::Mode::Lenient : ImportOptions::Mode::Strict;
}

bool ImportMappingPage::validatePage()
{
    if (!isComplete())
        return false;
    ImportOptions& options = m_wizard->options();
    options.mapping = mapping();
    options.dateOrder = dateOrder();
    options.decimalComma = decimalComma();
    options.mode = mode();
    return true;
}

bool ImportMappingPage::saveProfile(const QString& name)
{
    Database* db = m_wizard->database();
    if (!db || name.trimmed().isEmpty())
        return false;
    const QStringList& headers = m_wizard->inspection().headers;
    QJsonObject options{{QStringLiteral("mode"), mode() == ImportOptions::Mode::Lenient
                                                     ? QStringLiteral("lenient")
                                                     : QStringLiteral("strict")}};
    if (dateOrder() != DateOrder::Unknown)
        options.insert(QStringLiteral("date_order"), dateOrderKey(dateOrder()));
    if (const auto comma = decimalComma())
        options.insert(QStringLiteral("decimal"), *comma ? QStringLiteral("comma") : QStringLiteral("point"));
    try {
        ImportStore(db->connection(), db->dialect())
            .saveProfile(name.trimmed(), importKindKey(m_wizard->options().kind),
                         Importer::headerSignature(headers), Importer::mappingToJson(mapping(), headers),
                         QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact)));
    } catch (const StorageError& e) {
        UserDialogs::current().showError(this, tr("Save mapping"), QString::fromUtf8(e.what()));
        return false;
    }
    m_profileName = name.trimmed();
    m_source->setText(tr("Using the saved mapping '%1'.").arg(m_profileName));
    return true;
}

void ImportMappingPage::askProfileName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save mapping"),
                                               tr("Name of the mapping (offered again for files with the "
                                                  "same columns):"),
                                               QLineEdit::Normal, m_profileName, &ok);
    if (ok && !name.trimmed().isEmpty())
        saveProfile(name);
}

} // namespace clientele
