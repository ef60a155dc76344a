#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace astro {

// A product barcode number, validated and normalized to GTIN-14 so that the same item scanned
// as UPC-A, UPC-E or EAN-13 is one product.
class Gtin
{
    Q_DECLARE_TR_FUNCTIONS(Gtin)

public:
    enum class Kind
    {
        UpcA,
        UpcE,
        Ean8,
        Ean13,
        Gtin14
    };

    // Accepts digits with optional spaces or dashes. A wrong check digit is an error that says
    // so (not a lookup miss).
    static Result<Gtin> parse(const QString& input);
    // The GS1 mod-10 check digit for the digits before it.
    static int checkDigit(QStringView digits);
    // UPC-E (8 digits with number system and check) to its 12-digit UPC-A form, or empty.
    static QString expandUpcE(QStringView upcE);

    const QString& gtin14() const { return m_gtin14; }
    Kind kind() const { return m_kind; }
    // The short form people read on packages: 12 digits for UPC-A, 13 for EAN-13, 8 for EAN-8.
    QString display() const;
    // The same short form for a stored GTIN-14.
    static QString displayOf(const QString& gtin14);

    friend bool operator==(const Gtin& a, const Gtin& b) { return a.m_gtin14 == b.m_gtin14; }

private:
    Gtin(QString gtin14, Kind kind) : m_gtin14(std::move(gtin14)), m_kind(kind) {}

    QString m_gtin14;
    Kind m_kind = Kind::Gtin14;
};

} // namespace astro
