#pragma once

#include "model/Tag.h"
#include "storage/CustomerQuery.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QToolButton;

namespace clientele {

// The filters above the customer list: owner, tag and kind. They go into the list's SQL query
// (CustomerQuery), so they work on all customers, not only the rows loaded so far.
class CustomerFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerFilterBar(QWidget* parent = nullptr);

    // Fills the owner and tag choices, keeping the current choice when it is still there.
    void setChoices(const QStringList& owners, const QList<Tag>& tags);
    // Copies the chosen filters into the query (search and sort untouched).
    void applyTo(CustomerQuery& query) const;

    // Chooses by value; for tests and the chart drill-down. An unknown owner or tag chooses "all".
    void setOwner(const std::optional<QString>& owner);
    void setTag(const QString& tag);
    void setKind(const std::optional<CustomerKind>& kind);
    void clear();

    QComboBox* ownerBox() const { return m_owner; }
    QComboBox* tagBox() const { return m_tag; }
    QComboBox* kindBox() const { return m_kind; }

signals:
    void filterChanged();

private:
    void updateClearButton();

    QComboBox* m_owner = nullptr;
    QComboBox* m_tag = nullptr;
    QComboBox* m_kind = nullptr;
    QToolButton* m_clear = nullptr;
    bool m_filling = false;
};

} // namespace clientele
