#pragma once

#include <QByteArray>
#include <QStringList>

namespace astro {

// RFC 4180 CSV in UTF-8 with a byte-order mark, so spreadsheets open French accents intact.
class CsvWriter
{
public:
    CsvWriter();
    void addRow(const QStringList& fields);
    const QByteArray& data() const { return m_data; }

    static QString escape(const QString& field);

private:
    QByteArray m_data;
};

} // namespace astro
