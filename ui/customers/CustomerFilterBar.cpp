#include "customers/CustomerFilterBar.h"

#include "analytics/TierNames.h"
#include "customers/CustomerTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QToolButton>

namespace clientele {

namespace {

// Item data of the owner box: "any owner" has none, "no owner" an empty string.
constexpr int kNoOwnerIndex = 1;

QComboBox* filterBox(const QString& objectName, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMinimumContentsLength(10);
    box->setMaxVisibleItems(20);
    return box;
}

} // namespace

CustomerFilterBar::CustomerFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_owner(filterBox(QStringLiteral("ownerFilter"), this))
    , m_tag(filterBox(QStringLiteral("tagFilter"), this))
    , m_kind(filterBox(QStringLiteral("kindFilter"), this))
    , m_tier(filterBox(QStringLiteral("tierFilter"), this))
    , m_stage(filterBox(QStringLiteral("stageFilter"), this))
    , m_risk(filterBox(QStringLiteral("riskFilter"), this))
    , m_clear(new QToolButton(this))
{
    m_owner->addItem(tr("All owners"));
    m_owner->addItem(tr("No owner"), QString());
    m_tag->addItem(tr("All tags"));
    m_kind->addItem(tr("All kinds"));
    m_kind->addItem(CustomerTableModel::kindLabel(CustomerKind::Consumer),
                    customerKindKey(CustomerKind::Consumer));
    m_kind->addItem(CustomerTableModel::kindLabel(CustomerKind::Business),
                    customerKindKey(CustomerKind::Business));
    m_tier->addItem(tr("All tiers"));
    m_stage->addItem(tr("All stages"));
    m_risk->addItem(tr("All risk levels"));
    const QString fromAnalysis = tr("From the latest analysis");
    for (QComboBox* box : {m_tier, m_stage, m_risk})
        box->setToolTip(fromAnalysis);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setToolTip(tr("Show all customers (Ctrl+Shift+L)"));
    m_clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_clear->setAutoRaise(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    auto* label = new QLabel(tr("Filter:"), this);
    layout->addWidget(label);
    auto* ownerLabel = new QLabel(tr("&Owner"), this);
    ownerLabel->setBuddy(m_owner);
    layout->addWidget(ownerLabel);
    layout->addWidget(m_owner);
    auto* tagLabel = new QLabel(tr("T&ag"), this);
    tagLabel->setBuddy(m_tag);
    layout->addWidget(tagLabel);
    layout->addWidget(m_tag);
    auto* kindLabel = new QLabel(tr("&Kind"), this);
    kindLabel->setBuddy(m_kind);
    layout->addWidget(kindLabel);
    layout->addWidget(m_kind);
    auto* tierLabel = new QLabel(tr("T&ier"), this);
    tierLabel->setBuddy(m_tier);
    layout->addWidget(tierLabel);
    layout->addWidget(m_tier);
    auto* stageLabel = new QLabel(tr("&Stage"), this);
    stageLabel->setBuddy(m_stage);
    layout->addWidget(stageLabel);
    layout->addWidget(m_stage);
    auto* riskLabel = new QLabel(tr("&Risk"), this);
    riskLabel->setBuddy(m_risk);
    layout->addWidget(riskLabel);
    layout->addWidget(m_risk);
    layout->addWidget(m_clear);
    layout->addStretch(1);

    for (QComboBox* box : boxes())
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            updateClearButton();
            if (!m_filling)
                emit filterChanged();
        });
    connect(m_clear, &QToolButton::clicked, this, &CustomerFilterBar::clear);
    updateClearButton();
}

void CustomerFilterBar::setChoices(const QStringList& owners, const QList<Tag>& tags)
{
    const QString owner = m_owner->currentIndex() > kNoOwnerIndex ? m_owner->currentText() : QString();
    const QString tag = m_tag->currentIndex() > 0 ? m_tag->currentData().toString() : QString();
    m_filling = true;
    while (m_owner->count() > kNoOwnerIndex + 1)
        m_owner->removeItem(m_owner->count() - 1);
    for (const QString& name : owners)
        m_owner->addItem(name, name);
    while (m_tag->count() > 1)
        m_tag->removeItem(m_tag->count() - 1);
    for (const Tag& t : tags)
        m_tag->addItem(t.kind == TagKind::Dynamic ? tr("%1 (dynamic)").arg(t.name) : t.name, t.name);
    if (!owner.isEmpty())
        m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
    if (!tag.isEmpty())
        m_tag->setCurrentIndex(std::max(0, m_tag->findData(tag)));
    m_filling = false;
    // A chosen owner or tag that is gone (its last customer changed) falls back to "all".
    if ((!owner.isEmpty() && m_owner->currentIndex() == 0) || (!tag.isEmpty() && m_tag->currentIndex() == 0))
        emit filterChanged();
    updateClearButton();
}

void CustomerFilterBar::applyTo(CustomerQuery& query) const
{
    query.owner = m_owner->currentIndex() == 0 ? std::nullopt
                                               : std::optional<QString>(m_owner->currentData().toString());
    query.tag = m_tag->currentIndex() == 0 ? QString() : m_tag->currentData().toString();
    query.kind =
        m_kind->currentIndex() == 0 ? std::nullopt : customerKindFromKey(m_kind->currentData().toString());
    query.tier = m_tier->currentIndex() == 0 ? QString() : m_tier->currentData().toString();
    query.stage = m_stage->currentIndex() == 0 ? QString() : m_stage->currentData().toString();
    query.riskLevel = m_risk->currentIndex() == 0 ? QString() : m_risk->currentData().toString();
}

void CustomerFilterBar::setAnalysisChoices(const CustomerAnalysisCodes& codes)
{
    const QString tier = m_tier->currentData().toString();
    const QString stage = m_stage->currentData().toString();
    const QString risk = m_risk->currentData().toString();
    m_filling = true;
    fillCodes(m_tier, codes.tiers);
    fillCodes(m_stage, codes.stages);
    fillCodes(m_risk, codes.riskLevels);
    m_tier->setCurrentIndex(tier.isEmpty() ? 0 : std::max(0, m_tier->findData(tier)));
    m_stage->setCurrentIndex(stage.isEmpty() ? 0 : std::max(0, m_stage->findData(stage)));
    m_risk->setCurrentIndex(risk.isEmpty() ? 0 : std::max(0, m_risk->findData(risk)));
    m_filling = false;
    // A chosen code the new analysis no longer gives falls back to "all".
    if ((!tier.isEmpty() && m_tier->currentIndex() == 0) ||
        (!stage.isEmpty() && m_stage->currentIndex() == 0) ||
        (!risk.isEmpty() && m_risk->currentIndex() == 0))
        emit filterChanged();
    updateClearButton();
}

void CustomerFilterBar::fillCodes(QComboBox* box, const QStringList& codes)
{
    while (box->count() > 1)
        box->removeItem(box->count() - 1);
    // Known codes in TierNames' order (tiers best first, stages in lifecycle order, risk low to high),
    // then any others by code.
    const QStringList known = TierNames::knownCodes();
    QStringList ordered = codes;
    std::stable_sort(ordered.begin(), ordered.end(), [&known](const QString& a, const QString& b) {
        const qsizetype ra = known.indexOf(a), rb = known.indexOf(b);
        return (ra < 0 ? known.size() : ra) < (rb < 0 ? known.size() : rb);
    });
    for (const QString& code : ordered)
        box->addItem(TierNames::displayName(code), code);
}

void CustomerFilterBar::selectCode(QComboBox* box, const QString& code)
{
    if (code.isEmpty()) {
        box->setCurrentIndex(0);
        return;
    }
    int index = box->findData(code);
    if (index < 0) {
        box->addItem(TierNames::displayName(code), code);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}

void CustomerFilterBar::setTier(const QString& code)
{
    selectCode(m_tier, code);
}

void CustomerFilterBar::setStage(const QString& code)
{
    selectCode(m_stage, code);
}

void CustomerFilterBar::setRiskLevel(const QString& code)
{
    selectCode(m_risk, code);
}

void CustomerFilterBar::setExternalFilter(bool active)
{
    m_externalFilter = active;
    updateClearButton();
}

QList<QComboBox*> CustomerFilterBar::boxes() const
{
    return {m_owner, m_tag, m_kind, m_tier, m_stage, m_risk};
}

bool CustomerFilterBar::hasFilter() const
{
    for (QComboBox* box : boxes())
        if (box->currentIndex() != 0)
            return true;
    return false;
}

void CustomerFilterBar::setOwner(const std::optional<QString>& owner)
{
    if (!owner)
        m_owner->setCurrentIndex(0);
    else if (owner->isEmpty())
        m_owner->setCurrentIndex(kNoOwnerIndex);
    else
        m_owner->setCurrentIndex(std::max(0, m_owner->findData(*owner)));
}

void CustomerFilterBar::setTag(const QString& tag)
{
    m_tag->setCurrentIndex(tag.isEmpty() ? 0 : std::max(0, m_tag->findData(tag)));
}

void CustomerFilterBar::setKind(const std::optional<CustomerKind>& kind)
{
    m_kind->setCurrentIndex(kind ? m_kind->findData(customerKindKey(*kind)) : 0);
}

void CustomerFilterBar::clear()
{
    m_filling = true;
    for (QComboBox* box : boxes())
        box->setCurrentIndex(0);
    m_filling = false;
    updateClearButton();
    emit cleared();
    emit filterChanged();
}

void CustomerFilterBar::updateClearButton()
{
    m_clear->setEnabled(hasFilter() || m_externalFilter);
}

} // namespace clientele
