// libFuzzer harness: SaleFile::parse, a sales CSV file a POS drops in the sales folder
// (docs/pos-bridge.md, "Sales files"; docs/fuzzing.md). The input is the file's bytes.
#include "FuzzSupport.h"
#include "domain/Gtin.h"
#include "pos/SaleFile.h"

#include <QSet>

#include <cstddef>
#include <cstdint>

using namespace astro;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::application();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const SaleFile file = SaleFile::parse(fuzz::bytes(data, size));
    // What SaleFileImporter relies on: a file is whole or refused, and every line it keeps is
    // complete and checked.
    FUZZ_CHECK(file.ok() == file.problems().empty(), "ok() means no problem");
    FUZZ_CHECK(file.ok() ? !file.lines().empty() : true, "a good file has sales lines");
    for (const SaleProblem& p : file.problems())
        FUZZ_CHECK(p.line >= 0 && !p.message.isEmpty(), "every problem has a line and a message");
    (void)SaleFile::describe(file.problems());

    QSet<QString> ids;
    int previous = 1; // the header
    for (const SaleLine& line : file.lines()) {
        FUZZ_CHECK(line.line > previous, "sales lines come in file order, after the header");
        previous = line.line;
        FUZZ_CHECK(!line.transactionId.isEmpty() && !ids.contains(line.transactionId),
                   "every sales line has its own transaction_id");
        ids.insert(line.transactionId);
        FUZZ_CHECK(line.soldAt.isValid(), "every sales line has a time");
        FUZZ_CHECK(int(!line.customerId.isEmpty()) + int(!line.phone.isEmpty()) +
                           int(!line.email.isEmpty()) ==
                       1,
                   "every sales line names its customer exactly once");
        FUZZ_CHECK(line.phone.isEmpty() || line.phone.size() == 10, "a phone has 10 digits");
        FUZZ_CHECK(Gtin::parse(line.upc).ok(), "every sales line's upc is a barcode");
        FUZZ_CHECK(line.quantity >= 1 && line.quantity <= SaleFile::maxQuantity,
                   "every sales line's quantity is one the engine accepts");
        FUZZ_CHECK(!line.price || line.price->cents >= 0, "a price is not negative");
    }
    return 0;
}
