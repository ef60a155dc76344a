#include "Gtin.h"

namespace astro {

int Gtin::checkDigit(QStringView digits)
{
    // Weights 3,1,3,1... from the rightmost digit before the check digit.
    int sum = 0;
    bool three = true;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const int d = digits[i].digitValue();
        sum += three ? d * 3 : d;
        three = !three;
    }
    return (10 - sum % 10) % 10;
}

QString Gtin::expandUpcE(QStringView e)
{
    if (e.size() != 8 || (e[0] != QLatin1Char('0') && e[0] != QLatin1Char('1')))
        return {};
    const QString ns = e.mid(0, 1).toString();
    const QString d = e.mid(1, 6).toString();
    const QString check = e.mid(7, 1).toString();
    QString body; // the 10 digits between number system and check
    switch (d[5].digitValue()) {
    case 0:
    case 1:
    case 2:
        body = d.mid(0, 2) + d[5] + QStringLiteral("0000") + d.mid(2, 3);
        break;
    case 3:
        body = d.mid(0, 3) + QStringLiteral("00000") + d.mid(3, 2);
        break;
    case 4:
        body = d.mid(0, 4) + QStringLiteral("00000") + d[4];
        break;
    default:
        body = d.mid(0, 5) + QStringLiteral("0000") + d[5];
        break;
    }
    return ns + body + check;
}

Result<Gtin> Gtin::parse(const QString& input)
{
    QString digits;
    for (const QChar c : input) {
        // A digit of another script (Arabic-Indic, full-width…) is read as its ASCII digit: the
        // GTIN-14 a product is stored and found by is written in 0-9 only.
        if (c.isDigit())
            digits.append(QLatin1Char(char('0' + c.digitValue())));
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-'))
            return makeError(ErrorCode::Invalid,
                             tr("“%1” is not a barcode: it may contain only digits.").arg(input));
    }
    if (digits.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Scan or type a barcode."));

    auto validated = [&](const QString& full, Kind kind) -> Result<Gtin> {
        const int expected = checkDigit(QStringView(full).first(full.size() - 1));
        if (full.back().digitValue() != expected)
            return makeError(ErrorCode::Invalid,
                             tr("The barcode %1 has a wrong check digit (it should end in %2): "
                                "check the digits.")
                                 .arg(digits)
                                 .arg(expected));
        return Gtin(full.rightJustified(14, QLatin1Char('0')), kind);
    };

    switch (digits.size()) {
    case 8: {
        // UPC-E and EAN-8 are both 8 digits. A leading 0 or 1 is a UPC-E number system, and
        // EAN-8 codes starting with 0 or 1 are not issued for retail items.
        const QString upcA = expandUpcE(digits);
        if (!upcA.isEmpty() &&
            checkDigit(QStringView(upcA).first(11)) == digits.back().digitValue())
            return Gtin(upcA.rightJustified(14, QLatin1Char('0')), Kind::UpcE);
        return validated(digits, Kind::Ean8);
    }
    case 12:
        return validated(digits, Kind::UpcA);
    case 13:
        return validated(digits, Kind::Ean13);
    case 14:
        return validated(digits, Kind::Gtin14);
    default:
        return makeError(ErrorCode::Invalid,
                         tr("%1 is not a barcode: UPC and EAN codes have 8, 12, 13 or 14 digits "
                            "(this one has %2).")
                             .arg(digits)
                             .arg(digits.size()));
    }
}

QString Gtin::display() const
{
    switch (m_kind) {
    case Kind::Ean8:
        return m_gtin14.right(8);
    case Kind::Ean13:
        return m_gtin14.right(13);
    case Kind::Gtin14:
        return m_gtin14;
    case Kind::UpcA:
    case Kind::UpcE:
        return m_gtin14.right(12);
    }
    return m_gtin14;
}

} // namespace astro

namespace astro {

QString Gtin::displayOf(const QString& gtin14)
{
    if (gtin14.startsWith(QLatin1String("00")))
        return gtin14.right(12);
    if (gtin14.startsWith(QLatin1Char('0')))
        return gtin14.right(13);
    return gtin14;
}

} // namespace astro
