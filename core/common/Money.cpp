#include "Money.h"

namespace astro {

QString Money::format(const QLocale& locale) const
{
    const qint64 whole = cents / 100;
    const int fraction = int(qAbs(cents % 100));
    QString digits = locale.toString(qAbs(whole));
    digits += locale.decimalPoint();
    digits += QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
    // Let the locale place the symbol and the sign by formatting a template amount.
    const QString pattern = locale.toCurrencyString(cents < 0 ? -1.0 : 1.0, QStringLiteral("$"), 2);
    const QString one = locale.toString(1) + locale.decimalPoint() + QStringLiteral("00");
    QString result = pattern;
    return result.replace(one, digits);
}

QString Money::plain() const
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    return sign + QStringLiteral("%1.%2")
                      .arg(qAbs(cents) / 100)
                      .arg(qAbs(cents) % 100, 2, 10, QLatin1Char('0'));
}

} // namespace astro
