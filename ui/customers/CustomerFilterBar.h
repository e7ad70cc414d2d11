#pragma once

#include "model/Tag.h"
#include "storage/CustomerAnalysisCodes.h"
#include "storage/CustomerQuery.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QToolButton;

namespace clientele {

// The filters above the customer list: owner, tag and kind, and tier, stage and risk level from the
// latest analysis. They go into the list's SQL query (CustomerQuery), so they work on all customers,
// not only the rows loaded so far.
class CustomerFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerFilterBar(QWidget* parent = nullptr);

    // Fills the owner and tag choices, keeping the current choice when it is still there.
    void setChoices(const QStringList& owners, const QList<Tag>& tags);
    // Fills the tier, stage and risk choices with the codes the latest analysis gave (translated),
    // keeping the current choice when it is still there.
    void setAnalysisChoices(const CustomerAnalysisCodes& codes);
    // Copies the chosen filters into the query (search and sort untouched).
    void applyTo(CustomerQuery& query) const;

    // Chooses by value; for tests and the chart drill-down. An unknown owner or tag chooses "all".
    void setOwner(const std::optional<QString>& owner);
    void setTag(const QString& tag);
    void setKind(const std::optional<CustomerKind>& kind);
    // A code not among the choices (yet) is added, so a drill-down never silently shows everyone.
    void setTier(const QString& code);
    void setStage(const QString& code);
    void setRiskLevel(const QString& code);
    // Chooses "all" everywhere; emits cleared() and filterChanged().
    void clear();
    bool hasFilter() const;
    // Whether a filter kept outside the bar (the page's R/F drill-down) is on: clear() clears it too.
    void setExternalFilter(bool active);

    QComboBox* ownerBox() const { return m_owner; }
    QComboBox* tagBox() const { return m_tag; }
    QComboBox* kindBox() const { return m_kind; }
    QComboBox* tierBox() const { return m_tier; }
    QComboBox* stageBox() const { return m_stage; }
    QComboBox* riskBox() const { return m_risk; }

signals:
    void filterChanged();
    // The clear-filters button (or clear()) was used: filters kept outside the bar go too.
    void cleared();

private:
    void updateClearButton();
    void fillCodes(QComboBox* box, const QStringList& codes);
    void selectCode(QComboBox* box, const QString& code);
    QList<QComboBox*> boxes() const;

    QComboBox* m_owner = nullptr;
    QComboBox* m_tag = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_tier = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_risk = nullptr;
    QToolButton* m_clear = nullptr;
    bool m_filling = false;
    bool m_externalFilter = false;
};

} // namespace clientele
