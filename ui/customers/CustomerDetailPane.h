#pragma once

#include <QWidget>

#include <cstdint>

class QAbstractItemModel;
class QLabel;
class QTabWidget;
class QTableView;

namespace clientele {

class Database;
class InteractionTableModel;
class OrderLineTableModel;
class SurveyResponseTableModel;
struct CustomerProfile;

// The selected customer's attributes and tags, with tabs for orders, interactions and surveys.
class CustomerDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerDetailPane(QWidget* parent = nullptr);

    void setDatabase(Database* db);
    // Shows a customer (0: nothing selected). Reads through CustomerProfileReader.
    void showCustomer(std::int64_t id);
    std::int64_t customerId() const { return m_customerId; }

    OrderLineTableModel* orderModel() const { return m_orders; }
    InteractionTableModel* interactionModel() const { return m_interactions; }
    SurveyResponseTableModel* surveyModel() const { return m_surveys; }
    QTabWidget* tabs() const { return m_tabs; }
    // The "Source" lines of a profile: the import (number, file, sheet, time) and row that created the
    // customer, and the imports that changed its fields.
    static QStringList sourceLines(const CustomerProfile& profile);

private:
    void showProfile(const CustomerProfile& profile);
    void clear(const QString& message);
    QTableView* makeTable(QAbstractItemModel* model);

    Database* m_db = nullptr;
    std::int64_t m_customerId = 0;
    QLabel* m_title = nullptr;
    QLabel* m_attributes = nullptr;
    QLabel* m_tags = nullptr;
    QTabWidget* m_tabs = nullptr;
    OrderLineTableModel* m_orders = nullptr;
    InteractionTableModel* m_interactions = nullptr;
    SurveyResponseTableModel* m_surveys = nullptr;
    QLabel* m_ordersNote = nullptr;
    QLabel* m_interactionsNote = nullptr;
    QLabel* m_surveysNote = nullptr;
};

} // namespace clientele
