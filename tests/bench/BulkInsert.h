#pragma once

#include "storage/Database.h"

#include <QStringList>

namespace bench {

// Rows written through astro::Database as multi-row INSERTs ("VALUES (?,?),(?,?),..."): one
// prepared statement per batch of rows instead of one per row. Flush before committing.
class BulkInsert
{
public:
    BulkInsert(astro::Database& db, const QString& table, const QStringList& columns,
               int rowsPerStatement = 50);

    // One value per column, in the order of the columns. QVariant() is NULL.
    template <typename... Values> astro::Status row(const Values&... values)
    {
        Q_ASSERT(qsizetype(sizeof...(Values)) == m_columnCount);
        (m_values.append(variant(values)), ...);
        if (++m_pending == m_rowsPerStatement)
            return flush();
        return {};
    }
    astro::Status flush();
    qint64 total() const { return m_total; }

private:
    static QVariant variant(const QVariant& v) { return v; }
    static QVariant variant(const QString& v) { return QVariant(v); }
    static QVariant variant(qint64 v) { return QVariant(v); }
    static QVariant variant(int v) { return QVariant(v); }
    QString sql(int rows) const;

    astro::Database& m_db;
    QString m_head;
    QString m_tuple;
    qsizetype m_columnCount = 0;
    int m_rowsPerStatement = 50;
    int m_pending = 0;
    qint64 m_total = 0;
    QString m_fullSql;
    QVariantList m_values;
};

} // namespace bench
