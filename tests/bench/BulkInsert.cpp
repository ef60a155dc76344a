#include "BulkInsert.h"

namespace bench {

BulkInsert::BulkInsert(astro::Database& db, const QString& table, const QStringList& columns,
                       int rowsPerStatement)
    : m_db(db), m_columnCount(columns.size()), m_rowsPerStatement(qMax(1, rowsPerStatement))
{
    m_head =
        QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QLatin1Char(',')));
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    m_tuple = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    m_fullSql = sql(m_rowsPerStatement);
    m_values.reserve(m_columnCount * m_rowsPerStatement);
}

QString BulkInsert::sql(int rows) const
{
    QStringList tuples;
    for (int i = 0; i < rows; ++i)
        tuples << m_tuple;
    return m_head + tuples.join(QLatin1Char(','));
}

astro::Status BulkInsert::flush()
{
    if (m_pending == 0)
        return {};
    auto s = m_db.execute(m_pending == m_rowsPerStatement ? m_fullSql : sql(m_pending), m_values);
    m_total += m_pending;
    m_pending = 0;
    m_values.clear();
    return s;
}

} // namespace bench
