#include "ProgramProductsExport.h"

#include "batches/CsvWriter.h"
#include "catalog/CatalogRepository.h"
#include "domain/Gtin.h"
#include "store/Store.h"

namespace astro {

namespace {

constexpr int pageSize = 1000;

// Card id, card title, then the product's columns; keyset-paged on (card id, product id).
const QString programRows = QStringLiteral(
    "SELECT c.id, c.title, p.id, p.gtin, p.description, p.species, p.food_type, p.size_class, "
    "p.weight_grams, p.price_cents, p.active FROM card_products cp JOIN program_cards c ON c.id "
    "= cp.card_id JOIN products p ON p.id = cp.product_id WHERE c.program_id = ? AND (cp.card_id "
    "> ? OR (cp.card_id = ? AND cp.product_id > ?)) ORDER BY cp.card_id, cp.product_id LIMIT ?");
const QString programCount = QStringLiteral(
    "SELECT count(*) FROM card_products cp JOIN program_cards c ON c.id = cp.card_id WHERE "
    "c.program_id = ?");
const QString offerRows = QStringLiteral(
    "SELECT '', '', p.id, p.gtin, p.description, p.species, p.food_type, p.size_class, "
    "p.weight_grams, p.price_cents, p.active FROM offer_products op JOIN products p ON p.id = "
    "op.product_id WHERE op.offer_id = ? AND ('' > ? OR ('' = ? AND op.product_id > ?)) ORDER BY "
    "op.product_id LIMIT ?");
const QString offerCount = QStringLiteral("SELECT count(*) FROM offer_products WHERE offer_id = ?");

} // namespace

Result<QByteArray> ProgramProductsExport::csv(Store& store, const QString& subjectId,
                                              const Progress& progress)
{
    CatalogRepository& catalog = store.catalog();
    auto program = catalog.program(subjectId);
    if (!program)
        return program.error();
    QString title;
    QString manufacturerId;
    bool isOffer = false;
    if (program->has_value()) {
        title = (*program)->title;
        manufacturerId = (*program)->manufacturerId;
    } else {
        auto offer = catalog.offer(subjectId);
        if (!offer)
            return offer.error();
        if (!offer->has_value())
            return makeError(ErrorCode::NotFound,
                             tr("There is no program or offer %1.").arg(subjectId));
        title = (*offer)->title;
        manufacturerId = (*offer)->manufacturerId;
        isOffer = true;
    }
    auto manufacturer = catalog.manufacturerName(manufacturerId);
    if (!manufacturer)
        return manufacturer.error();
    auto total = store.db().scalar(isOffer ? offerCount : programCount, {subjectId}, 0);
    if (!total)
        return total.error();

    CsvWriter csv;
    csv.addRow({isOffer ? tr("Offer") : tr("Program"), tr("Card"), tr("UPC"), tr("GTIN-14"),
                tr("Description"), tr("Manufacturer"), tr("Species"), tr("Food type"), tr("Size"),
                tr("Weight (g)"), tr("Store price"), tr("Active")});
    qint64 done = 0;
    QString lastCard;
    qint64 lastProduct = 0;
    for (;;) {
        if (progress && !progress(done, total->toLongLong()))
            return makeError(ErrorCode::Conflict, tr("The export was cancelled."));
        auto rows = store.db().select(isOffer ? offerRows : programRows,
                                      {subjectId, lastCard, lastCard, lastProduct, pageSize});
        if (!rows)
            return rows.error();
        for (const Row& r : *rows) {
            const QString gtin = r[3].toString();
            csv.addRow({title, r[1].toString(), Gtin::displayOf(gtin), gtin, r[4].toString(),
                        *manufacturer, r[5].toString(), r[6].toString(), r[7].toString(),
                        r[8].toInt() > 0 ? QString::number(r[8].toInt()) : QString(),
                        Money{r[9].toLongLong()}.plain(), r[10].toBool() ? tr("Yes") : tr("No")});
            lastCard = r[0].toString();
            lastProduct = r[2].toLongLong();
        }
        done += qint64(rows->size());
        if (int(rows->size()) < pageSize)
            break;
    }
    if (progress && !progress(done, total->toLongLong()))
        return makeError(ErrorCode::Conflict, tr("The export was cancelled."));
    return csv.data();
}

} // namespace astro
