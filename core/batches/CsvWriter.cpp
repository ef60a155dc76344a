#include "CsvWriter.h"

#include <QRegularExpression>

namespace astro {

CsvWriter::CsvWriter() : m_data("\xEF\xBB\xBF") {}

QString CsvWriter::escape(const QString& field)
{
    QString value = field;
    // A leading =, +, - or @ would run as a formula when the sheet is opened; a plain negative
    // number ("-12.50") is the only such text left as it is.
    static const QRegularExpression plainNumber(QStringLiteral("^-\\d+([.,]\\d+)?$"));
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()) &&
        !plainNumber.match(value).hasMatch())
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char(',')) ||
        value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + value.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
               QLatin1Char('"');
    return value;
}

void CsvWriter::addRow(const QStringList& fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& f : fields)
        escaped << escape(f);
    m_data += escaped.join(QLatin1Char(',')).toUtf8();
    m_data += "\r\n";
}

} // namespace astro
