// libFuzzer harness: Gtin::parse, what a barcode scanner (or a cashier, or a file) types
// (docs/fuzzing.md). The input is the typed text, as UTF-8.
#include "FuzzSupport.h"
#include "domain/Gtin.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace astro;

namespace {

bool isAsciiDigits(const QString& s)
{
    return std::all_of(s.cbegin(), s.cend(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::application();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));

    // The helpers are public too: any text, no crash.
    (void)Gtin::checkDigit(input);
    (void)Gtin::expandUpcE(input);
    (void)Gtin::displayOf(input);

    const auto parsed = Gtin::parse(input);
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().message.isEmpty(), "a refused barcode says why");
        return 0;
    }
    // What the engine stores and looks products up by: GTIN-14, 14 digits 0-9, a valid check.
    const QString& gtin14 = parsed->gtin14();
    FUZZ_CHECK(gtin14.size() == 14 && isAsciiDigits(gtin14),
               "a parsed barcode is 14 digits 0-9 (GTIN-14)");
    FUZZ_CHECK(Gtin::checkDigit(QStringView(gtin14).first(13)) == gtin14.back().digitValue(),
               "a parsed barcode has a valid check digit");
    // The same item typed in any of its printed forms is the same product.
    for (const QString& again : {gtin14, parsed->display(), Gtin::displayOf(gtin14)}) {
        const auto reparsed = Gtin::parse(again);
        FUZZ_CHECK(reparsed && reparsed->gtin14() == gtin14,
                   "a barcode's printed forms parse back to the same GTIN-14");
    }
    return 0;
}
