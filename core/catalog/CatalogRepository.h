#pragma once

#include "common/Result.h"
#include "domain/CatalogTypes.h"

#include <QHash>

#include <memory>
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

    // While one lives, card, program and product lookups are remembered. Only inside a write
    // transaction, where no other connection can change the catalog: the sync applying a batch
    // of events looks the same few cards up thousands of times.
    class Memo
    {
    public:
        explicit Memo(CatalogRepository& catalog);
        ~Memo();
        Memo(const Memo&) = delete;
        Memo& operator=(const Memo&) = delete;

    private:
        CatalogRepository& m_catalog;
        bool m_owner = false;
    };
    // The catalog changed on this connection (an import): nothing remembered holds.
    void forget();

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

    struct Remembered
    {
        QHash<QString, std::optional<ProgramCard>> cards;
        QHash<QString, std::optional<Program>> programs;
        QHash<QString, std::optional<Product>> byGtin;
    };

    Database& m_db;
    std::unique_ptr<Remembered> m_memo;
};

} // namespace astro
