#include "settings/SettingsPage.h"

#include "Translations.h"
#include "UserDialogs.h"
#include "analysis/AnalysisService.h"
#include "analytics/AnalyticsRuleError.h"
#include "analytics/TierModelChecker.h"
#include "analytics/TierNames.h"
#include "settings/CurrencyDisplay.h"
#include "settings/ReclassificationCounter.h"
#include "settings/ThresholdEditor.h"
#include "settings/TierMapEditor.h"
#include "storage/AnalyticsRuleStore.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace clientele {

namespace {

constexpr qint64 kMaxLogoBytes = 2 * 1024 * 1024; // kept in the database: a logo, not a photo album
constexpr int kMovesShown = 4;

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QString segmentName(const QString& code)
{
    return code.isEmpty() ? SettingsPage::tr("no tier") : TierNames::displayName(code);
}

// "A → B: 83, C → D: 31, …" for the largest moves.
QString movesText(const ReclassificationPreview::Outcome& outcome)
{
    QStringList moves;
    for (size_t i = 0; i < outcome.moves.size() && i < static_cast<size_t>(kMovesShown); ++i) {
        const ReclassificationPreview::Move& m = outcome.moves[i];
        moves
            << SettingsPage::tr("%1 → %2: %L3").arg(segmentName(m.from), segmentName(m.to)).arg(m.customers);
    }
    if (outcome.moves.size() > static_cast<size_t>(kMovesShown))
        moves << SettingsPage::tr("…");
    //: Separates the moves in "154 customers change tier (A → B: 83, C → D: 31)".
    const QString separator = SettingsPage::tr(", ");
    return moves.join(separator);
}

// Language names are written in their own language, so anyone can find theirs.
QString languageName(const QString& language)
{
    return language == QLatin1String("zh_CN") ? QStringLiteral("简体中文") : QStringLiteral("English");
}

} // namespace

SettingsPage::SettingsPage(QWidget* parent)
    : QWidget(parent)
    , m_counter(new ReclassificationCounter(this))
    , m_mapCounter(new ReclassificationCounter(this))
    // Translations::install sets the default locale to the language it installs.
    , m_runningLanguage(QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                                 : QStringLiteral("en"))
{
    setObjectName(QStringLiteral("settingsPage"));
    auto* content = new QWidget(this);
    auto* sections = new QVBoxLayout(content);
    auto* title = new QLabel(tr("Settings"), content);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    sections->addWidget(title);
    sections->addWidget(createAnalysisSection());
    sections->addWidget(createTierMapSection());
    sections->addWidget(createDateSection());
    sections->addWidget(createCurrencySection());
    sections->addWidget(createCompanySection());
    sections->addWidget(createLanguageSection());
    sections->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_message = wrappedLabel(QString(), this);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_defaults = new QPushButton(tr("Restore &defaults"), this);
    m_revert = new QPushButton(tr("Re&vert"), this);
    m_revert->setToolTip(tr("Show the stored settings again, dropping the changes not applied"));
    m_apply = new QPushButton(tr("&Apply"), this);
    m_apply->setObjectName(QStringLiteral("settingsApply"));
    m_apply->setDefault(true);
    connect(m_defaults, &QPushButton::clicked, this, &SettingsPage::restoreDefaults);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::revert);
    connect(m_apply, &QPushButton::clicked, this, &SettingsPage::apply);
    m_unsaved = new QLabel(tr("● Changes not applied"), this);
    m_unsaved->setObjectName(QStringLiteral("settingsUnsaved"));
    m_unsaved->setToolTip(tr("Apply stores them; Revert drops them"));
    m_unsaved->setStyleSheet(QStringLiteral("color: #d35400; font-weight: bold;"));
    m_unsaved->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_unsaved);
    buttons->addWidget(m_defaults);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_counter, &ReclassificationCounter::counting, this,
            [this] { m_liveCount->setText(tr("Counting the customers who would change tier…")); });
    connect(m_counter, &ReclassificationCounter::counted, this, &SettingsPage::showCount);
    connect(m_counter, &ReclassificationCounter::failed, this,
            [this](const QString& message) { m_liveCount->setText(message); });
    connect(m_mapCounter, &ReclassificationCounter::counting, this,
            [this] { m_mapEditor->setMoveCount(tr("Counting the customers this map's edits move…")); });
    connect(m_mapCounter, &ReclassificationCounter::counted, this, &SettingsPage::showMapCount);
    connect(m_mapCounter, &ReclassificationCounter::failed, m_mapEditor, &TierMapEditor::setMoveCount);
    setDatabase(nullptr);
}

SettingsPage::~SettingsPage() = default;

QWidget* SettingsPage::createAnalysisSection()
{
    auto* box = new QGroupBox(tr("Analysis"), this);
    auto* form = new QFormLayout(box);

    m_scheme = new QComboBox(box);
    m_scheme->setObjectName(QStringLiteral("settingsScheme"));
    form->addRow(tr("&Scoring scheme:"), m_scheme);

    m_schemeEditor = new QStackedWidget(box);
    auto* quintile =
        wrappedLabel(tr("Quintiles: each of R, F and M is scored 1–5 by the customer's place among all "
                        "customers who bought (the best fifth scores 5). Nothing to set; equal "
                        "values get equal scores."),
                     box);
    quintile->setObjectName(QStringLiteral("quintileExplanation"));
    auto* thresholdPage = new QWidget(box);
    auto* thresholdLayout = new QVBoxLayout(thresholdPage);
    thresholdLayout->setContentsMargins(0, 0, 0, 0);
    m_thresholds = new ThresholdEditor(thresholdPage);
    m_thresholdProblems = wrappedLabel(QString(), thresholdPage);
    m_thresholdProblems->setObjectName(QStringLiteral("thresholdProblems"));
    m_thresholdProblems->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_newSchemeName = new QLineEdit(thresholdPage);
    m_newSchemeName->setObjectName(QStringLiteral("newSchemeName"));
    m_newSchemeName->setPlaceholderText(tr("Name of the new scheme"));
    m_saveAsNew = new QPushButton(tr("Save as &new scheme"), thresholdPage);
    m_saveAsNew->setToolTip(
        tr("Built-in schemes are never changed: store the edited boundaries under a new name"));
    connect(m_saveAsNew, &QPushButton::clicked, this, &SettingsPage::saveAsNewScheme);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_newSchemeName, 1);
    saveRow->addWidget(m_saveAsNew);
    thresholdLayout->addWidget(m_thresholds);
    thresholdLayout->addWidget(m_thresholdProblems);
    thresholdLayout->addLayout(saveRow);
    m_schemeEditor->addWidget(quintile);
    m_schemeEditor->addWidget(thresholdPage);
    form->addRow(QString(), m_schemeEditor);

    m_model = new QComboBox(box);
    m_model->setObjectName(QStringLiteral("settingsTierModel"));
    form->addRow(tr("&Tier model:"), m_model);
    // Rows of a QFormLayout reserve a wrapped label's height at its narrowest: the summary has line
    // breaks of its own and the notes below are one line each, so none of them wraps.
    m_modelSummary = new QLabel(box);
    m_modelSummary->setObjectName(QStringLiteral("tierModelSummary"));
    m_modelSummary->setTextFormat(Qt::RichText);
    form->addRow(QString(), m_modelSummary);
    m_modelVerdict = new QLabel(box);
    m_modelVerdict->setObjectName(QStringLiteral("tierModelVerdict"));
    form->addRow(QString(), m_modelVerdict);

    m_liveCount = wrappedLabel(QString(), box);
    m_liveCount->setObjectName(QStringLiteral("liveCount"));
    QFont bold = m_liveCount->font();
    bold.setBold(true);
    m_liveCount->setFont(bold);
    form->addRow(tr("Effect:"), m_liveCount);

    connect(m_scheme, &QComboBox::currentIndexChanged, this, [this] {
        showScheme();
        formEdited();
    });
    connect(m_thresholds, &ThresholdEditor::edited, this, &SettingsPage::formEdited);
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        showModel();
        // The map editor follows the model chosen for the analysis.
        if (!m_loading && !m_model->currentData().toString().isEmpty())
            m_mapEditor->showMap(m_model->currentData().toString());
        formEdited();
    });
    return box;
}

QWidget* SettingsPage::createDateSection()
{
    auto* box = new QGroupBox(tr("Analysis date"), this);
    auto* layout = new QVBoxLayout(box);
    m_latestDate = new QRadioButton(tr("The &latest order in the database"), box);
    m_latestDate->setObjectName(QStringLiteral("latestDate"));
    m_fixedDate = new QRadioButton(tr("A &fixed date:"), box);
    m_fixedDate->setObjectName(QStringLiteral("fixedDate"));
    m_date = new QDateEdit(box);
    m_date->setObjectName(QStringLiteral("analysisDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* group = new QButtonGroup(box);
    group->addButton(m_latestDate);
    group->addButton(m_fixedDate);
    auto* fixedRow = new QHBoxLayout;
    fixedRow->addWidget(m_fixedDate);
    fixedRow->addWidget(m_date);
    fixedRow->addStretch(1);
    layout->addWidget(m_latestDate);
    layout->addLayout(fixedRow);
    layout->addWidget(
        wrappedLabel(tr("Scores, tiers and stages are computed as of this date; only data up to it "
                        "counts."),
                     box));
    connect(m_fixedDate, &QRadioButton::toggled, m_date, &QWidget::setEnabled);
    connect(m_fixedDate, &QRadioButton::toggled, this, &SettingsPage::formEdited);
    connect(m_date, &QDateEdit::dateChanged, this, &SettingsPage::formEdited);
    return box;
}

QWidget* SettingsPage::createCurrencySection()
{
    auto* box = new QGroupBox(tr("Currency"), this);
    auto* form = new QFormLayout(box);
    m_currency = new QComboBox(box);
    m_currency->setObjectName(QStringLiteral("currencyCode"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    for (const QString& code : CurrencyDisplay::commonCodes())
        m_currency->addItem(code);
    form->addRow(tr("C&urrency:"), m_currency);

    m_symbol = new QRadioButton(tr("S&ymbol"), box);
    m_symbol->setObjectName(QStringLiteral("currencySymbol"));
    m_code = new QRadioButton(tr("C&ode"), box);
    m_code->setObjectName(QStringLiteral("currencyCodeStyle"));
    auto* group = new QButtonGroup(box);
    group->addButton(m_symbol);
    group->addButton(m_code);
    auto* styleRow = new QHBoxLayout;
    styleRow->addWidget(m_symbol);
    styleRow->addWidget(m_code);
    styleRow->addStretch(1);
    form->addRow(tr("Show as:"), styleRow);

    m_decimals = new QComboBox(box);
    m_decimals->setObjectName(QStringLiteral("currencyDecimals"));
    m_decimals->addItem(tr("2 (exact cents)"), 2);
    m_decimals->addItem(tr("0 (whole units)"), 0);
    form->addRow(tr("D&ecimals:"), m_decimals);
    m_currencyExample = new QLabel(box);
    m_currencyExample->setObjectName(QStringLiteral("currencyExample"));
    form->addRow(tr("Example:"), m_currencyExample);
    form->addRow(QString(),
                 new QLabel(tr("Amounts are shown in this currency; they are not converted."), box));

    connect(m_currency, &QComboBox::currentTextChanged, this, &SettingsPage::formEdited);
    connect(m_symbol, &QRadioButton::toggled, this, &SettingsPage::formEdited);
    connect(m_decimals, &QComboBox::currentIndexChanged, this, &SettingsPage::formEdited);
    return box;
}

QWidget* SettingsPage::createCompanySection()
{
    auto* box = new QGroupBox(tr("Company"), this);
    auto* form = new QFormLayout(box);
    m_company = new QLineEdit(box);
    m_company->setObjectName(QStringLiteral("companyName"));
    m_company->setPlaceholderText(tr("Shown on the report cover"));
    form->addRow(tr("&Name:"), m_company);
    m_logoPreview = new QLabel(box);
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setMinimumSize(160, 60);
    m_logoPreview->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto* choose = new QPushButton(tr("C&hoose logo…"), box);
    m_removeLogo = new QPushButton(tr("Re&move logo"), box);
    connect(choose, &QPushButton::clicked, this, &SettingsPage::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        showLogo();
        formEdited();
    });
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logoPreview);
    logoRow->addWidget(choose);
    logoRow->addWidget(m_removeLogo);
    logoRow->addStretch(1);
    form->addRow(tr("Logo:"), logoRow);
    form->addRow(QString(),
                 new QLabel(tr("The logo is copied into the database, so the report keeps it when the "
                               "picked file moves."),
                            box));
    connect(m_company, &QLineEdit::textChanged, this, &SettingsPage::formEdited);
    return box;
}

QWidget* SettingsPage::createLanguageSection()
{
    auto* box = new QGroupBox(tr("Language"), this);
    auto* form = new QFormLayout(box);
    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    // Language names are written in their own language, so anyone can find theirs.
    m_language->addItem(tr("System default"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    form->addRow(tr("&Language:"), m_language);
    m_languageNote = new QLabel(box);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    form->addRow(QString(), m_languageNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::formEdited);
    return box;
}

QWidget* SettingsPage::createTierMapSection()
{
    auto* box = new QGroupBox(tr("Tier map"), this);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(
        wrappedLabel(tr("Every cell of a map belongs to exactly one tier. Select cells (Ctrl or Shift for "
                        "more) and give them to a tier; Apply stores the edited maps."),
                     box));
    m_mapEditor = new TierMapEditor(box);
    layout->addWidget(m_mapEditor);
    connect(m_mapEditor, &TierMapEditor::edited, this, &SettingsPage::mapEdited);
    connect(m_mapEditor, &TierMapEditor::shownMapChanged, this, &SettingsPage::requestMapCount);
    return box;
}

void SettingsPage::setService(AnalysisService* service)
{
    m_service = service;
    if (!service)
        return;
    connect(service, &AnalysisService::finished, this, [this] {
        m_counter->setBaseline(m_service->result());
        m_mapCounter->setBaseline(m_service->result());
        requestCount();
        requestMapCount();
    });
    if (service->result()) {
        m_counter->setBaseline(service->result());
        m_mapCounter->setBaseline(service->result());
    }
}

void SettingsPage::setCountDelay(int milliseconds)
{
    m_counter->setDelay(milliseconds);
}

void SettingsPage::setDatabase(Database* db)
{
    m_db = db;
    // The service still holds the previous database's analysis: the count waits for the new one.
    m_counter->setBaseline(nullptr);
    m_mapCounter->setBaseline(nullptr);
    setEnabled(db != nullptr);
    m_schemes.clear();
    m_models.clear();
    AppSettings settings;
    if (db) {
        try {
            settings = AppSettingsStore(db->connection(), db->dialect()).load();
        } catch (const StorageError& e) {
            showMessage(e.message(), true);
        }
        loadRules();
    }
    m_stored = settings;
    m_storedLanguage = Translations::storedChoice();
    m_formModels = m_models;
    m_mapEditor->setModels(m_models);
    m_mapEditor->showMap(settings.tierModelCode.isEmpty() ? TierModel::defaultCodeFor(QStringLiteral("toc"))
                                                          : settings.tierModelCode);
    pushToService(settings);
    CurrencyDisplay::setCurrent(CurrencyDisplay(settings));
    showSettings(settings, m_storedLanguage);
    if (db)
        showMessage(QString(), false);
}

void SettingsPage::loadRules()
{
    const AnalyticsRuleStore rules(m_db->connection(), m_db->dialect());
    try {
        for (const AnalyticsRuleStore::Entry& e : rules.schemes())
            if (const std::optional<ScoringScheme> s = rules.scheme(e.code))
                m_schemes.emplace(e.code, *s);
        for (const AnalyticsRuleStore::Entry& e : rules.tierModels())
            if (std::optional<TierModel> m = rules.tierModel(e.code))
                m_models.push_back(std::move(*m));
    } catch (const std::exception& e) {
        // A hand-edited rule that cannot be read: the others stay usable.
        showMessage(QString::fromStdString(e.what()), true);
    }
    m_loading = true;
    m_scheme->clear();
    for (const AnalyticsRuleStore::Entry& e : rules.schemes()) {
        const auto it = m_schemes.find(e.code);
        if (it != m_schemes.end())
            m_scheme->addItem(it->second.displayName(), e.code);
    }
    m_model->clear();
    m_model->addItem(tr("Each customer kind's default (ToC: four tiers, ToB: ToB tiers)"), QString());
    for (const TierModel& m : m_models)
        m_model->addItem(m.displayName(), m.code());
    m_loading = false;
}

const TierModel* SettingsPage::model(const QString& code) const
{
    for (const TierModel& m : m_formModels)
        if (m.code() == code)
            return &m;
    return nullptr;
}

void SettingsPage::showSettings(const AppSettings& s, const QString& language)
{
    m_loading = true;
    const QString scheme = s.schemeCode.isEmpty() ? ScoringScheme::defaultCode() : s.schemeCode;
    m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(scheme)));
    m_model->setCurrentIndex(std::max(0, m_model->findData(s.tierModelCode)));
    m_latestDate->setChecked(!s.analysisDate);
    m_fixedDate->setChecked(s.analysisDate.has_value());
    m_date->setEnabled(s.analysisDate.has_value());
    m_date->setDate(s.analysisDate.value_or(QDate::currentDate()));
    m_currency->setCurrentText(s.currencyCode);
    m_symbol->setChecked(s.currencyStyle == AppSettings::CurrencyStyle::Symbol);
    m_code->setChecked(s.currencyStyle == AppSettings::CurrencyStyle::Code);
    m_decimals->setCurrentIndex(std::max(0, m_decimals->findData(s.currencyDecimals)));
    m_company->setText(s.companyName);
    m_logo = s.logo;
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_newSchemeName->clear();
    m_loading = false;
    showScheme();
    showModel();
    showLogo();
    formEdited();
}

void SettingsPage::showScheme()
{
    const auto it = m_schemes.find(m_scheme->currentData().toString());
    const bool thresholds = it != m_schemes.end() && it->second.method == ScoringScheme::Method::Thresholds;
    m_schemeEditor->setCurrentIndex(thresholds ? 1 : 0);
    if (thresholds)
        m_thresholds->setScheme(it->second);
}

void SettingsPage::showModel()
{
    const QString code = m_model->currentData().toString();
    const TierModel* shown = model(code.isEmpty() ? TierModel::defaultCodeFor(QStringLiteral("toc")) : code);
    if (!shown) {
        m_modelSummary->clear();
        m_modelVerdict->clear();
        return;
    }
    QStringList lines;
    if (code.isEmpty())
        lines << tr("ToC customers get “%1”, ToB customers “%2”. The ToC map:")
                     .arg(shown->displayName(),
                          model(TierModel::defaultCodeFor(QStringLiteral("tob")))
                              ? model(TierModel::defaultCodeFor(QStringLiteral("tob")))->displayName()
                              : TierModel::defaultCodeFor(QStringLiteral("tob")))
                     .toHtmlEscaped();
    for (int i = 0; i < static_cast<int>(shown->segments().size()); ++i) {
        QStringList rules;
        for (const TierModel::Rule& rule : shown->segments()[static_cast<size_t>(i)].rules)
            rules << shown->describeRule(rule).toHtmlEscaped();
        lines << QStringLiteral("<b>%1</b>: %2")
                     .arg(shown->segmentDisplayName(i).toHtmlEscaped(), rules.join(QStringLiteral("; ")));
    }
    if (!shown->unscoredSegment().isEmpty())
        lines << tr("Customers who never bought: %1")
                     .arg(TierNames::displayName(shown->unscoredSegment()))
                     .toHtmlEscaped();
    m_modelSummary->setText(lines.join(QStringLiteral("<br>")));

    const TierModelChecker::Report report = TierModelChecker::check(*shown);
    if (report.isSound())
        m_modelVerdict->setText(
            tr("✔ Checked: every cell of the map belongs to exactly one tier, and every tier "
               "is reachable."));
    else
        m_modelVerdict->setText(tr("⚠ %1").arg(report.messages.join(QLatin1Char(' '))));
}

void SettingsPage::showCurrencyExample()
{
    AppSettings s = formSettings();
    if (!QRegularExpression(QStringLiteral("^[A-Z]{3}$")).match(s.currencyCode).hasMatch()) {
        m_currencyExample->setText(tr("–"));
        return;
    }
    const CurrencyDisplay display(s);
    m_currencyExample->setText(QStringLiteral("%1   %2").arg(display.format(1234550), display.format(-9900)));
}

void SettingsPage::showLogo()
{
    QImage image;
    if (!m_logo.isEmpty())
        image.loadFromData(m_logo);
    m_removeLogo->setEnabled(!m_logo.isEmpty());
    if (image.isNull()) {
        m_logoPreview->setPixmap(QPixmap());
        m_logoPreview->setText(tr("No logo"));
        return;
    }
    m_logoPreview->setPixmap(
        QPixmap::fromImage(image.scaled(160, 60, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void SettingsPage::chooseLogo()
{
    const QString path = UserDialogs::current().openFileName(
        this, tr("Choose a logo"), tr("Images (*.png *.jpg *.jpeg *.bmp *.svg);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.size() > kMaxLogoBytes) {
        showMessage(tr("%1 is larger than 2 MB; pick a smaller logo.").arg(QDir::toNativeSeparators(path)),
                    true);
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                    true);
        return;
    }
    const QByteArray bytes = file.readAll();
    QImage image;
    if (!image.loadFromData(bytes)) {
        showMessage(tr("%1 is not an image Clientele can read (PNG, JPEG, BMP, SVG).")
                        .arg(QDir::toNativeSeparators(path)),
                    true);
        return;
    }
    m_logo = bytes;
    showLogo();
    formEdited();
}

AppSettings SettingsPage::formSettings() const
{
    AppSettings s;
    s.schemeCode = m_scheme->currentData().toString();
    if (s.schemeCode == ScoringScheme::defaultCode())
        s.schemeCode.clear();
    s.tierModelCode = m_model->currentData().toString();
    if (m_fixedDate->isChecked())
        s.analysisDate = m_date->date();
    s.currencyCode = m_currency->currentText().trimmed().toUpper();
    s.currencyStyle =
        m_code->isChecked() ? AppSettings::CurrencyStyle::Code : AppSettings::CurrencyStyle::Symbol;
    s.currencyDecimals = m_decimals->currentData().toInt();
    s.companyName = m_company->text().trimmed();
    s.logo = m_logo;
    return s;
}

QString SettingsPage::formLanguage() const
{
    return m_language->currentData().toString();
}

ReclassificationPreview::Candidate SettingsPage::candidate() const
{
    ReclassificationPreview::Candidate c;
    const auto it = m_schemes.find(m_scheme->currentData().toString());
    if (it != m_schemes.end())
        c.scheme =
            it->second.method == ScoringScheme::Method::Thresholds ? m_thresholds->scheme() : it->second;
    c.tierModelCode = m_model->currentData().toString();
    c.models = m_formModels;
    return c;
}

bool SettingsPage::schemeEdited() const
{
    const auto it = m_schemes.find(m_scheme->currentData().toString());
    if (it == m_schemes.end() || it->second.method != ScoringScheme::Method::Thresholds)
        return false;
    const ScoringScheme edited = m_thresholds->scheme();
    return edited.recencyDays != it->second.recencyDays || edited.ordersPerYear != it->second.ordersPerYear ||
           edited.amountPerYearMinor != it->second.amountPerYearMinor;
}

QStringList SettingsPage::problems() const
{
    QStringList p;
    if (m_schemeEditor->currentIndex() == 1)
        p << m_thresholds->problems();
    const AppSettings s = formSettings();
    if (!QRegularExpression(QStringLiteral("^[A-Z]{3}$")).match(s.currencyCode).hasMatch())
        p << tr("The currency code “%1” is not three letters (ISO 4217, e.g. CNY, USD).").arg(s.currencyCode);
    if (const TierModel* m = s.tierModelCode.isEmpty() ? nullptr : model(s.tierModelCode))
        if (!m_mapEditor->isEdited(m->code()) && !TierModelChecker::check(*m).isComplete())
            p << tr("The tier model “%1” has gaps or overlaps; pick another one.").arg(m->displayName());
    for (const TierModel& m : m_mapEditor->editedModels())
        if (!TierModelChecker::check(m).isComplete())
            p << tr("The edited map “%1” has cells with no tier or with more than one: give each of them "
                    "one tier before applying.")
                     .arg(m.displayName());
    return p;
}

void SettingsPage::formEdited()
{
    if (m_loading)
        return;
    const QStringList thresholdProblems =
        m_schemeEditor->currentIndex() == 1 ? m_thresholds->problems() : QStringList();
    m_thresholdProblems->setText(thresholdProblems.join(QLatin1Char('\n')));
    m_thresholdProblems->setVisible(!thresholdProblems.isEmpty());
    m_saveAsNew->setEnabled(thresholdProblems.isEmpty());
    const QStringList all = problems();
    m_apply->setEnabled(m_db && all.isEmpty());
    showLanguageNote();
    showCurrencyExample();
    if (!all.isEmpty())
        showMessage(all.join(QLatin1Char(' ')), true);
    else if (m_message->property("error").toBool())
        showMessage(QString(), false);
    showPendingState();
    requestCount();
    requestMapCount();
}

void SettingsPage::requestCount()
{
    if (m_loading)
        return;
    if (!m_counter->hasBaseline()) {
        m_counter->cancel();
        m_liveCount->setText(
            tr("The count of customers who would change tier appears once the analysis has run."));
        return;
    }
    if (m_schemeEditor->currentIndex() == 1 && !m_thresholds->problems().isEmpty()) {
        m_counter->cancel();
        m_liveCount->setText(tr("No count while the boundaries are not in order."));
        return;
    }
    m_counter->request(candidate());
}

void SettingsPage::showCount(const ReclassificationPreview::Outcome& outcome)
{
    if (outcome.changed == 0)
        m_liveCount->setText(tr("No customer changes tier (of %Ln analysed).", nullptr, outcome.customers));
    else
        m_liveCount->setText(
            tr("%Ln customer(s) change tier (%1)", nullptr, outcome.changed).arg(movesText(outcome)));
    emit liveCountShown(outcome);
}

void SettingsPage::mapEdited()
{
    m_formModels = m_mapEditor->models();
    showModel();
    formEdited();
}

void SettingsPage::requestMapCount()
{
    if (m_loading)
        return;
    const QString code = m_mapEditor->shownCode();
    const TierModel* stored = m_mapEditor->storedModel(code);
    if (!m_mapCounter->hasBaseline()) {
        m_mapCounter->cancel();
        m_mapEditor->setMoveCount(
            tr("The count of customers this map's edits move appears once the analysis has run."));
        return;
    }
    if (!stored || !m_mapEditor->isEdited(code)) {
        m_mapCounter->cancel();
        m_mapEditor->setMoveCount(tr("No edits to this map yet."));
        return;
    }
    if (m_schemeEditor->currentIndex() == 1 && !m_thresholds->problems().isEmpty()) {
        m_mapCounter->cancel();
        m_mapEditor->setMoveCount(tr("No count while the boundaries are not in order."));
        return;
    }
    // The same form twice, once with the stored map and once with the edited one: the difference is
    // this map's edits alone.
    ReclassificationPreview::Candidate edited = candidate();
    ReclassificationPreview::Candidate before = edited;
    for (TierModel& m : before.models)
        if (m.code() == code)
            m = *stored;
    const QString chosen = edited.tierModelCode;
    m_mapInUse =
        chosen == code || (chosen.isEmpty() && (code == TierModel::defaultCodeFor(QStringLiteral("toc")) ||
                                                code == TierModel::defaultCodeFor(QStringLiteral("tob"))));
    if (!m_mapInUse)
        before.tierModelCode = edited.tierModelCode = code;
    m_mapCounter->request(edited, before);
}

void SettingsPage::showMapCount(const ReclassificationPreview::Outcome& outcome)
{
    QString text =
        outcome.changed == 0
            ? tr("This map's edits move no customer (of %Ln analysed).", nullptr, outcome.customers)
            : tr("This map's edits move %Ln customer(s) to another tier (%1).", nullptr, outcome.changed)
                  .arg(movesText(outcome));
    if (!m_mapInUse)
        text += QLatin1Char(' ') + tr("The chosen tier model does not use this map: counted as if it tiered "
                                      "every customer.");
    m_mapEditor->setMoveCount(text);
    emit mapCountShown(outcome);
}

bool SettingsPage::hasUnappliedChanges() const
{
    if (!m_db)
        return false;
    return formSettings() != m_stored || schemeEdited() || formLanguage() != m_storedLanguage ||
           m_mapEditor->hasEdits();
}

void SettingsPage::showPendingState()
{
    m_unsaved->setVisible(hasUnappliedChanges());
}

bool SettingsPage::confirmLeave()
{
    if (!hasUnappliedChanges())
        return true;
    switch (UserDialogs::current().askApplyDiscardCancel(
        this, tr("Settings not applied"),
        tr("The Settings page has changes that are not applied yet. Apply them, discard them, or stay "
           "on the page?"))) {
    case UserDialogs::Decision::Apply:
        return apply();
    case UserDialogs::Decision::Discard:
        revert();
        return true;
    case UserDialogs::Decision::Cancel:
        break;
    }
    return false;
}

QUndoStack* SettingsPage::undoStack() const
{
    return m_mapEditor->undoStack();
}

void SettingsPage::showLanguageNote()
{
    // The window is built once in its language: a new one shows after a restart, and the note
    // stays until then (after Apply too).
    const QString chosen = Translations::resolve(formLanguage());
    QFont font = m_languageNote->font();
    font.setBold(chosen != m_runningLanguage);
    m_languageNote->setFont(font);
    if (chosen != m_runningLanguage)
        m_languageNote->setText(
            tr("⟳ %1 is shown after Clientele restarts; until then the window stays in %2.")
                .arg(languageName(chosen), languageName(m_runningLanguage)));
    else
        m_languageNote->setText(tr("A change of language takes effect after Clientele restarts."));
}

QString SettingsPage::languageNoteText() const
{
    return m_languageNote->text();
}

QString SettingsPage::liveCountText() const
{
    return m_liveCount->text();
}

QString SettingsPage::messageText() const
{
    return m_message->text();
}

void SettingsPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
}

void SettingsPage::pushToService(const AppSettings& settings)
{
    if (!m_service)
        return;
    AnalyticsEngine::Options options = m_service->engineOptions();
    options.schemeCode = settings.schemeCode;
    options.tierModelCode = settings.tierModelCode;
    options.asOf = settings.analysisDate;
    m_service->setEngineOptions(options);
}

bool SettingsPage::saveAsNewScheme()
{
    if (!m_db)
        return false;
    const QStringList thresholdProblems = m_thresholds->problems();
    if (!thresholdProblems.isEmpty()) {
        showMessage(thresholdProblems.join(QLatin1Char(' ')), true);
        return false;
    }
    const QString name = m_newSchemeName->text().trimmed();
    if (name.isEmpty()) {
        showMessage(tr("Type a name for the new scheme beside “Save as new scheme”."), true);
        m_newSchemeName->setFocus();
        return false;
    }
    // A code from the name's Latin letters and digits ("My ToB 2" → my_tob_2), made unique.
    QString base = name.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    base.remove(QRegularExpression(QStringLiteral("^_+|_+$")));
    if (base.isEmpty())
        base = QStringLiteral("scheme");
    QString code = base;
    for (int n = 2; m_schemes.count(code) || ScoringScheme::builtIn(code); ++n)
        code = QStringLiteral("%1_%2").arg(base).arg(n);
    ScoringScheme scheme = m_thresholds->scheme();
    scheme.code = code;
    scheme.name = name;
    try {
        AnalyticsRuleStore(m_db->connection(), m_db->dialect()).saveScheme(scheme);
    } catch (const std::exception& e) {
        showMessage(QString::fromStdString(e.what()), true);
        return false;
    }
    const AppSettings form = formSettings();
    const QString language = formLanguage();
    m_schemes.clear();
    m_models.clear();
    loadRules();
    AppSettings shown = form;
    shown.schemeCode = code;
    showSettings(shown, language);
    showMessage(tr("Saved as the scheme “%1”. Apply to analyse with it.").arg(name), false);
    return true;
}

bool SettingsPage::apply()
{
    if (!m_db)
        return false;
    const QStringList all = problems();
    if (!all.isEmpty()) {
        showMessage(all.join(QLatin1Char(' ')), true);
        return false;
    }
    const QString schemeCode = m_scheme->currentData().toString();
    const bool edited = schemeEdited();
    if (edited) {
        if (ScoringScheme::builtIn(schemeCode)) {
            showMessage(
                tr("“%1” is built in and is never changed: save the edited boundaries as a new scheme, or "
                   "revert them.")
                    .arg(m_scheme->currentText()),
                true);
            return false;
        }
        try {
            AnalyticsRuleStore(m_db->connection(), m_db->dialect()).saveScheme(m_thresholds->scheme());
            m_schemes[schemeCode] = m_thresholds->scheme();
        } catch (const std::exception& e) {
            showMessage(QString::fromStdString(e.what()), true);
            return false;
        }
    }
    const std::vector<TierModel> editedMaps = m_mapEditor->editedModels();
    if (!editedMaps.empty()) {
        // Every edited map or none (AnalyticsRuleStore refuses a map with gaps or overlaps).
        try {
            WriteTransaction transaction(m_db->connection(), m_db->dialect());
            AnalyticsRuleStore rules(m_db->connection(), m_db->dialect());
            for (const TierModel& m : editedMaps)
                rules.saveTierModel(m);
            transaction.commit();
        } catch (const StorageError& e) {
            showMessage(e.message(), true);
            return false;
        } catch (const std::exception& e) {
            showMessage(QString::fromStdString(e.what()), true);
            return false;
        }
        for (const TierModel& m : editedMaps)
            for (TierModel& stored : m_models)
                if (stored.code() == m.code())
                    stored = m;
        m_formModels = m_models;
        const QString shown = m_mapEditor->shownCode();
        m_mapEditor->setModels(m_models);
        m_mapEditor->showMap(shown);
    }
    const AppSettings settings = formSettings();
    try {
        AppSettingsStore(m_db->connection(), m_db->dialect()).save(settings);
    } catch (const StorageError& e) {
        showMessage(e.message(), true);
        return false;
    }
    const bool analysisChanged =
        settings.schemeCode != m_stored.schemeCode || settings.tierModelCode != m_stored.tierModelCode ||
        settings.analysisDate != m_stored.analysisDate || edited || !editedMaps.empty();
    m_stored = settings;
    CurrencyDisplay::setCurrent(CurrencyDisplay(settings));
    QString note = tr("Settings applied.");
    if (!editedMaps.empty())
        note += QLatin1Char(' ') +
                tr("%n edited tier map(s) stored.", nullptr, static_cast<int>(editedMaps.size()));
    const QString language = formLanguage();
    if (language != m_storedLanguage) {
        Translations::storeChoice(language);
        m_storedLanguage = language;
        note += QLatin1Char(' ') + tr("The new language takes effect after restart.");
        emit languageChosen(language);
    }
    pushToService(settings);
    if (analysisChanged && m_service && m_service->hasDatabase()) {
        m_service->scheduleRecompute();
        note += QLatin1Char(' ') + tr("The analysis is being recomputed.");
    }
    formEdited();
    showMessage(note, false);
    emit applied();
    return true;
}

void SettingsPage::revert()
{
    m_storedLanguage = Translations::storedChoice();
    const QString shown = m_mapEditor->shownCode();
    m_formModels = m_models;
    m_mapEditor->setModels(m_models);
    m_mapEditor->showMap(shown);
    showSettings(m_stored, m_storedLanguage);
    showMessage(tr("The stored settings are shown again."), false);
}

void SettingsPage::showStoredLanguage()
{
    m_storedLanguage = Translations::storedChoice();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_storedLanguage)));
}

void SettingsPage::restoreDefaults()
{
    showSettings(AppSettings{}, QStringLiteral("system"));
    showMessage(tr("Defaults filled in; Apply stores them."), false);
}

} // namespace clientele
