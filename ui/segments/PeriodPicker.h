#pragma once

#include "analytics/AnalysisPeriod.h"

#include <QDate>
#include <QStringList>
#include <QWidget>

class QComboBox;

namespace clientele {

// Chooses a reporting period among those the data spans: a kind (quarter, month, year) and one of
// its periods, newest first. Defaults to the latest quarter.
class PeriodPicker : public QWidget
{
    Q_OBJECT

public:
    explicit PeriodPicker(QWidget* parent = nullptr);

    // The periods of each kind that overlap [first, last]; keeps the choice when it is still there.
    void setSpan(QDate first, QDate last);
    QString currentPeriod() const;
    AnalysisPeriod::Kind kind() const;
    // Chooses a period by code (its kind too); false when it is not offered.
    bool setCurrentPeriod(const QString& code);
    QStringList periods() const; // of the current kind, newest first

    QComboBox* kindBox() const { return m_kind; }
    QComboBox* periodBox() const { return m_period; }

    // The period codes of a kind overlapping [first, last], newest first.
    static QStringList periodsBetween(QDate first, QDate last, AnalysisPeriod::Kind kind);

signals:
    void periodChanged(const QString& code);
    void kindChanged(clientele::AnalysisPeriod::Kind kind);

private:
    void fillPeriods(const QString& keep);

    QComboBox* m_kind = nullptr;
    QComboBox* m_period = nullptr;
    QDate m_first;
    QDate m_last;
    bool m_filling = false;
};

} // namespace clientele
