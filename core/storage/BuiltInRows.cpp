#include "storage/BuiltInRows.h"

#include "storage/SqlSupport.h"
#include "storage/WriteTransaction.h"

#include <QSet>
#include <QSqlQuery>

namespace clientele::built_in_rows {

QString textOr(const QVariant& stored, const QString& catalogue, bool& edited)
{
    if (stored.isNull())
        return catalogue;
    edited = true;
    return stored.toString();
}

QVariant overrideOf(const QString& text, const QString& catalogue)
{
    if (text == catalogue)
        return QVariant(QMetaType::fromType<QString>());
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

int insertMissing(const QSqlDatabase& db,
                  const SqlDialect& dialect,
                  const QString& table,
                  const QStringList& codes,
                  const std::function<void(int index)>& insertRow)
{
    const auto storedCodes = [&db, &table] {
        QSet<QString> stored;
        QSqlQuery q = sql::run(db, QStringLiteral("SELECT code FROM %1 WHERE code IS NOT NULL").arg(table));
        while (q.next())
            stored.insert(q.value(0).toString());
        return stored;
    };
    const auto allThere = [&codes](const QSet<QString>& stored) {
        return std::all_of(codes.begin(), codes.end(),
                           [&stored](const QString& code) { return stored.contains(code); });
    };
    // Reads alone on every later use; the write lock only when a built-in is missing.
    if (allThere(storedCodes()))
        return 0;
    WriteTransaction transaction(db, dialect);
    const QSet<QString> stored = storedCodes(); // again, now under the write lock
    int added = 0;
    for (int i = 0; i < codes.size(); ++i) {
        if (stored.contains(codes[i]))
            continue;
        insertRow(i);
        ++added;
    }
    transaction.commit();
    return added;
}

} // namespace clientele::built_in_rows
