#pragma once

#include <QString>
#include <QVariantList>

namespace astro {

// A period [start, end) of UTC instants, read partly from the totals per UTC day (DailyTotals)
// and partly from the history: the whole UTC days inside it from the totals, the hours before
// the first whole day and after the last one (a local midnight is rarely a UTC midnight) from
// the history rows. The two parts never overlap and together are exactly the period.
class PeriodSplit
{
public:
    // `start` empty: from the beginning; `end` empty: to the end. ISO UTC with milliseconds,
    // as the store writes its instants.
    PeriodSplit(const QString& start, const QString& end);

    // "<day> >= ? AND <day> < ?" on a totals table's day column, and its values.
    QString daysClause(const QString& dayColumn) const;
    QVariantList daysBinds() const;
    // The hours left over, on a history row's instant column, and its values.
    QString edgesClause(const QString& atColumn) const;
    QVariantList edgesBinds() const;

private:
    QString m_firstDay; // the totals' days: m_firstDay <= day < m_endDay
    QString m_endDay;
    QString m_headFrom, m_headTo; // the history's instants: before the first whole day
    QString m_tailFrom, m_tailTo; // and after the last one
};

} // namespace astro
