#include "SaleFile.h"

#include "common/Text.h"
#include "customers/CustomerStore.h"
#include "domain/Gtin.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace astro {

namespace {

const QLatin1String colTransactionId("transaction_id");
const QLatin1String colSoldAt("sold_at");
const QLatin1String colCustomerId("customer_id");
const QLatin1String colPhone("phone");
const QLatin1String colEmail("email");
const QLatin1String colUpc("upc");
const QLatin1String colQuantity("quantity");
const QLatin1String colPrice("price");

// More problems than this and the reasons file stops listing them: nobody reads past it, and a
// file whose every line is wrong has one cause.
constexpr int maxListedProblems = 1000;

// RFC 4180 records, each with the line it starts on. Line breaks may be CRLF, LF or a lone CR
// (each system's spreadsheet writes its own); a quoted value may hold commas, line breaks and
// doubled quotes.
class CsvCursor
{
public:
    explicit CsvCursor(const QString& text) : m_text(text) {}

    // False at the end, or when a quote is broken: then error() says why and errorLine() where.
    bool next(int& line, QStringList& fields);
    const QString& error() const { return m_error; }
    int errorLine() const { return m_errorLine; }

private:
    bool atBreak() const
    {
        return m_pos < m_text.size() &&
               (m_text[m_pos] == QLatin1Char('\n') || m_text[m_pos] == QLatin1Char('\r'));
    }
    void skipBreak()
    {
        if (m_text[m_pos] == QLatin1Char('\r') && m_pos + 1 < m_text.size() &&
            m_text[m_pos + 1] == QLatin1Char('\n'))
            ++m_pos;
        ++m_pos;
        ++m_line;
    }
    bool readQuoted(QString& field);

    const QString& m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_error;
    int m_errorLine = 0;
};

bool CsvCursor::readQuoted(QString& field)
{
    const int opened = m_line;
    ++m_pos; // the opening quote
    field.clear();
    while (m_pos < m_text.size()) {
        if (m_text[m_pos] == QLatin1Char('"')) {
            ++m_pos;
            if (m_pos < m_text.size() && m_text[m_pos] == QLatin1Char('"')) {
                field += QLatin1Char('"');
                ++m_pos;
                continue;
            }
            // Spaces before the comma are forgiven; anything else means the quoting is wrong.
            while (m_pos < m_text.size() &&
                   (m_text[m_pos] == QLatin1Char(' ') || m_text[m_pos] == QLatin1Char('\t')))
                ++m_pos;
            if (m_pos < m_text.size() && m_text[m_pos] != QLatin1Char(',') && !atBreak()) {
                m_error =
                    SaleFile::tr("A quoted value must be followed by a comma or the end of "
                                 "the line; write a quote inside a value as two quotes (\"\").");
                m_errorLine = m_line;
                return false;
            }
            return true;
        }
        if (atBreak()) {
            const qsizetype from = m_pos;
            skipBreak();
            field += m_text.mid(from, m_pos - from);
        } else {
            field += m_text[m_pos++];
        }
    }
    m_error = SaleFile::tr("A quote opened on this line is never closed.");
    m_errorLine = opened;
    return false;
}

bool CsvCursor::next(int& line, QStringList& fields)
{
    fields.clear();
    if (m_pos >= m_text.size() || !m_error.isEmpty())
        return false;
    line = m_line;
    QString field;
    while (m_pos < m_text.size()) {
        const QChar c = m_text[m_pos];
        if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            if (!readQuoted(field))
                return false;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
            ++m_pos;
        } else if (atBreak()) {
            skipBreak();
            break;
        } else {
            field += c;
            ++m_pos;
        }
    }
    fields << field;
    return true;
}

bool isBlank(const QStringList& fields)
{
    return std::all_of(fields.cbegin(), fields.cend(),
                       [](const QString& f) { return f.trimmed().isEmpty(); });
}

// Text a person typed, not bytes of some other format: tabs and line breaks are the only
// control characters a CSV file has.
bool isText(const QString& text)
{
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') &&
               c != QLatin1Char('\r');
    });
}

// "2026-11-16T14:05:00", with seconds, milliseconds and an offset ("Z", "-05:00") optional.
// A date alone is refused: the engine needs the time to put the sale on the right side of
// midnight and of a program's end.
QDateTime parseSoldAt(QString text)
{
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?"
                       "(Z|[+-]\\d{2}(:?\\d{2})?)?$"));
    if (!shape.match(text).hasMatch())
        return {};
    text[10] = QLatin1Char('T'); // many exports write a space there
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

std::optional<Money> parsePrice(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,7})(?:\\.(\\d{1,2}))?$"));
    const auto m = shape.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    qint64 cents = m.captured(1).toLongLong() * 100;
    if (m.hasCaptured(2))
        cents += m.captured(2).leftJustified(2, QLatin1Char('0')).toLongLong();
    return Money{cents};
}

} // namespace

struct SaleFile::Columns
{
    qsizetype transactionId = -1;
    qsizetype soldAt = -1;
    qsizetype customerId = -1;
    qsizetype phone = -1;
    qsizetype email = -1;
    qsizetype upc = -1;
    qsizetype quantity = -1;
    qsizetype price = -1;
};

Result<SaleFile> SaleFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Storage,
                         tr("Cannot read the sales file %1: %2").arg(path, file.errorString()));
    // Never more than the cap in memory, even if the file grows while it is read.
    const QByteArray data = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Storage,
                         tr("Cannot read the sales file %1: %2").arg(path, file.errorString()));
    return parse(data);
}

SaleFile SaleFile::parse(const QByteArray& data)
{
    SaleFile file;
    if (data.size() > maxBytes) {
        file.problem(0, tr("The file is larger than %1 MB; export the sales in smaller files.")
                            .arg(maxBytes / (1024 * 1024)));
        return file;
    }
    const QByteArray bom("\xEF\xBB\xBF");
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(data.startsWith(bom) ? data.mid(bom.size()) : data);
    if (decoder.hasError() || !isText(text)) {
        file.problem(0, tr("The file is not UTF-8 text (it holds binary data or another "
                           "encoding); export the sales as CSV in UTF-8."));
        return file;
    }
    file.readRecords(text);
    return file;
}

void SaleFile::readRecords(const QString& text)
{
    CsvCursor csv(text);
    Columns columns;
    bool haveHeader = false;
    int count = 0;
    int line = 0;
    QStringList fields;
    while (csv.next(line, fields)) {
        if (isBlank(fields))
            continue;
        if (!haveHeader) {
            haveHeader = true;
            if (!readHeader(line, fields, columns))
                return;
            continue;
        }
        if (++count > maxLines) {
            m_lines.clear();
            m_problems.clear();
            problem(0, tr("The file has more than %1 sales lines; export the sales in smaller "
                          "files.")
                           .arg(maxLines));
            return;
        }
        readLine(line, fields, columns);
    }
    if (!csv.error().isEmpty()) {
        problem(csv.errorLine(), csv.error());
        return;
    }
    if (count == 0)
        problem(0, tr("The file has no sales lines."));
}

bool SaleFile::readHeader(int line, const QStringList& names, Columns& columns)
{
    const std::pair<QLatin1String, qsizetype*> known[] = {
        {colTransactionId, &columns.transactionId},
        {colSoldAt, &columns.soldAt},
        {colCustomerId, &columns.customerId},
        {colPhone, &columns.phone},
        {colEmail, &columns.email},
        {colUpc, &columns.upc},
        {colQuantity, &columns.quantity},
        {colPrice, &columns.price}};
    const std::size_t before = m_problems.size();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString name = names[i].trimmed().toLower();
        for (const auto& [column, index] : known) {
            if (name != column)
                continue;
            if (*index >= 0)
                problem(line, tr("The column %1 is named twice.").arg(column));
            *index = i;
        }
    }
    for (const auto& [column, index] : known) {
        const bool required = column == colTransactionId || column == colSoldAt ||
                              column == colUpc || column == colQuantity;
        if (required && *index < 0)
            problem(line, tr("The header line has no %1 column.").arg(column));
    }
    if (columns.customerId < 0 && columns.phone < 0 && columns.email < 0)
        problem(line, tr("The header line needs a customer_id, phone or email column, to say "
                         "whose sale each line is."));
    return m_problems.size() == before;
}

void SaleFile::readLine(int line, const QStringList& fields, const Columns& columns)
{
    const auto value = [&](qsizetype column) {
        return column >= 0 && column < fields.size() ? fields[column].trimmed() : QString();
    };
    const std::size_t before = m_problems.size();
    SaleLine sale;
    sale.line = line;

    sale.transactionId = value(columns.transactionId);
    if (sale.transactionId.isEmpty()) {
        problem(line, tr("transaction_id is empty."));
    } else if (const int first = m_lineOfId.value(sale.transactionId); first > 0) {
        // Recorded once, the second line would only answer as a replay of the first: say so
        // rather than drop a sale.
        problem(line, tr("transaction_id %1 is also on line %2; each sales line needs its own.")
                          .arg(sale.transactionId, QString::number(first)));
    } else {
        m_lineOfId.insert(sale.transactionId, line);
    }

    const QString soldAt = value(columns.soldAt);
    sale.soldAt = parseSoldAt(soldAt);
    if (!sale.soldAt.isValid())
        problem(line, tr("sold_at “%1” is not a date and time such as 2026-11-16T14:05:00 or "
                         "2026-11-16T14:05:00-05:00.")
                          .arg(soldAt));

    sale.customerId = value(columns.customerId);
    const QString phone = value(columns.phone);
    const QString email = value(columns.email);
    const int filled =
        int(!sale.customerId.isEmpty()) + int(!phone.isEmpty()) + int(!email.isEmpty());
    if (filled != 1) {
        problem(line, filled == 0 ? tr("No customer: fill customer_id, phone or email.")
                                  : tr("Fill only one of customer_id, phone and email."));
    } else if (!phone.isEmpty()) {
        sale.phone = text::digitsOnly(phone);
        if (sale.phone.size() == 11 && sale.phone.startsWith(QLatin1Char('1')))
            sale.phone.remove(0, 1);
        if (sale.phone.size() != 10)
            problem(line, tr("phone “%1” is not a phone number: give the 10 digits with the "
                             "area code.")
                              .arg(phone));
    } else if (!email.isEmpty()) {
        sale.email = email.toLower();
        if (!CustomerStore::isEmail(sale.email))
            problem(line, tr("email “%1” is not an email address.").arg(email));
    }

    sale.upc = value(columns.upc);
    if (sale.upc.isEmpty()) {
        problem(line, tr("upc is empty."));
    } else if (auto gtin = Gtin::parse(sale.upc); !gtin) {
        problem(line, tr("upc: %1").arg(gtin.error().message));
    }

    static const QRegularExpression digits(QStringLiteral("^\\d{1,9}$"));
    const QString quantity = value(columns.quantity);
    sale.quantity = digits.match(quantity).hasMatch() ? quantity.toInt() : 0;
    if (sale.quantity < 1 || sale.quantity > maxQuantity)
        problem(line, tr("quantity “%1” is not a whole number from 1 to %2.")
                          .arg(quantity, QString::number(maxQuantity)));

    if (const QString price = value(columns.price); !price.isEmpty()) {
        sale.price = parsePrice(price);
        if (!sale.price)
            problem(line, tr("price “%1” is not an amount such as 54.99.").arg(price));
    }

    if (m_problems.size() == before)
        m_lines.push_back(std::move(sale));
}

QString SaleFile::describe(const std::vector<SaleProblem>& problems)
{
    std::vector<SaleProblem> sorted = problems;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const SaleProblem& a, const SaleProblem& b) { return a.line < b.line; });
    QStringList out;
    for (const SaleProblem& p : sorted) {
        if (out.size() == maxListedProblems) {
            out << tr("… and %n more problem(s).", nullptr, int(sorted.size()) - maxListedProblems);
            break;
        }
        out << (p.line > 0 ? tr("Line %1: %2").arg(QString::number(p.line), p.message) : p.message);
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace astro
