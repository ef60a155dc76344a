#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace astro {

// An amount in cents: money is never a floating-point number in the engine.
struct Money
{
    qint64 cents = 0;

    friend auto operator<=>(const Money&, const Money&) = default;
    Money operator+(Money other) const { return Money{cents + other.cents}; }
    Money operator*(qint64 factor) const { return Money{cents * factor}; }

    // "$1,234.56" in en_US/en_CA, "1 234,56 $" in fr_CA.
    QString format(const QLocale& locale = QLocale()) const;
    // "1234.56": for CSV and JSON, independent of the locale.
    QString plain() const;
};

} // namespace astro
