#include "Text.h"

#include <QRandomGenerator>
#include <QtEndian>

#include <algorithm>
#include <iterator>

namespace astro::text {

QString searchKey(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        key.append(c.toLower());
    }
    return key.simplified();
}

QString digitsOnly(const QString& text)
{
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits.append(c);
    return digits;
}

namespace {

// "2026-12-07T14:05:06.007Z": the form the store writes, read and written by hand because
// Qt's ISO parser and formatter cost a few microseconds each, on every row read.
constexpr int isoLength = 24;

int digitsAt(const QChar* text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

void putDigits(QChar* out, int from, int count, int value)
{
    for (int i = from + count - 1; i >= from; --i, value /= 10)
        out[i] = QChar(u'0' + value % 10);
}

} // namespace

QString isoUtc(const QDateTime& at)
{
    const QDateTime utc = at.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (!utc.isValid() || d.year() < 0 || d.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    QString text(isoLength, Qt::Uninitialized);
    QChar* out = text.data();
    putDigits(out, 0, 4, d.year());
    putDigits(out, 5, 2, d.month());
    putDigits(out, 8, 2, d.day());
    putDigits(out, 11, 2, t.hour());
    putDigits(out, 14, 2, t.minute());
    putDigits(out, 17, 2, t.second());
    putDigits(out, 20, 3, t.msec());
    out[4] = out[7] = QLatin1Char('-');
    out[10] = QLatin1Char('T');
    out[13] = out[16] = QLatin1Char(':');
    out[19] = QLatin1Char('.');
    out[23] = QLatin1Char('Z');
    return text;
}

QDateTime fromIsoUtc(const QString& text)
{
    if (text.size() == isoLength && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' &&
        text[13] == u':' && text[16] == u':' && text[19] == u'.' && text[23] == u'Z') {
        const QChar* in = text.constData();
        const int parts[] = {digitsAt(in, 0, 4),  digitsAt(in, 5, 2),  digitsAt(in, 8, 2),
                             digitsAt(in, 11, 2), digitsAt(in, 14, 2), digitsAt(in, 17, 2),
                             digitsAt(in, 20, 3)};
        if (std::all_of(std::begin(parts), std::end(parts), [](int p) { return p >= 0; })) {
            const QDate day(parts[0], parts[1], parts[2]);
            const QTime time(parts[3], parts[4], parts[5], parts[6]);
            if (day.isValid() && time.isValid())
                return QDateTime(day, time, Qt::UTC);
        }
    }
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    return at.toUTC();
}

QString newUuid()
{
    // Version 7 (RFC 9562): the first 48 bits are the Unix time in milliseconds, the rest
    // random. Rows made one after another get neighbouring keys, so their unique indexes grow at
    // one end instead of reading and writing a random page of a chain's millions of rows.
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    QRandomGenerator* random = QRandomGenerator::system();
    const quint64 high = (ms << 16) | 0x7000 | (random->generate() & 0x0fff);
    const quint64 low = (random->generate64() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
    uchar bytes[16];
    qToBigEndian(high, bytes);
    qToBigEndian(low, bytes + 8);
    return QUuid::fromRfc4122(QByteArrayView(bytes, 16)).toString(QUuid::WithoutBraces);
}

} // namespace astro::text
