#pragma once

#include "catalog/CatalogMemo.h"
#include "common/Result.h"
#include "domain/CatalogTypes.h"

#include <QHash>

#include <optional>
#include <vector>

namespace astro {

class Database;

// Reads the catalog: products by barcode, the cards a product punches, programs, offers,
// distributors and locations.
class CatalogRepository
{
public:
    explicit CatalogRepository(Database& db) : m_db(db) {}
    ~CatalogRepository();

    // The scan's lookups (product by barcode, a product's cards and offers, a card, a program)
    // are remembered while a CatalogMemo::Scope of this memo lives.
    CatalogMemo& memo() { return m_memo; }

    Result<std::optional<Product>> productByGtin(const QString& gtin14);
    Result<std::optional<Product>> product(qint64 id);
    // Products whose description contains every word of the text (accents and case ignored).
    Result<std::vector<Product>> searchProducts(const QString& text, int limit);

    Result<std::vector<ProgramCard>> cardsForProduct(qint64 productId);
    Result<std::vector<ProgramCard>> cardsOfProgram(const QString& programId);
    Result<std::vector<Product>> productsOfCard(const QString& cardId);
    Result<std::optional<ProgramCard>> card(const QString& id);
    Result<std::optional<Program>> program(const QString& id);
    Result<std::vector<Program>> programs();

    Result<std::vector<Offer>> offersForProduct(qint64 productId);
    Result<std::optional<Offer>> offer(const QString& id);
    Result<std::vector<Offer>> offers();
    Result<std::vector<Product>> productsOfOffer(const QString& offerId);

    Result<std::optional<Location>> location(const QString& id);
    Result<std::vector<Location>> locations();
    Result<QString> manufacturerName(const QString& id);

    Result<std::optional<Distributor>> distributor(const QString& id);
    Result<std::vector<Distributor>> distributors();

private:
    Result<std::vector<Product>> products(const QString& sql, const QVariantList& binds);
    Result<std::vector<ProgramCard>> cards(const QString& sql, const QVariantList& binds);
    Result<std::vector<Program>> programList(const QString& sql, const QVariantList& binds);
    Result<std::vector<Offer>> offerList(const QString& sql, const QVariantList& binds);
    Result<std::vector<Location>> locationList(const QString& sql, const QVariantList& binds);
    Result<std::vector<Distributor>> distributorList(const QString& sql, const QVariantList& binds);
    // The ids `idsSql` lists for `key`, each recalled as one T (dropped when it is not there).
    template <typename T, typename Recall>
    Result<std::vector<T>> recalledEach(const QString& idsSql, qint64 key, Recall recall);

    Database& m_db;
    CatalogMemo m_memo{m_db};
    CatalogMemo::Answers<QString, std::optional<Product>> m_byGtin{m_memo};
    CatalogMemo::Answers<qint64, std::vector<ProgramCard>> m_cardsOfProduct{m_memo};
    CatalogMemo::Answers<QString, std::optional<ProgramCard>> m_cards{m_memo};
    CatalogMemo::Answers<QString, std::optional<Program>> m_programs{m_memo};
    CatalogMemo::Answers<qint64, std::vector<Offer>> m_offersOfProduct{m_memo};
    CatalogMemo::Answers<QString, std::optional<Offer>> m_offers{m_memo};
};

} // namespace astro
