#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace astro::text {

// Lower-case, accents removed: "Hélène Côté" -> "helene cote". Used for prefix search keys.
QString searchKey(const QString& text);
// Digits only: "(416) 555-0123" -> "4165550123".
QString digitsOnly(const QString& text);
// ISO-8601 UTC with milliseconds; sorts as text in time order.
QString isoUtc(const QDateTime& at);
QDateTime fromIsoUtc(const QString& text);
QString newUuid();

} // namespace astro::text
