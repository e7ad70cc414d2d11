#include "settings/ThresholdEditor.h"

#include "settings/CurrencyDisplay.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>

#include <cmath>

namespace clientele {

ThresholdEditor::ThresholdEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    // R scores fall as the days grow, F and M rise with the figure: the headers say which score a
    // boundary opens.
    grid->addWidget(new QLabel(tr("R: score 5 / 4 / 3 / 2 up to … days"), this), 0, 0);
    grid->addWidget(new QLabel(tr("F: score 2 / 3 / 4 / 5 from … orders a year"), this), 1, 0);
    grid->addWidget(new QLabel(tr("M: score 2 / 3 / 4 / 5 from … a year"), this), 2, 0);
    for (int i = 0; i < 4; ++i) {
        auto* r = new QSpinBox(this);
        r->setRange(0, 36500);
        r->setSuffix(tr(" d", "days"));
        r->setObjectName(QStringLiteral("recencyBoundary%1").arg(i));
        auto* f = new QDoubleSpinBox(this);
        f->setRange(0.0, 100000.0);
        f->setDecimals(2);
        f->setObjectName(QStringLiteral("frequencyBoundary%1").arg(i));
        auto* m = new QDoubleSpinBox(this);
        m->setRange(0.0, 1e12);
        m->setDecimals(2);
        m->setGroupSeparatorShown(true);
        m->setObjectName(QStringLiteral("amountBoundary%1").arg(i));
        m_recency[static_cast<size_t>(i)] = r;
        m_frequency[static_cast<size_t>(i)] = f;
        m_amount[static_cast<size_t>(i)] = m;
        grid->addWidget(r, 0, i + 1);
        grid->addWidget(f, 1, i + 1);
        grid->addWidget(m, 2, i + 1);
        const auto changed = [this] {
            if (!m_loading)
                emit edited();
        };
        connect(r, &QSpinBox::valueChanged, this, changed);
        connect(f, &QDoubleSpinBox::valueChanged, this, changed);
        connect(m, &QDoubleSpinBox::valueChanged, this, changed);
    }
    grid->setColumnStretch(5, 1);
}

void ThresholdEditor::setScheme(const ScoringScheme& scheme)
{
    m_scheme = scheme;
    m_loading = true;
    const QString prefix = CurrencyDisplay::current().prefix();
    for (size_t i = 0; i < 4; ++i) {
        m_recency[i]->setValue(scheme.recencyDays[i]);
        m_frequency[i]->setValue(scheme.ordersPerYear[i]);
        m_amount[i]->setPrefix(prefix);
        m_amount[i]->setValue(static_cast<double>(scheme.amountPerYearMinor[i]) / 100.0);
    }
    m_loading = false;
}

ScoringScheme ThresholdEditor::scheme() const
{
    ScoringScheme s = m_scheme;
    s.method = ScoringScheme::Method::Thresholds;
    for (size_t i = 0; i < 4; ++i) {
        s.recencyDays[i] = m_recency[i]->value();
        s.ordersPerYear[i] = m_frequency[i]->value();
        s.amountPerYearMinor[i] = std::llround(m_amount[i]->value() * 100.0);
    }
    return s;
}

QStringList ThresholdEditor::problems() const
{
    QStringList p;
    const QLocale locale;
    for (size_t i = 1; i < 4; ++i) {
        if (m_recency[i]->value() <= m_recency[i - 1]->value())
            p << tr("R boundary %1 (%2 days) must be above boundary %3 (%4 days).")
                     .arg(i + 1)
                     .arg(m_recency[i]->value())
                     .arg(i)
                     .arg(m_recency[i - 1]->value());
        if (m_frequency[i]->value() <= m_frequency[i - 1]->value())
            p << tr("F boundary %1 (%2 orders a year) must be above boundary %3 (%4).")
                     .arg(i + 1)
                     .arg(locale.toString(m_frequency[i]->value(), 'f', 2))
                     .arg(i)
                     .arg(locale.toString(m_frequency[i - 1]->value(), 'f', 2));
        if (m_amount[i]->value() <= m_amount[i - 1]->value())
            p << tr("M boundary %1 (%2 a year) must be above boundary %3 (%4).")
                     .arg(i + 1)
                     .arg(m_amount[i]->text())
                     .arg(i)
                     .arg(m_amount[i - 1]->text());
    }
    return p;
}

} // namespace clientele
