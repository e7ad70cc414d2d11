#pragma once

#include "analytics/AnalyticsEngine.h"
#include "analytics/ScoringScheme.h"
#include "analytics/TierModel.h"
#include "customers/CustomerCommandContext.h"
#include "profile/ProfileEntryDialog.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QAbstractItemModel;
class QAction;
class QLabel;
class QListWidget;
class QTabWidget;
class QTableView;
class QToolBar;
class QUndoStack;

namespace clientele {

class Database;
class NpsHistoryChart;
class OrderLineTableModel;
class ProfileOverview;
class PurchaseChart;
class SurveyResponseTableModel;
struct CustomerNote;
struct CustomerProfile;
struct Interaction;
struct SurveyResponse;

// The selected customer's 360° profile (360°画像), in tabs: Overview (scores with their explanation,
// churn risk and its reasons, tags, attributes), Purchases (amount per month and the order lines),
// Interactions (a timeline, newest first), Surveys (NPS over time and the answers) and Notes (a
// dated log). Adds an interaction, a survey response or a note through a dialog, each one undoable
// step on the page's undo stack.
class CustomerDetailPane : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        OverviewTab,
        PurchasesTab,
        InteractionsTab,
        SurveysTab,
        NotesTab
    };

    explicit CustomerDetailPane(QWidget* parent = nullptr);

    void setDatabase(Database* db);
    // Shows a customer (0: nothing selected). Reads through CustomerProfileReader and the note store;
    // stays on the current tab.
    void showCustomer(std::int64_t id);
    std::int64_t customerId() const { return m_customerId; }
    // The latest analysis (null: none yet). The scores of the shown customer come from it.
    void setAnalysis(std::shared_ptr<const AnalyticsEngine::Result> result);
    // Whether the data changed since that analysis and a new one is on its way.
    void setAnalysisPending(bool pending);
    // Where the add commands go, and how they report (the page's undo stack and callbacks).
    void setCommandTarget(QUndoStack* undoStack, const CustomerCommandContext& context);

    // "Add interaction…", "Add survey response…", "Add note…" (the page adds them for their keys).
    QList<QAction*> activityActions() const;
    QAction* addInteractionAction() const { return m_addInteraction; }
    QAction* addSurveyResponseAction() const { return m_addSurvey; }
    QAction* addNoteAction() const { return m_addNote; }
    // The add dialog while one is open (window-modal, opened with open()), else nullptr.
    ProfileEntryDialog* openDialog() const { return m_dialog; }

    // The adds without their dialogs: write, push the undo step. Throw StorageError to refuse.
    void addInteraction(Interaction& interaction);
    void addSurveyResponse(SurveyResponse& response);
    void addNote(CustomerNote& note);

    QTabWidget* tabs() const { return m_tabs; }
    ProfileOverview* overview() const { return m_overview; }
    PurchaseChart* purchaseChart() const { return m_purchaseChart; }
    NpsHistoryChart* npsChart() const { return m_npsChart; }
    OrderLineTableModel* orderModel() const { return m_orders; }
    SurveyResponseTableModel* surveyModel() const { return m_surveys; }
    QListWidget* interactionList() const { return m_interactionList; }
    QListWidget* noteList() const { return m_noteList; }
    // The "Source" lines of a profile: the import (number, file, sheet, time) and row that created the
    // customer, and the imports that changed its fields.
    static QStringList sourceLines(const CustomerProfile& profile);

public slots:
    void addInteractionWithDialog();
    void addSurveyResponseWithDialog();
    void addNoteWithDialog();

private:
    void showProfile(const CustomerProfile& profile);
    void clear(const QString& message);
    void updateActions();
    void openEntryDialog(ProfileEntryDialog* dialog);
    QString customerLabel() const;
    const CustomerAnalysis* analysisOf(std::int64_t customerId) const;
    // The customer's analysis with the RFM and tier traces filled in when the run left them out (the
    // background analysis omits them for speed): recomputed for this one customer against the run's base.
    CustomerAnalysis explained(const CustomerAnalysis& analysis);
    QTableView* makeTable(QAbstractItemModel* model);

    Database* m_db = nullptr;
    std::int64_t m_customerId = 0;
    QString m_customerCode;
    QString m_customerName;
    QString m_customerOwner;
    std::shared_ptr<const AnalyticsEngine::Result> m_analysis;
    QHash<qint64, int> m_analysisIndex; // customer id → position in m_analysis->customers
    bool m_analysisPending = false;
    std::vector<const CustomerFigures*> m_analysisBase; // every customer's figures, for the quintile ranks
    std::optional<ScoringScheme> m_scheme;              // the run's scheme, read when first needed
    std::map<QString, std::optional<TierModel>> m_tierModels; // by code, read when first needed
    QUndoStack* m_undoStack = nullptr;
    CustomerCommandContext m_context;
    QPointer<ProfileEntryDialog> m_dialog;

    QLabel* m_title = nullptr;
    QToolBar* m_toolbar = nullptr;
    QAction* m_addInteraction = nullptr;
    QAction* m_addSurvey = nullptr;
    QAction* m_addNote = nullptr;
    QTabWidget* m_tabs = nullptr;
    ProfileOverview* m_overview = nullptr;
    PurchaseChart* m_purchaseChart = nullptr;
    OrderLineTableModel* m_orders = nullptr;
    QLabel* m_ordersNote = nullptr;
    QListWidget* m_interactionList = nullptr;
    QLabel* m_interactionsNote = nullptr;
    NpsHistoryChart* m_npsChart = nullptr;
    SurveyResponseTableModel* m_surveys = nullptr;
    QLabel* m_surveysNote = nullptr;
    QListWidget* m_noteList = nullptr;
};

} // namespace clientele
