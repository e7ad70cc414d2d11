#include "customers/CustomerFilterBar.h"

#include "customers/CustomerTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
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
    box->setMinimumContentsLength(12);
    box->setMaxVisibleItems(20);
    return box;
}

} // namespace

CustomerFilterBar::CustomerFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_owner(filterBox(QStringLiteral("ownerFilter"), this))
    , m_tag(filterBox(QStringLiteral("tagFilter"), this))
    , m_kind(filterBox(QStringLiteral("kindFilter"), this))
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
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear filters"));
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
    layout->addWidget(m_clear);
    layout->addStretch(1);

    for (QComboBox* box : {m_owner, m_tag, m_kind})
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
    m_owner->setCurrentIndex(0);
    m_tag->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_filling = false;
    updateClearButton();
    emit filterChanged();
}

void CustomerFilterBar::updateClearButton()
{
    m_clear->setEnabled(m_owner->currentIndex() != 0 || m_tag->currentIndex() != 0 ||
                        m_kind->currentIndex() != 0);
}

} // namespace clientele
