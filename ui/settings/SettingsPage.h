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

namespace clientele {

class AnalysisService;
class Database;
class ReclassificationCounter;
class ThresholdEditor;

// The Settings page. What describes the data (scoring scheme and tier model, analysis date,
// currency and its display, company name and logo) is kept per database in app_meta
// (AppSettingsStore), so a copied file keeps its own; the UI language belongs to the user and is
// kept in QSettings (Translations). While the scheme, its thresholds or the tier model are edited,
// a live count says how many customers of the latest analysis would change tier; it is computed
// off the UI thread (ReclassificationCounter). Apply validates, stores and schedules a background
// recompute; Revert shows the stored values again; Restore defaults fills in the defaults (stored
// only on Apply).
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
    // The stored language choice changed ("system", "en", "zh_CN").
    void languageChosen(const QString& choice);

private:
    QWidget* createAnalysisSection();
    QWidget* createDateSection();
    QWidget* createCurrencySection();
    QWidget* createCompanySection();
    QWidget* createLanguageSection();
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
    void showMessage(const QString& text, bool error);
    void pushToService(const AppSettings& settings);
    bool schemeEdited() const;
    const TierModel* model(const QString& code) const;

    Database* m_db = nullptr;
    AnalysisService* m_service = nullptr;
    ReclassificationCounter* m_counter = nullptr;
    AppSettings m_stored;
    QString m_storedLanguage;
    std::map<QString, ScoringScheme> m_schemes; // by code
    std::vector<TierModel> m_models;
    QByteArray m_logo; // as the form shows it
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
    QPushButton* m_apply = nullptr;
    QPushButton* m_revert = nullptr;
    QPushButton* m_defaults = nullptr;
};

} // namespace clientele
