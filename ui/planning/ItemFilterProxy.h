#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace clientele {

// The execution-item table's filter: a text found in any column, and optionally one status.
class ItemFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ItemFilterProxy(QObject* parent = nullptr);
    void setText(const QString& text);
    void setStatus(std::optional<int> status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    std::optional<int> m_status;
};

} // namespace clientele
