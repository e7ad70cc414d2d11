#include "segments/PeriodPicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

#include <utility>

namespace clientele {

PeriodPicker::PeriodPicker(QWidget* parent)
    : QWidget(parent)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_kind->addItem(tr("Quarter"), static_cast<int>(AnalysisPeriod::Kind::Quarter));
    m_kind->addItem(tr("Month"), static_cast<int>(AnalysisPeriod::Kind::Month));
    m_kind->addItem(tr("Year"), static_cast<int>(AnalysisPeriod::Kind::Year));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->setMinimumContentsLength(8);
    auto* label = new QLabel(tr("&Period:"), this);
    label->setBuddy(m_kind);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_kind);
    layout->addWidget(m_period);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillPeriods(QString());
        emit kindChanged(kind());
        emit periodChanged(currentPeriod());
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            emit periodChanged(currentPeriod());
    });
}

QStringList PeriodPicker::periodsBetween(QDate first, QDate last, AnalysisPeriod::Kind kind)
{
    QStringList codes;
    if (!first.isValid() || !last.isValid() || last < first)
        return codes;
    for (AnalysisPeriod p = AnalysisPeriod::containing(last, kind); p.end() >= first; p = p.previous())
        codes << p.code();
    return codes;
}

void PeriodPicker::setSpan(QDate first, QDate last)
{
    m_first = first;
    m_last = last;
    const QString keep = currentPeriod();
    fillPeriods(keep);
    if (currentPeriod() != keep)
        emit periodChanged(currentPeriod());
}

void PeriodPicker::fillPeriods(const QString& keep)
{
    const bool wasFilling = std::exchange(m_filling, true);
    m_period->clear();
    const QStringList codes = periodsBetween(m_first, m_last, kind());
    m_period->addItems(codes);
    const qsizetype kept = codes.indexOf(keep);
    m_period->setCurrentIndex(kept >= 0 ? static_cast<int>(kept) : (codes.isEmpty() ? -1 : 0));
    m_filling = wasFilling;
}

QString PeriodPicker::currentPeriod() const
{
    return m_period->currentText();
}

AnalysisPeriod::Kind PeriodPicker::kind() const
{
    return static_cast<AnalysisPeriod::Kind>(m_kind->currentData().toInt());
}

QStringList PeriodPicker::periods() const
{
    QStringList codes;
    for (int i = 0; i < m_period->count(); ++i)
        codes << m_period->itemText(i);
    return codes;
}

bool PeriodPicker::setCurrentPeriod(const QString& code)
{
    const std::optional<AnalysisPeriod> period = AnalysisPeriod::parse(code);
    if (!period)
        return false;
    const int kindIndex = m_kind->findData(static_cast<int>(period->kind()));
    const bool kindChanges = kindIndex != m_kind->currentIndex();
    if (kindChanges) {
        m_filling = true;
        m_kind->setCurrentIndex(kindIndex);
        fillPeriods(code);
        m_filling = false;
        emit kindChanged(kind());
    }
    const int index = m_period->findText(code);
    if (index >= 0 && index != m_period->currentIndex())
        m_period->setCurrentIndex(index); // emits periodChanged
    else if (kindChanges)
        emit periodChanged(currentPeriod());
    return index >= 0;
}

} // namespace clientele
