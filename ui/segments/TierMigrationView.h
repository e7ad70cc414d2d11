#pragma once

#include "analysis/TierMigration.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace clientele {

// The tier migration matrix between two chosen periods: rows are the tiers at the end of the
// earlier period, columns those at the end of the later one; each cell counts the customers and what
// they bought in between. Built from the periods' snapshots; when one is missing it says so and
// offers to create it.
class TierMigrationView : public QWidget
{
    Q_OBJECT

public:
    explicit TierMigrationView(QWidget* parent = nullptr);

    // The periods to choose from, newest first; defaults to the two newest.
    void setPeriods(const QStringList& codes);
    QString fromPeriod() const;
    QString toPeriod() const;
    void setChoice(const QString& fromPeriod, const QString& toPeriod);

    void showCalculating();
    void showMigration(const TierMigration& migration);
    void showError(const QString& message);

    QTableWidget* table() const { return m_table; }
    QPushButton* createButton() const { return m_create; }
    QString statusText() const;

signals:
    // The choice changed (and is a valid pair): the page asks for the migration.
    void comparisonRequested(const QString& fromPeriod, const QString& toPeriod);
    void createSnapshotsRequested(const QString& fromPeriod, const QString& toPeriod);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onChoiceChanged();

    QComboBox* m_from = nullptr;
    QComboBox* m_to = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_create = nullptr;
    QTableWidget* m_table = nullptr;
    bool m_filling = false;
    std::shared_ptr<const TierMigration> m_last; // shown, for repainting
};

} // namespace clientele
