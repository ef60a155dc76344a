#pragma once

#include <QLatin1Char>
#include <QString>

#include <cstdlib>

namespace bench {

// 1234567 → "1,234,567".
inline QString withCommas(qint64 n)
{
    QString digits = QString::number(std::llabs(n));
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return n < 0 ? QLatin1Char('-') + digits : digits;
}

} // namespace bench
