#include "ClockText.h"

#include <QLocale>

namespace astro::ui {

QString clockText(const QDateTime& at)
{
    const QDateTime local = at.toLocalTime();
    if (local.date() == QDate::currentDate())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local, QLocale::ShortFormat);
}

QString withOneFinalPeriod(QString sentence)
{
    if (sentence.endsWith(QLatin1String("..")) && !sentence.endsWith(QLatin1String("...")))
        sentence.chop(1);
    return sentence;
}

} // namespace astro::ui
