#pragma once

#include <QDateTime>
#include <QString>

namespace astro::ui {

// A time of today as the clock shows it ("3:15 p.m."); another day's with its date.
QString clockText(const QDateTime& at);

// A sentence whose last word is an abbreviation ("… at 10:00 a.m.") ends in one period, not two.
QString withOneFinalPeriod(QString sentence);

} // namespace astro::ui
