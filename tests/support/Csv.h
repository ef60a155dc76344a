#pragma once

// Reading back what an export wrote, in tests: the CSV files of batches, reports, the audit log.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace astro::test {

// RFC 4180: fields separated by commas, records by CRLF, quoted fields may hold commas,
// line breaks and doubled quotes. UTF-8; a leading byte-order mark is skipped.
inline QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text[i + 1] == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

inline QList<QStringList> parseCsv(const QByteArray& data)
{
    const QByteArray bom("\xEF\xBB\xBF");
    return parseCsv(QString::fromUtf8(data.startsWith(bom) ? data.mid(3) : data));
}

} // namespace astro::test
