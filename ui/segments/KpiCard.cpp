#include "segments/KpiCard.h"

#include "charts/ChartStyle.h"
#include "segments/SegmentFormat.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace clientele {

namespace {

QString definitionText(const KpiDefinition& d)
{
    return QStringLiteral("<b>%1</b><br>%2<br><i>%3</i> %4<br><i>%5</i> %6")
        .arg(d.name.toHtmlEscaped(), d.formula.toHtmlEscaped(), KpiCard::tr("Population:").toHtmlEscaped(),
             d.population.toHtmlEscaped(), KpiCard::tr("Period:").toHtmlEscaped(), d.period.toHtmlEscaped());
}

} // namespace

KpiCard::KpiCard(const KpiDefinition& definition, QWidget* parent)
    : QFrame(parent)
    , m_definition(definition)
{
    setObjectName(QStringLiteral("kpi_%1").arg(definition.code));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setToolTip(definitionText(definition));

    m_name = new QLabel(definition.name, this);
    m_name->setWordWrap(true);
    m_name->setForegroundRole(QPalette::PlaceholderText);
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("value"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("change"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_name);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addStretch(1);
    setMinimumWidth(150);
    clear();
}

void KpiCard::clear()
{
    m_value->setText(QStringLiteral("…"));
    m_change->setText(QString());
    m_direction = 0;
    updateChangeColour();
}

void KpiCard::setRow(const KpiRow& row, const QString& previousPeriod)
{
    m_value->setText(SegmentFormat::kpiValue(m_definition.unit, row.value));
    if (!row.available && !row.reason.isEmpty())
        m_value->setToolTip(row.reason);
    else
        m_value->setToolTip(QString());
    if (row.change) {
        m_change->setText(
            tr("%1 vs %2").arg(SegmentFormat::kpiChange(m_definition.unit, *row.change), previousPeriod));
        const int sign = *row.change > 0 ? 1 : (*row.change < 0 ? -1 : 0);
        m_direction = m_definition.higherIsBetter ? sign : -sign;
    } else {
        m_change->setText(row.available ? tr("no value for %1").arg(previousPeriod) : row.reason);
        m_direction = 0;
    }
    m_change->setWordWrap(true);
    updateChangeColour();
}

QString KpiCard::valueText() const
{
    return m_value->text();
}

QString KpiCard::changeText() const
{
    return m_change->text();
}

void KpiCard::updateChangeColour()
{
    if (!m_change)
        return;
    QPalette pal = m_change->palette();
    const bool dark = ChartStyle::isDark(palette());
    QColor colour = palette().color(QPalette::PlaceholderText);
    if (m_direction > 0)
        colour = dark ? QColor(0x6d, 0xd5, 0x8c) : QColor(0x1e, 0x7b, 0x34);
    else if (m_direction < 0)
        colour = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x26, 0x1e);
    pal.setColor(QPalette::WindowText, colour);
    m_change->setPalette(pal);
}

void KpiCard::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateChangeColour();
}

} // namespace clientele
