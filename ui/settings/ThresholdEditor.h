#pragma once

#include "analytics/ScoringScheme.h"

#include <QStringList>
#include <QWidget>

#include <array>

class QDoubleSpinBox;
class QSpinBox;

namespace clientele {

// The four boundaries of each of R, F and M of a threshold scheme, as spin boxes in a grid (one row
// per dimension). Boundaries must rise strictly from left to right; problems() says where they do
// not. Amounts are edited in major units (yuan, dollars) and kept in minor units.
class ThresholdEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ThresholdEditor(QWidget* parent = nullptr);

    // Shows the scheme's boundaries without emitting edited().
    void setScheme(const ScoringScheme& scheme);
    // The shown scheme with the boundaries as edited.
    ScoringScheme scheme() const;
    // Every boundary that does not rise above the one before it, in words; empty when all do.
    QStringList problems() const;

    QSpinBox* recencyBox(int index) const { return m_recency[static_cast<size_t>(index)]; }
    QDoubleSpinBox* frequencyBox(int index) const { return m_frequency[static_cast<size_t>(index)]; }
    QDoubleSpinBox* amountBox(int index) const { return m_amount[static_cast<size_t>(index)]; }

signals:
    void edited();

private:
    ScoringScheme m_scheme;
    std::array<QSpinBox*, 4> m_recency{};
    std::array<QDoubleSpinBox*, 4> m_frequency{};
    std::array<QDoubleSpinBox*, 4> m_amount{};
    bool m_loading = false;
};

} // namespace clientele
