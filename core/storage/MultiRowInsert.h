#pragma once

#include "storage/BulkStatement.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace clientele {

// A multi-row INSERT of a fixed shape: rows are queued and sent kRowsPerStatement at a time, one
// statement run instead of one per row, with typed binds (BulkStatement) instead of a QVariant per
// value; flush() sends the rest in one statement of their own size. `bind` puts a row's values
// into the statement from parameter `first` on. Rows are copied into the queue.
template <typename Row>
class MultiRowInsert
{
public:
    static constexpr int kRowsPerStatement = 64;
    using Binder = void (*)(BulkStatement& statement, int first, const Row& row);

    // head: "INSERT INTO t (a, b) VALUES " (the row placeholders are appended).
    MultiRowInsert(const QSqlDatabase& db, const SqlDialect& dialect, QString head, int columns, Binder bind)
        : m_db(db)
        , m_dialect(dialect)
        , m_head(std::move(head))
        , m_columns(columns)
        , m_bind(bind)
    {
        m_queued.reserve(kRowsPerStatement);
    }

    void add(Row row)
    {
        m_queued.push_back(std::move(row));
        if (m_queued.size() < static_cast<std::size_t>(kRowsPerStatement))
            return;
        if (!m_full)
            m_full = BulkStatement::prepare(m_db, m_dialect, statement(kRowsPerStatement));
        send(*m_full);
    }

    void flush()
    {
        if (m_queued.empty())
            return;
        send(*BulkStatement::prepare(m_db, m_dialect, statement(static_cast<int>(m_queued.size()))));
    }

private:
    void send(BulkStatement& q)
    {
        for (std::size_t i = 0; i < m_queued.size(); ++i)
            m_bind(q, static_cast<int>(i) * m_columns, m_queued[i]);
        q.exec();
        m_queued.clear();
    }

    QString statement(int rows) const
    {
        const QString one =
            QStringLiteral("(") + QStringLiteral("?, ").repeated(m_columns - 1) + QStringLiteral("?)");
        QStringList all;
        for (int i = 0; i < rows; ++i)
            all << one;
        return m_head + all.join(QStringLiteral(", "));
    }

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    QString m_head;
    int m_columns;
    Binder m_bind;
    std::unique_ptr<BulkStatement> m_full;
    std::vector<Row> m_queued;
};

} // namespace clientele
