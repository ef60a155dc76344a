#include "PeriodSplit.h"

#include <QDate>

namespace astro {

namespace {

const QString midnight = QStringLiteral("T00:00:00.000Z");

bool atMidnight(const QString& instant)
{
    return instant.mid(10) == midnight;
}

// The UTC day after `day` ("YYYY-MM-DD").
QString nextDay(const QString& day)
{
    return QDate::fromString(day, Qt::ISODate).addDays(1).toString(Qt::ISODate);
}

} // namespace

PeriodSplit::PeriodSplit(const QString& start, const QString& end)
{
    // The totals start at the first UTC midnight at or after `start` ...
    if (start.isEmpty())
        m_firstDay = QString();
    else if (atMidnight(start))
        m_firstDay = start.left(10);
    else
        m_firstDay = nextDay(start.left(10));
    // ... and end at the last UTC midnight at or before `end`.
    m_endDay = end.isEmpty() ? QStringLiteral("9999") : end.left(10);

    if (!end.isEmpty() && m_firstDay >= m_endDay) {
        // Less than one whole UTC day: all of it from the history.
        m_firstDay = m_endDay = QString();
        m_headFrom = start;
        m_headTo = end;
        return;
    }
    if (!start.isEmpty() && !atMidnight(start)) {
        m_headFrom = start;
        m_headTo = m_firstDay + midnight;
    }
    if (!end.isEmpty() && !atMidnight(end)) {
        m_tailFrom = m_endDay + midnight;
        m_tailTo = end;
    }
}

QString PeriodSplit::daysClause(const QString& dayColumn) const
{
    return QStringLiteral("%1 >= ? AND %1 < ?").arg(dayColumn);
}

QVariantList PeriodSplit::daysBinds() const
{
    return {m_firstDay, m_endDay};
}

QString PeriodSplit::edgesClause(const QString& atColumn) const
{
    return QStringLiteral("((%1 >= ? AND %1 < ?) OR (%1 >= ? AND %1 < ?))").arg(atColumn);
}

QVariantList PeriodSplit::edgesBinds() const
{
    // An unused edge is the empty range ['', ''), which no instant is in.
    return {m_headFrom, m_headTo, m_tailFrom, m_tailTo};
}

} // namespace astro
