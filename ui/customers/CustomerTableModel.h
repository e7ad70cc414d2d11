#pragma once

#include "model/Customer.h"
#include "storage/CustomerListRow.h"
#include "storage/CustomerQuery.h"

#include <QAbstractTableModel>
#include <QList>

#include <cstdint>

namespace clientele {

class CustomerListLoader;
class Database;
struct CustomerAnalysesResult;
struct CustomerListResult;
struct CustomerPageResult;

// The customer list, fetched lazily a page at a time from CustomerRepository.
//
// Sorting, searching and filtering are done by SQL (sort(), setSearch() and setFilter() make a new
// CustomerQuery, reset and fetch the first page again), not by a QSortFilterProxyModel: a proxy sorts and
// filters only the rows it has, so it would force every one of 100,000 customers to load first.
//
// The SQL runs on a worker thread (CustomerListLoader): a call returns at once, and the rows follow when
// they are read (listReset, rowsInserted or dataChanged, then queryFinished). Until a new query's result
// arrives the rows of the previous one stay (isLoading() says a query is on its way); a result that a
// newer query superseded is dropped. A new database clears the list at once.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Name,
        Kind,
        City,
        Region,
        Owner,
        Industry,
        Created,
        // From the latest analysis (the 'current' snapshot); empty for customers it does not cover.
        Tier,
        Stage,
        Rfm,
        Recency,
        Orders,
        Amount,
        PAlive,
        Clv,
        Risk,
        ColumnCount
    };
    // The first column of the analysis; the columns before it are the customer's own fields.
    static constexpr int kFirstAnalysisColumn = Tier;
    // The stored value behind a cell (kind key "toc"/"tob", ISO date, plain text; tier, stage and risk
    // codes, "543" for RFM, numbers as numbers, money in minor units); for tests and tools.
    static constexpr int RawValueRole = Qt::UserRole + 1;
    // The customer's database id (qint64), any column.
    static constexpr int IdRole = Qt::UserRole + 2;
    static constexpr int kPageSize = 256;

    explicit CustomerTableModel(Database* db = nullptr, QObject* parent = nullptr);
    ~CustomerTableModel() override;

    // Clears the list and reads the first page of the new database (nullptr: empty).
    void setDatabase(Database* db);
    // Searches code, name, city and tags (in SQL); resets to the first page.
    void setSearch(const QString& text);
    QString search() const { return m_query.search; }
    // Takes the owner, tag, kind and segment filters of `filter` (its search and sort are ignored); resets to
    // the first page when they differ.
    void setFilter(const CustomerQuery& filter);
    CustomerQuery query() const { return m_query; }

    // Customers matching the search, loaded or not.
    int totalCount() const { return m_total; }
    // Every customer of the database, whatever the search and filters.
    int unfilteredCount() const { return m_unfiltered; }
    std::int64_t idAt(int row) const;
    const Customer* customerAt(int row) const;
    // The customer's latest analysis, nullptr when it does not cover them or the row is not loaded.
    const CustomerSnapshot* analysisAt(int row) const;
    // The row of a loaded customer, or -1.
    int rowOf(std::int64_t id) const;
    // Reads the list again after a change, keeping as many rows loaded as before (so the view keeps
    // its place).
    void reload();
    // A new analysis was stored. When it cannot change which rows are listed or their order (no sort on
    // and no filter by its columns), its figures are read for the loaded rows and put in place
    // (dataChanged: the view keeps selection and scroll) and false is returned; otherwise the list is
    // read again (reload()) and true is returned.
    bool refreshAnalysis();
    // The last error from the database, empty if none; fetching stops after an error.
    QString lastError() const { return m_lastError; }
    // Whether a read is on its way (a new query, a further page or the analysis of the loaded rows).
    bool isLoading() const { return m_listPending || m_pageOffset >= 0 || m_analysesPending; }
    // Whether the list itself is being read again (not just a further page).
    bool isListLoading() const { return m_listPending; }
    // The worker the model reads through; the page asks it for the filter choices too.
    CustomerListLoader* loader() const { return m_loader; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static CustomerQuery::SortKey sortKeyOf(int column);
    static bool isAnalysisColumn(int column)
    {
        return column >= kFirstAnalysisColumn && column < ColumnCount;
    }
    static QString kindLabel(CustomerKind kind);

signals:
    // The list was read again (new query, database or reload); totalCount() may have changed.
    void listReset();
    void loadFailed(const QString& message);
    // isLoading() changed (for a busy indicator).
    void loadingChanged(bool loading);
    // A read finished and its result is in the model (or failed); isLoading() may still be true when
    // more was asked meanwhile. Tests wait for it.
    void queryFinished();
    // A result arrived for a query that a newer one had superseded, and was dropped.
    void staleResultDropped();

private:
    // Asks for the list from its start (count and the first rows) under a new generation.
    void requestList(int rowsToLoad);
    void onListLoaded(const CustomerListResult& result);
    void onPageLoaded(const CustomerPageResult& result);
    void onAnalysesLoaded(const CustomerAnalysesResult& result);
    void onFailed(quint64 generation, const QString& message);
    // Runs `change` to the pending flags and reports when isLoading() changed.
    template <typename Change>
    void updateLoading(Change change);
    QVariant analysisData(const CustomerSnapshot& analysis, int column, int role) const;

    Database* m_db = nullptr;
    CustomerListLoader* m_loader = nullptr;
    CustomerQuery m_query;
    QList<CustomerListRow> m_rows;
    int m_total = 0;
    int m_unfiltered = 0;
    QString m_lastError;
    // The list request whose result the model waits for; results of older ones are dropped.
    quint64 m_generation = 0;
    bool m_listPending = false;
    int m_pageOffset = -1; // the offset of the page on its way, -1 if none
    bool m_analysesPending = false;
};

} // namespace clientele
