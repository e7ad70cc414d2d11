#pragma once

#include "analytics/ReclassificationPreview.h"
#include "analytics/ScoringScheme.h"
#include "analytics/TierModel.h"
#include "storage/AppSettingsStore.h"

#include <QWidget>

#include <map>
#include <vector>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QUndoStack;

namespace clientele {

class AnalysisService;
class Database;
class ReclassificationCounter;
class ThresholdEditor;
class TierMapEditor;

// The Settings page. What describes the data (scoring scheme and tier model, analysis date,
// currency and its display, company name and logo) is kept per database in app_meta
// (AppSettingsStore), so a copied file keeps its own; the UI language belongs to the user and is
// kept in QSettings (Translations). While the scheme, its thresholds or the tier model are edited,
// a live count says how many customers of the latest analysis would change tier; it is computed
// off the UI thread (ReclassificationCounter). Apply validates, stores and schedules a background
// recompute; Revert shows the stored values again; Restore defaults fills in the defaults (stored
// only on Apply). The tier map editor (TierMapEditor) edits the cells of any tier model, with its
// own count of the customers the shown map's edits move; Apply stores the edited maps
// (AnalyticsRuleStore). While anything is not applied a marker says so, and confirmLeave() asks
// Apply / Discard / Cancel before the page is left or the window closed.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget* parent = nullptr);
    ~SettingsPage() override;

    // Set before the service gets the database: the stored scheme, model and date become its engine
    // options, the stored currency the UI's money display.
    void setDatabase(Database* db);
    void setService(AnalysisService* service);
    // Delay between the last edit and the count (200 ms by default).
    void setCountDelay(int milliseconds);

    // The settings as the form shows them (the scheme's edited thresholds are not in here).
    AppSettings formSettings() const;
    AppSettings storedSettings() const { return m_stored; }
    QString formLanguage() const;
    // The candidate the live count is made for: the chosen scheme as edited and the chosen model.
    ReclassificationPreview::Candidate candidate() const;
    // Problems that stop Apply, in words (empty: none).
    QStringList problems() const;
    QString liveCountText() const;
    QString messageText() const;
    QString languageNoteText() const;

    TierMapEditor* tierMapEditor() const { return m_mapEditor; }
    QUndoStack* undoStack() const;
    // Anything in the form (settings, thresholds, language, tier maps) differs from what is stored.
    bool hasUnappliedChanges() const;
    // Before the page is left: true when nothing is pending, or the user applied (successfully) or
    // discarded the changes; false when the user chose to stay.
    bool confirmLeave();

public slots:
    // Validates, stores, and schedules a recompute. False (with the reason shown) when refused.
    bool apply();
    void revert();
    void restoreDefaults();
    // Saves the edited thresholds under the name typed beside the button, as a new scheme.
    bool saveAsNewScheme();
    // The language chosen elsewhere (the View menu): shown here without touching other edits.
    void showStoredLanguage();

signals:
    void applied();
    // The live count has been shown for the latest edit.
    void liveCountShown(const clientele::ReclassificationPreview::Outcome& outcome);
    // The count of the customers the shown map's edits move has been shown.
    void mapCountShown(const clientele::ReclassificationPreview::Outcome& outcome);
    // The stored language choice changed ("system", "en", "zh_CN").
    void languageChosen(const QString& choice);

private:
    QWidget* createAnalysisSection();
    QWidget* createDateSection();
    QWidget* createCurrencySection();
    QWidget* createCompanySection();
    QWidget* createLanguageSection();
    QWidget* createTierMapSection();
    void loadRules();
    void showSettings(const AppSettings& settings, const QString& language);
    void showScheme();
    void showModel();
    void showCurrencyExample();
    void showLogo();
    void chooseLogo();
    void formEdited();
    void requestCount();
    void showCount(const ReclassificationPreview::Outcome& outcome);
    void requestMapCount();
    void showMapCount(const ReclassificationPreview::Outcome& outcome);
    void mapEdited();
    void showPendingState();
    void showLanguageNote();
    void showMessage(const QString& text, bool error);
    void pushToService(const AppSettings& settings);
    bool schemeEdited() const;
    const TierModel* model(const QString& code) const;

    Database* m_db = nullptr;
    AnalysisService* m_service = nullptr;
    ReclassificationCounter* m_counter = nullptr;
    ReclassificationCounter* m_mapCounter = nullptr;
    bool m_mapInUse = true;    // the map whose edits are being counted is one the form's model uses
    QString m_runningLanguage; // "en" or "zh_CN", as the window was built
    AppSettings m_stored;
    QString m_storedLanguage;
    std::map<QString, ScoringScheme> m_schemes; // by code
    std::vector<TierModel> m_models;            // as stored
    std::vector<TierModel> m_formModels;        // with the map editor's edits
    QByteArray m_logo;                          // as the form shows it
    bool m_loading = false;

    QComboBox* m_scheme = nullptr;
    QStackedWidget* m_schemeEditor = nullptr;
    ThresholdEditor* m_thresholds = nullptr;
    QLabel* m_thresholdProblems = nullptr;
    QLineEdit* m_newSchemeName = nullptr;
    QPushButton* m_saveAsNew = nullptr;
    QComboBox* m_model = nullptr;
    QLabel* m_modelSummary = nullptr;
    QLabel* m_modelVerdict = nullptr;
    QLabel* m_liveCount = nullptr;
    TierMapEditor* m_mapEditor = nullptr;
    QRadioButton* m_latestDate = nullptr;
    QRadioButton* m_fixedDate = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_currency = nullptr;
    QRadioButton* m_symbol = nullptr;
    QRadioButton* m_code = nullptr;
    QComboBox* m_decimals = nullptr;
    QLabel* m_currencyExample = nullptr;
    QLineEdit* m_company = nullptr;
    QLabel* m_logoPreview = nullptr;
    QPushButton* m_removeLogo = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_unsaved = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_defaults = nullptr;
};

} // namespace clientele
