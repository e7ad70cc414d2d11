#pragma once

#include "analytics/KpiCalculator.h"
#include "analytics/KpiDefinition.h"

#include <QFrame>

class QLabel;

namespace clientele {

// One KPI as a card: its name, its value for the period and the change against the previous period
// (green when it moved the good way, red when the bad way). The tooltip is the KPI's written
// definition (formula, population, period), so the number is never shown without its meaning.
class KpiCard : public QFrame
{
    Q_OBJECT

public:
    explicit KpiCard(const KpiDefinition& definition, QWidget* parent = nullptr);

    const KpiDefinition& definition() const { return m_definition; }
    void setRow(const KpiRow& row, const QString& previousPeriod);
    void clear();

    QString valueText() const;
    QString changeText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateChangeColour();

    KpiDefinition m_definition;
    QLabel* m_name = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_change = nullptr;
    int m_direction = 0; // +1 good, −1 bad, 0 neutral
};

} // namespace clientele
